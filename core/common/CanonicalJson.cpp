#include "common/CanonicalJson.h"
#include "common/CompactJson.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace muco {

// Null, booleans and plain texts are written and read without a document: the central site
// stores every pushed field this way (a tenth of a push's CPU went to documents of one value).
// Numbers and texts that need escapes keep the document's own writing and reading
// (tst_storage canonicalJsonIsTheDocumentsText compares the two).

QString canonicalJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("[null]");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("[true]") : QStringLiteral("[false]");
    case QJsonValue::String: {
        const QString text = value.toString();
        if (plainJsonText(text))
            return QLatin1String("[\"") + text + QLatin1String("\"]");
        break;
    }
    default:
        break;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue fromCanonicalJson(const QString &text)
{
    if (text == QLatin1String("[null]"))
        return QJsonValue(QJsonValue::Null);
    if (text == QLatin1String("[true]"))
        return true;
    if (text == QLatin1String("[false]"))
        return false;
    if (text.size() >= 4 && text.startsWith(QLatin1String("[\"")) && text.endsWith(QLatin1String("\"]"))) {
        const QStringView inner = QStringView(text).sliced(2, text.size() - 4);
        if (plainJsonText(inner))
            return inner.toString();
    }
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace muco
