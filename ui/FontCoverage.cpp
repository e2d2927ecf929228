#include "FontCoverage.h"
#include <QFontDatabase>
#include <QRawFont>

namespace muco::ui {

namespace {

bool holds(const QFont &font, const QString &text)
{
    // QRawFont is the primary face alone; QFontMetrics::inFont would count the fallbacks too.
    const QRawFont face = QRawFont::fromFont(font);
    if (!face.isValid())
        return false;
    for (const QChar c : text)
        if (!c.isSpace() && !face.supportsCharacter(c))
            return false;
    return true;
}

// The writing system of the first character the font lacks: only those families are tried.
QFontDatabase::WritingSystem writingSystemOf(const QFont &font, const QString &text)
{
    const QRawFont face = QRawFont::fromFont(font);
    for (const QChar c : text) {
        if (c.isSpace() || (face.isValid() && face.supportsCharacter(c)))
            continue;
        switch (c.script()) {
        case QChar::Script_Han: return QFontDatabase::SimplifiedChinese;
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana: return QFontDatabase::Japanese;
        case QChar::Script_Hangul: return QFontDatabase::Korean;
        default: return QFontDatabase::Any;
        }
    }
    return QFontDatabase::Any;
}

} // namespace

QFont fontCovering(const QFont &font, const QString &text)
{
    if (holds(font, text))
        return font;
    for (const QString &family : QFontDatabase::families(writingSystemOf(font, text))) {
        if (QFontDatabase::isPrivateFamily(family))
            continue;
        QFont candidate = font;
        candidate.setFamilies({family});
        if (holds(candidate, text))
            return candidate;
    }
    return font;
}

} // namespace muco::ui
