#include "clinical/JsonFields.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace muco::json {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(json)
};
} // namespace

Status onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &path)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return Error::invalid(join(path, it.key()), Tr::tr("unknown key"));
    return {};
}

Result<std::optional<bool>> optBool(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<bool>();
    if (!v.isBool())
        return Error::invalid(join(path, key), Tr::tr("must be true or false"));
    return std::optional<bool>(v.toBool());
}

Result<std::optional<Decimal>> optNumber(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<Decimal>();
    if (!v.isDouble())
        return Error::invalid(join(path, key), Tr::tr("must be a number"));
    auto d = Decimal::fromDouble(v.toDouble());
    if (!d)
        return Error::invalid(join(path, key), Tr::tr("is not a usable number"));
    return std::optional<Decimal>(*d);
}

Result<std::optional<QString>> optText(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<QString>();
    if (!v.isString())
        return Error::invalid(join(path, key), Tr::tr("must be text"));
    return std::optional<QString>(v.toString());
}

Result<std::optional<QString>> optChoice(const QJsonObject &o, const QString &key, const QString &path,
                                         const QStringList &choices)
{
    auto t = optText(o, key, path);
    if (!t.ok() || !t.value())
        return t;
    if (!choices.contains(*t.value()))
        return Error::invalid(join(path, key), Tr::tr("\"%1\" is not one of %2").arg(*t.value(), choices.join(QStringLiteral(", "))));
    return t;
}

Result<QDate> parseDate(const QJsonValue &v, const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!v.isString())
        return Error::invalid(path, Tr::tr("must be a date written YYYY-MM-DD"));
    const QString s = v.toString();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!re.match(s).hasMatch() || !d.isValid())
        return Error::invalid(path, Tr::tr("\"%1\" is not a calendar date written YYYY-MM-DD").arg(s));
    return d;
}

Result<std::optional<QDate>> optDate(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<QDate>();
    auto d = parseDate(v, join(path, key));
    if (!d.ok())
        return d.error();
    return std::optional<QDate>(d.value());
}

Result<std::optional<QJsonObject>> optObject(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<QJsonObject>();
    if (!v.isObject())
        return Error::invalid(join(path, key), Tr::tr("must be an object"));
    return std::optional<QJsonObject>(v.toObject());
}

} // namespace muco::json
