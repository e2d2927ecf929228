#include "records/ClinicJson.h"
#include "clinical/JsonFields.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClinicJson)
};

Result<bool> requiredBool(const QJsonObject &o, const QString &key)
{
    MUCO_READ(b, json::optBool(o, key, {}));
    if (!b)
        return Error::invalid(key, Tr::tr("is required (true or false)"));
    return *b;
}

// total / fractions when it is exact to the milligray, else nullopt.
std::optional<Decimal> evenShare(const Decimal &total, int fractions)
{
    const auto share = Decimal::parse(QString::number(divide(total, Decimal(fractions)), 'f', 3));
    if (share && *share * Decimal(fractions) == total)
        return share;
    return std::nullopt;
}
} // namespace

Result<RtPlan> rtPlanFromJson(const QJsonObject &o)
{
    MUCO_TRY(json::onlyKeys(o, {QStringLiteral("total_dose_gy"), QStringLiteral("fractions"), QStringLiteral("dose_per_fraction_gy"),
                                QStringLiteral("start_date"), QStringLiteral("treatment_weekdays"), QStringLiteral("technique"),
                                QStringLiteral("fields_include_oral_cavity"), QStringLiteral("fields_include_oropharynx"),
                                QStringLiteral("concurrent_chemotherapy"), QStringLiteral("chemotherapy_agent")}, {}));
    RtPlan p;
    MUCO_READ(total, json::optNumber(o, QStringLiteral("total_dose_gy"), {}));
    if (!total)
        return Error::invalid(QStringLiteral("total_dose_gy"), Tr::tr("is required"));
    if (*total <= Decimal(0) || *total > Decimal(200))
        return Error::invalid(QStringLiteral("total_dose_gy"), Tr::tr("must be above 0 and at most 200 Gy"));
    MUCO_READ(fractions, json::optNumber(o, QStringLiteral("fractions"), {}));
    if (!fractions)
        return Error::invalid(QStringLiteral("fractions"), Tr::tr("is required"));
    if (!fractions->isInteger() || *fractions < Decimal(1) || *fractions > Decimal(100))
        return Error::invalid(QStringLiteral("fractions"), Tr::tr("must be a whole number from 1 to 100"));
    p.totalDoseGy = *total;
    p.fractions = static_cast<int>(fractions->toLongLong());
    MUCO_READ(perFraction, json::optNumber(o, QStringLiteral("dose_per_fraction_gy"), {}));
    if (perFraction) {
        if (!(*perFraction * Decimal(p.fractions) == p.totalDoseGy))
            return Error::invalid(QStringLiteral("dose_per_fraction_gy"), Tr::tr("%1 fractions of %2 Gy do not make %3 Gy")
                                                                             .arg(p.fractions).arg(perFraction->toString(), p.totalDoseGy.toString()));
        p.dosePerFractionGy = *perFraction;
    } else {
        const auto share = evenShare(p.totalDoseGy, p.fractions);
        if (!share)
            return Error::invalid(QStringLiteral("fractions"), Tr::tr("%1 Gy does not divide into %2 equal fractions; give dose_per_fraction_gy")
                                                                  .arg(p.totalDoseGy.toString()).arg(p.fractions));
        p.dosePerFractionGy = *share;
    }
    if (p.dosePerFractionGy <= Decimal(0) || p.dosePerFractionGy > Decimal(30))
        return Error::invalid(perFraction ? QStringLiteral("dose_per_fraction_gy") : QStringLiteral("fractions"),
                              Tr::tr("the dose per fraction must be above 0 and at most 30 Gy"));
    MUCO_READ(start, json::optDate(o, QStringLiteral("start_date"), {}));
    if (!start)
        return Error::invalid(QStringLiteral("start_date"), Tr::tr("is required"));
    p.startDate = *start;
    const QJsonValue days = o.value(QStringLiteral("treatment_weekdays"));
    if (!days.isUndefined() && !days.isNull()) {
        if (!days.isArray())
            return Error::invalid(QStringLiteral("treatment_weekdays"), Tr::tr("must be a list of ISO weekday numbers"));
        p.weekdays.clear();
        const QJsonArray list = days.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("treatment_weekdays[%1]").arg(i);
            // Range first: converting 1e300 to int is undefined behaviour.
            const double d = list.at(i).toDouble(-1);
            if (!list.at(i).isDouble() || !(d >= 1 && d <= 7) || std::floor(d) != d)
                return Error::invalid(path, Tr::tr("must be an ISO weekday number from 1 (Monday) to 7 (Sunday)"));
            if (p.weekdays.contains(static_cast<int>(d)))
                return Error::invalid(path, Tr::tr("repeats weekday %1").arg(static_cast<int>(d)));
            p.weekdays.insert(static_cast<int>(d));
        }
        if (p.weekdays.isEmpty())
            return Error::invalid(QStringLiteral("treatment_weekdays"), Tr::tr("must name at least one weekday"));
    }
    MUCO_READ(technique, json::optText(o, QStringLiteral("technique"), {}));
    p.technique = technique.value_or(QString()).trimmed();
    MUCO_READ(oral, requiredBool(o, QStringLiteral("fields_include_oral_cavity")));
    MUCO_READ(oropharynx, requiredBool(o, QStringLiteral("fields_include_oropharynx")));
    MUCO_READ(chemo, requiredBool(o, QStringLiteral("concurrent_chemotherapy")));
    MUCO_READ(agent, json::optText(o, QStringLiteral("chemotherapy_agent"), {}));
    p.oralCavity = oral;
    p.oropharynx = oropharynx;
    p.concurrentChemo = chemo;
    p.chemoAgent = agent.value_or(QString()).trimmed();
    if (p.concurrentChemo && p.chemoAgent.isEmpty())
        return Error::invalid(QStringLiteral("chemotherapy_agent"), Tr::tr("name the agent of the concurrent chemotherapy"));
    if (!p.concurrentChemo && !p.chemoAgent.isEmpty())
        return Error::invalid(QStringLiteral("chemotherapy_agent"), Tr::tr("is given, but concurrent_chemotherapy is false"));
    return p;
}

