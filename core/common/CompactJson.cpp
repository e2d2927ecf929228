#include "common/CompactJson.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muco {

bool plainJsonText(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

namespace {

// Appends `value` as the document writes it; false when only the document may.
bool appendPlain(QString &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out += QLatin1String("null");
        return true;
    case QMetaType::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return true;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        out += QString::number(value.toLongLong());
        return true;
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.isNull())
            return false;
        // Printable ASCII, with '"' and '\' escaped as the document escapes them (a value of the
        // change log or the central site is often itself JSON text: ["GX01-0007"]). Appended in
        // runs between escapes: a character at a time was most of writing a push's rows.
        const char16_t *units = reinterpret_cast<const char16_t *>(text.constData());
        for (qsizetype i = 0; i < text.size(); ++i)
            if (units[i] < 0x20 || units[i] > 0x7e)
                return false;
        out += QLatin1Char('"');
        qsizetype run = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (units[i] == u'"' || units[i] == u'\\') {
                out.append(text.constData() + run, i - run);
                out += QLatin1Char('\\');
                run = i;   // the escaped character starts the next run
            }
        }
        out.append(text.constData() + run, text.size() - run);
        out += QLatin1Char('"');
        return true;
    }
    default:
        return false;
    }
}

} // namespace

QString compactJsonArray(const QVariantList &list)
{
    QString out;
    out.reserve(2 + list.size() * 24);
    out += QLatin1Char('[');
    for (const QVariant &v : list) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        if (!appendPlain(out, v))
            return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(list)).toJson(QJsonDocument::Compact));
    }
    out += QLatin1Char(']');
    return out;
}

QString compactJsonObject(const QVariantMap &map)
{
    QString out;
    out.reserve(2 + map.size() * 32);
    out += QLatin1Char('{');
    bool first = true;
    // QMap's order (QString::operator<) is the object's for plain ASCII keys.
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!plainJsonText(it.key()))
            return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += QLatin1Char('"');
        out += it.key();
        out += QLatin1String("\":");
        if (!appendPlain(out, it.value()))
            return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
    }
    out += QLatin1Char('}');
    return out;
}

} // namespace muco
