#pragma once
// Strict reading of calculator input: every wrong type, unknown key or malformed date
// becomes an Error naming the field by its JSON path ("labs.hemoglobin.value").
#include "clinical/Decimal.h"
#include "common/Result.h"
#include "common/StrictJson.h"
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace muco::json {

Status onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &path);

// Absent or null: nullopt. Present with the wrong type: an Error.
Result<std::optional<bool>> optBool(const QJsonObject &o, const QString &key, const QString &path);
Result<std::optional<Decimal>> optNumber(const QJsonObject &o, const QString &key, const QString &path);
Result<std::optional<QString>> optText(const QJsonObject &o, const QString &key, const QString &path);
Result<std::optional<QString>> optChoice(const QJsonObject &o, const QString &key, const QString &path,
                                         const QStringList &choices);
Result<std::optional<QDate>> optDate(const QJsonObject &o, const QString &key, const QString &path);
Result<QDate> parseDate(const QJsonValue &v, const QString &path);
Result<std::optional<QJsonObject>> optObject(const QJsonObject &o, const QString &key, const QString &path);

} // namespace muco::json

// MUCO_READ (common/Result.h) unwraps these into a variable, returning the error from the caller.