Result<LabSubmission> labSubmissionFromJson(const QJsonObject &o, const QTimeZone &siteZone)
{
    MUCO_TRY(json::onlyKeys(o, {QStringLiteral("collected"), QStringLiteral("results")}, {}));
    LabSubmission out;
    MUCO_READ(collected, json::optText(o, QStringLiteral("collected"), {}));
    if (!collected)
        return Error::invalid(QStringLiteral("collected"), Tr::tr("is required (YYYY-MM-DDTHH:MM, the site's time)"));
    // Without an offset the time is the site's clock; with Z or an offset it is taken as given.
    static const QRegularExpression local(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(:\\d{2})?)$"));
    static const QRegularExpression zoned(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (const auto m = local.match(*collected); m.hasMatch()) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime t = QTime::fromString(m.captured(2), m.captured(3).isEmpty() ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
        if (d.isValid() && t.isValid())
            out.collectedUtc = QDateTime(d, t, siteZone).toUTC();
    } else if (zoned.match(*collected).hasMatch()) {
        out.collectedUtc = QDateTime::fromString(*collected, Qt::ISODate).toUTC();
    }
    if (!out.collectedUtc.isValid())
        return Error::invalid(QStringLiteral("collected"), Tr::tr("\"%1\" is not a date and time YYYY-MM-DDTHH:MM").arg(*collected));
    MUCO_READ(results, json::optObject(o, QStringLiteral("results"), {}));
    if (!results || results->isEmpty())
        return Error::invalid(QStringLiteral("results"), Tr::tr("give at least one result"));
    for (auto it = results->begin(); it != results->end(); ++it) {
        const QString path = QStringLiteral("results.%1").arg(it.key());
        if (!analyteByKey(it.key()) || Labs::panelOf(it.key()).isEmpty())
            return Error::invalid(path, Tr::tr("is not a laboratory test of the trial"));
        if (!it.value().isObject())
            return Error::invalid(path, Tr::tr("must be an object {\"value\", \"unit\"}"));
        const QJsonObject r = it.value().toObject();
        MUCO_TRY(json::onlyKeys(r, {QStringLiteral("value"), QStringLiteral("unit")}, path));
        MUCO_READ(value, json::optNumber(r, QStringLiteral("value"), path));
        if (!value)
            return Error::invalid(path + QStringLiteral(".value"), Tr::tr("is required"));
        MUCO_READ(unit, json::optText(r, QStringLiteral("unit"), path));
        if (!unit)
            return Error::invalid(path + QStringLiteral(".unit"), Tr::tr("is required"));
        // The value's rules are the desktop's (LabUnits); named by this JSON's path.
        if (const Status valid = validateLabValue(it.key(), {*value, *unit, std::nullopt}); !valid.ok()) {
            QString field = valid.error().field;
            field.replace(0, 4, QStringLiteral("results"));   // "labs.wbc.unit" -> "results.wbc.unit"
            return Error::invalid(field, valid.error().why());
        }
        out.entries.append({it.key(), *value, *unit});
    }
    return out;
}

} // namespace muco
