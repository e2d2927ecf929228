#pragma once
// Test helpers: set or remove a value at a dotted JSON path ("labs.alt.uln").
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace muco::test {
void setPath(QJsonObject &root, const QString &path, const QJsonValue &value);
void removePath(QJsonObject &root, const QString &path);
// tests/fixtures/<name>; the folder is compiled into the support library alone, so that the
// tests' own objects are the same in every checkout (ccache shares them between worktrees).
QString fixturePath(const QString &name = {});
QJsonObject loadFixture(const QString &name);
// Applies "path=json" assignments; "path=" (nothing after =) removes the key.
QJsonObject patched(QJsonObject base, const QString &assignments);
} // namespace muco::test
