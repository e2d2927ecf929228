#include "JsonPatch.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace muco::test {

namespace {
void apply(QJsonObject &obj, QStringList keys, const QJsonValue *value)
{
    const QString key = keys.takeFirst();
    if (keys.isEmpty()) {
        if (value)
            obj.insert(key, *value);
        else
            obj.remove(key);
        return;
    }
    QJsonObject child = obj.value(key).toObject();
    apply(child, keys, value);
    obj.insert(key, child);
}
} // namespace

void setPath(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    apply(root, path.split(QLatin1Char('.')), &value);
}

void removePath(QJsonObject &root, const QString &path)
{
    apply(root, path.split(QLatin1Char('.')), nullptr);
}

QString fixturePath(const QString &name)
{
    return name.isEmpty() ? QStringLiteral(MUCOTRACK_FIXTURES) : QStringLiteral(MUCOTRACK_FIXTURES "/") + name;
}

QJsonObject loadFixture(const QString &name)
{
    QFile f(fixturePath(name));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject patched(QJsonObject base, const QString &assignments)
{
    for (const QString &a : assignments.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString path = a.section(QLatin1Char('='), 0, 0).trimmed();
        const QString json = a.mid(a.indexOf(QLatin1Char('=')) + 1).trimmed();
        if (json.isEmpty()) {
            removePath(base, path);
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + "]");
        setPath(base, path, doc.array().at(0));
    }
    return base;
}

} // namespace muco::test
