#include "clinical/Dose.h"
#include <QCoreApplication>
#include <algorithm>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Dose)
};
} // namespace

bool isTreatmentDay(const DosePlan &plan, const QSet<QDate> &holidays, const QDate &day)
{
    return plan.treatmentWeekdays.contains(day.dayOfWeek()) && !holidays.contains(day);
}

QString fractionStatusId(FractionStatus s)
{
    switch (s) {
    case FractionStatus::Delivered: return QStringLiteral("delivered");
    case FractionStatus::Missed: return QStringLiteral("missed");
    case FractionStatus::Held: return QStringLiteral("held");
    }
    return {};
}

Decimal cumulativeDose(const QList<Fraction> &fractions, std::optional<QDate> through)
{
    Decimal total(0);
    for (const Fraction &f : fractions)
        if (f.status == FractionStatus::Delivered && (!through || f.date <= *through))
            total = total + f.doseGy.value_or(Decimal(0));
    return total;
}

QList<QPair<QDate, Decimal>> cumulativeDoseByDate(const QList<Fraction> &fractions)
{
    QList<QDate> days;
    for (const Fraction &f : fractions)
        if (f.status == FractionStatus::Delivered && !days.contains(f.date))
            days << f.date;
    std::sort(days.begin(), days.end());
    QList<QPair<QDate, Decimal>> out;
    for (const QDate &d : days)
        out.append({d, cumulativeDose(fractions, d)});
    return out;
}

Status validateDoseInput(const DoseInput &in)
{
    if (in.alphaBetaGy <= Decimal(0) || in.alphaBetaGy > Decimal(100))
        return Error::invalid(QStringLiteral("alpha_beta_gy"), Tr::tr("must be above 0 and at most 100 Gy"));
    if (in.plan.totalDoseGy <= Decimal(0) || in.plan.totalDoseGy > Decimal(200))
        return Error::invalid(QStringLiteral("plan.total_dose_gy"), Tr::tr("must be above 0 and at most 200 Gy"));
    if (in.plan.fractions < 1 || in.plan.fractions > 100)
        return Error::invalid(QStringLiteral("plan.fractions"), Tr::tr("must be a whole number from 1 to 100"));
    if (in.plan.treatmentWeekdays.isEmpty())
        return Error::invalid(QStringLiteral("plan.treatment_weekdays"), Tr::tr("needs at least one weekday"));
    for (qsizetype i = 0; i < in.fractions.size(); ++i) {
        const Fraction &f = in.fractions[i];
        const QString path = QStringLiteral("fractions[%1]").arg(i);
        if (f.date > in.asOf)
            return Error::invalid(path + QStringLiteral(".date"), Tr::tr("%1 is after as_of").arg(f.date.toString(Qt::ISODate)));
        if (f.date < in.plan.startDate)
            return Error::invalid(path + QStringLiteral(".date"), Tr::tr("%1 is before the plan's start date").arg(f.date.toString(Qt::ISODate)));
        if (f.status == FractionStatus::Delivered && (!f.doseGy || *f.doseGy <= Decimal(0)))
            return Error::invalid(path + QStringLiteral(".dose_gy"), Tr::tr("a delivered fraction needs a dose above 0 Gy"));
        if (f.doseGy && (f.doseGy->isNegative() || *f.doseGy > Decimal(30)))
            return Error::invalid(path + QStringLiteral(".dose_gy"), Tr::tr("%1 Gy is impossible for one fraction").arg(f.doseGy->toString()));
    }
    return {};
}

DoseSummary summarizeDose(const DoseInput &in)
{
    DoseSummary s;
    QSet<QDate> deliveredDays;
    QSet<QDate> recordedDays;   // any status
    const double ab = in.alphaBetaGy.toDouble();
    QList<QDate> deliveredDates;
    for (const Fraction &f : in.fractions) {
        recordedDays.insert(f.date);
        if (f.status != FractionStatus::Delivered)
            continue;
        ++s.deliveredFractions;
        const double d = f.doseGy->toDouble();
        s.bedGy += d * (1.0 + d / ab);
        deliveredDays.insert(f.date);
        deliveredDates << f.date;
    }
    s.cumulativeDoseGy = cumulativeDose(in.fractions);
    s.eqd2Gy = s.bedGy / (1.0 + 2.0 / ab);
    s.remainingFractions = std::max(0, in.plan.fractions - s.deliveredFractions);
    s.remainingDoseGy = in.plan.totalDoseGy - s.cumulativeDoseGy;
    if (s.remainingDoseGy.isNegative()) {
        // An overdose must show, not vanish behind a remaining dose clamped to 0.
        s.excessDoseGy = -s.remainingDoseGy;
        s.remainingDoseGy = Decimal(0);
        s.warnings << Tr::tr("The cumulative dose, %1 Gy, exceeds the planned total of %2 Gy by %3 Gy.")
                          .arg(s.cumulativeDoseGy.toString(), in.plan.totalDoseGy.toString(), s.excessDoseGy.toString());
    }
    if (s.deliveredFractions > in.plan.fractions)
        s.warnings << Tr::tr("%1 fractions were delivered; the plan has %2.").arg(s.deliveredFractions).arg(in.plan.fractions);
    s.percentComplete = 100.0 * divide(s.cumulativeDoseGy, in.plan.totalDoseGy);
    if (!deliveredDates.isEmpty()) {
        const auto [first, last] = std::minmax_element(deliveredDates.cbegin(), deliveredDates.cend());
        s.firstFractionDate = *first;
        s.lastFractionDate = *last;
        s.overallTreatmentDays = static_cast<int>(first->daysTo(*last)) + 1;
    }

    // Scheduled days from the start through as_of (the end of that day) with no
    // delivered fraction; once the course is complete, counting stops at its last fraction.
    // While as_of's day is open, it counts only once something is recorded for it.
    const bool todayPending = in.asOfDayOpen && !recordedDays.contains(in.asOf);
    QDate end = todayPending ? in.asOf.addDays(-1) : in.asOf;
    if (s.remainingFractions == 0 && s.lastFractionDate)
        end = std::min(end, *s.lastFractionDate);
    for (QDate d = in.plan.startDate; d <= end; d = d.addDays(1))
        if (isTreatmentDay(in.plan, in.holidays, d) && !deliveredDays.contains(d))
            ++s.missedTreatmentDays;

    if (s.remainingFractions > 0) {
        int left = s.remainingFractions;
        QDate d = std::max(todayPending ? in.asOf : in.asOf.addDays(1), in.plan.startDate);
        // A plan with no usable weekday was refused by validation, so this ends.
        for (;; d = d.addDays(1)) {
            if (isTreatmentDay(in.plan, in.holidays, d) && --left == 0)
                break;
        }
        s.projectedCompletionDate = d;
    }
    return s;
}

} // namespace muco
