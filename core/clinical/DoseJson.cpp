#include "clinical/DoseJson.h"
#include "clinical/JsonFields.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(json)
};

Result<QJsonArray> optArray(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        return Error::invalid(json::join(path, key), Tr::tr("must be a list"));
    return v.toArray();
}

QJsonValue dateOrNull(const std::optional<QDate> &d) { return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(); }

Status readPlan(const QJsonObject &o, DoseInput &in)
{
    const QString p = QStringLiteral("plan");
    if (!o.value(p).isObject())
        return Error::invalid(p, o.contains(p) ? Tr::tr("must be an object") : Tr::tr("is required"));
    const QJsonObject plan = o.value(p).toObject();
    MUCO_TRY(json::onlyKeys(plan, {QStringLiteral("total_dose_gy"), QStringLiteral("fractions"),
                                   QStringLiteral("start_date"), QStringLiteral("treatment_weekdays")}, p));
    MUCO_READ(total, json::optNumber(plan, QStringLiteral("total_dose_gy"), p));
    MUCO_READ(fractions, json::optNumber(plan, QStringLiteral("fractions"), p));
    MUCO_READ(start, json::optDate(plan, QStringLiteral("start_date"), p));
    if (!total)
        return Error::invalid(QStringLiteral("plan.total_dose_gy"), Tr::tr("is required"));
    if (!fractions)
        return Error::invalid(QStringLiteral("plan.fractions"), Tr::tr("is required"));
    if (!fractions->isInteger() || fractions->isNegative() || *fractions > Decimal(1000))
        return Error::invalid(QStringLiteral("plan.fractions"), Tr::tr("must be a whole number"));
    if (!start)
        return Error::invalid(QStringLiteral("plan.start_date"), Tr::tr("is required"));
    in.plan.totalDoseGy = *total;
    in.plan.fractions = static_cast<int>(fractions->toLongLong());
    in.plan.startDate = *start;
    if (plan.contains(QStringLiteral("treatment_weekdays"))) {
        auto days = optArray(plan, QStringLiteral("treatment_weekdays"), p);
        if (!days.ok())
            return days.error();
        in.plan.treatmentWeekdays.clear();
        for (qsizetype i = 0; i < days->size(); ++i) {
            const QJsonValue v = days->at(i);
            const QString path = QStringLiteral("plan.treatment_weekdays[%1]").arg(i);
            // Range first: converting 1e300 to int is undefined behaviour.
            const double d = v.toDouble(-1);
            if (!v.isDouble() || !(d >= 1 && d <= 7) || std::floor(d) != d)
                return Error::invalid(path, Tr::tr("must be an ISO weekday number from 1 (Monday) to 7 (Sunday)"));
            if (in.plan.treatmentWeekdays.contains(static_cast<int>(d)))
                return Error::invalid(path, Tr::tr("repeats weekday %1").arg(static_cast<int>(d)));
            in.plan.treatmentWeekdays.insert(static_cast<int>(d));
        }
    }
    return {};
}

} // namespace

Result<DoseInput> doseInputFromJson(const QJsonObject &o)
{
    MUCO_TRY(json::onlyKeys(o, {QStringLiteral("as_of"), QStringLiteral("alpha_beta_gy"), QStringLiteral("plan"),
                                QStringLiteral("holidays"), QStringLiteral("fractions")}, {}));
    DoseInput in;
    MUCO_READ(asOf, json::optDate(o, QStringLiteral("as_of"), {}));
    if (!asOf)
        return Error::invalid(QStringLiteral("as_of"), Tr::tr("is required"));
    in.asOf = *asOf;
    MUCO_READ(ab, json::optNumber(o, QStringLiteral("alpha_beta_gy"), {}));
    if (ab)
        in.alphaBetaGy = *ab;
    MUCO_TRY(readPlan(o, in));

    auto holidays = optArray(o, QStringLiteral("holidays"), {});
    if (!holidays.ok())
        return holidays.error();
    for (qsizetype i = 0; i < holidays->size(); ++i) {
        auto d = json::parseDate(holidays->at(i), QStringLiteral("holidays[%1]").arg(i));
        if (!d.ok())
            return d.error();
        in.holidays.insert(d.value());
    }
    auto fractions = optArray(o, QStringLiteral("fractions"), {});
    if (!fractions.ok())
        return fractions.error();
    for (qsizetype i = 0; i < fractions->size(); ++i) {
        const QString path = QStringLiteral("fractions[%1]").arg(i);
        if (!fractions->at(i).isObject())
            return Error::invalid(path, Tr::tr("must be an object with date, dose_gy and status"));
        const QJsonObject f = fractions->at(i).toObject();
        MUCO_TRY(json::onlyKeys(f, {QStringLiteral("date"), QStringLiteral("dose_gy"), QStringLiteral("status")}, path));
        if (!f.contains(QStringLiteral("date")))
            return Error::invalid(path + QStringLiteral(".date"), Tr::tr("is required"));
        auto date = json::parseDate(f.value(QStringLiteral("date")), path + QStringLiteral(".date"));
        if (!date.ok())
            return date.error();
        MUCO_READ(dose, json::optNumber(f, QStringLiteral("dose_gy"), path));
        MUCO_READ(status, json::optChoice(f, QStringLiteral("status"), path,
                                          {QStringLiteral("delivered"), QStringLiteral("missed"), QStringLiteral("held")}));
        // 2nd ed.: a fraction without its status is not silently "delivered".
        if (!status)
            return Error::invalid(path + QStringLiteral(".status"), Tr::tr("is required: delivered, missed or held"));
        Fraction fr{date.value(), dose, FractionStatus::Delivered};
        if (status == QLatin1String("missed"))
            fr.status = FractionStatus::Missed;
        else if (status == QLatin1String("held"))
            fr.status = FractionStatus::Held;
        in.fractions.append(fr);
    }
    MUCO_TRY(validateDoseInput(in));
    return in;
}

QJsonObject doseSummaryToJson(const DoseSummary &s)
{
    return {{QStringLiteral("delivered_fractions"), s.deliveredFractions},
            {QStringLiteral("cumulative_dose_gy"), roundTo(s.cumulativeDoseGy.toDouble(), 4)},
            {QStringLiteral("remaining_fractions"), s.remainingFractions},
            {QStringLiteral("remaining_dose_gy"), roundTo(s.remainingDoseGy.toDouble(), 4)},
            {QStringLiteral("excess_dose_gy"), roundTo(s.excessDoseGy.toDouble(), 4)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)},
            {QStringLiteral("percent_complete"), roundTo(s.percentComplete, 4)},
            {QStringLiteral("bed_gy"), roundTo(s.bedGy, 4)},
            {QStringLiteral("eqd2_gy"), roundTo(s.eqd2Gy, 4)},
            {QStringLiteral("first_fraction_date"), dateOrNull(s.firstFractionDate)},
            {QStringLiteral("last_fraction_date"), dateOrNull(s.lastFractionDate)},
            {QStringLiteral("overall_treatment_days"), s.overallTreatmentDays},
            {QStringLiteral("missed_treatment_days"), s.missedTreatmentDays},
            {QStringLiteral("projected_completion_date"), dateOrNull(s.projectedCompletionDate)}};
}

} // namespace muco
