#pragma once
// One text per JSON value (a one-element compact array, e.g. ["GX01-0007"]), so equal values
// compare equal as text whatever device sent them: how the change log and the central site's
// records store a field's value.
#include <QJsonValue>
#include <QString>

namespace muco {

QString canonicalJson(const QJsonValue &value);
// Undefined for a text that is not canonicalJson()'s.
QJsonValue fromCanonicalJson(const QString &text);

} // namespace muco
