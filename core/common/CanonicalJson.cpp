#include "common/CanonicalJson.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace muco {

QString canonicalJson(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue fromCanonicalJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace muco
