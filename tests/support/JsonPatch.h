#pragma once
// Test helpers: set or remove a value at a dotted JSON path ("labs.alt.uln").
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace muco::test {
void setPath(QJsonObject &root, const QString &path, const QJsonValue &value);
void removePath(QJsonObject &root, const QString &path);
QJsonObject loadFixture(const QString &name);
// Applies "path=json" assignments; "path=" (nothing after =) removes the key.
QJsonObject patched(QJsonObject base, const QString &assignments);
} // namespace muco::test
