#include "clinical/SdvSample.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SdvSamplePlan)
};

// A whole number of percent, 0 to 100.
Result<int> percentAt(const QJsonValue &v, const QString &path)
{
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > 100)
        return Error::invalid(path, Tr::tr("must be a whole percentage from 0 to 100"));
    return static_cast<int>(v.toDouble());
}

} // namespace

int SdvSamplePlan::bucket(const QString &recordId)
{
    const QByteArray input = QByteArrayLiteral("mucotrack-sdv-sample:") + recordId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(digest.at(i));
    return static_cast<int>(value % 100);
}

Result<SdvSamplePlan> parseSdvSamplePlan(const QJsonObject &monitoring)
{
    SdvSamplePlan plan;
    static const QRegularExpression tableName(QStringLiteral("^[a-z_]{1,40}$"));
    static const QRegularExpression siteCode(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    const QString tablesPath = QStringLiteral("monitoring.sdv_sample_tables");
    const QJsonValue tables = monitoring.value(QStringLiteral("sdv_sample_tables"));
    if (!tables.isUndefined()) {
        if (!tables.isArray())
            return Error::invalid(tablesPath, Tr::tr("must be a list of table names"));
        for (const QJsonValue &v : tables.toArray()) {
            if (!v.isString() || !tableName.match(v.toString()).hasMatch())
                return Error::invalid(tablesPath, Tr::tr("must be a list of table names"));
            plan.tables << v.toString();
        }
    }
    const QJsonValue percent = monitoring.value(QStringLiteral("sdv_sample_percent"));
    if (!percent.isUndefined()) {
        MUCO_READ(p, percentAt(percent, QStringLiteral("monitoring.sdv_sample_percent")));
        plan.percent = p;
    }
    const QJsonValue bySite = monitoring.value(QStringLiteral("sdv_sample_percent_by_site"));
    if (!bySite.isUndefined()) {
        const QString path = QStringLiteral("monitoring.sdv_sample_percent_by_site");
        if (!bySite.isObject())
            return Error::invalid(path, Tr::tr("must map site codes to percentages"));
        const QJsonObject sites = bySite.toObject();
        for (auto it = sites.begin(); it != sites.end(); ++it) {
            if (!siteCode.match(it.key()).hasMatch())
                return Error::invalid(path, Tr::tr("\"%1\" is not a site code").arg(it.key()));
            MUCO_READ(p, percentAt(it.value(), path + QLatin1Char('.') + it.key()));
            plan.bySite.insert(it.key(), p);
        }
    }
    return plan;
}

} // namespace muco
