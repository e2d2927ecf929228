#pragma once
// Strict reading of JSON from outside (a file, the network, standard input): one object, and
// no key given twice. QJsonDocument silently keeps one of two equal keys; a key given twice is
// an ambiguous message whose two readers may disagree, so it is refused everywhere.
#include "common/Result.h"
#include <QByteArray>
#include <QJsonObject>

namespace muco::json {

QString join(const QString &path, const QString &key);
// One JSON object; invalid when malformed, not an object, or a key is given twice.
Result<QJsonObject> parseObject(const QByteArray &bytes);
// A key given twice in one object of a valid JSON text, named by its path ("labs.wbc.value").
Status noDuplicateKeys(const QByteArray &bytes);

} // namespace muco::json
