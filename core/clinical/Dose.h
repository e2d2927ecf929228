#pragma once
// Radiotherapy dose arithmetic (shared/contracts/calculators.md §3): cumulative and
// remaining dose, BED/EQD2, treatment time, missed days against the treatment calendar,
// projected completion. Pure: "today" is the as_of input.
#include "clinical/Decimal.h"
#include "common/Result.h"
#include <QDate>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <optional>

namespace muco {

enum class FractionStatus { Delivered, Missed, Held };

struct Fraction {
    QDate date;
    std::optional<Decimal> doseGy;
    FractionStatus status = FractionStatus::Delivered;
};

struct DosePlan {
    Decimal totalDoseGy;
    int fractions = 0;
    QDate startDate;
    QSet<int> treatmentWeekdays{1, 2, 3, 4, 5};   // ISO: Monday 1 .. Sunday 7
};

struct DoseInput {
    QDate asOf;
    // The contract's as_of is the end of that day. The app asks during the day: then a
    // treatment day with nothing recorded on as_of is not missed yet, and its fraction
    // may still be delivered today (the first day of radiotherapy, before the first fraction).
    bool asOfDayOpen = false;
    Decimal alphaBetaGy{10};
    DosePlan plan;
    QSet<QDate> holidays;
    QList<Fraction> fractions;
};

struct DoseSummary {
    int deliveredFractions = 0;
    Decimal cumulativeDoseGy;
    int remainingFractions = 0;
    Decimal remainingDoseGy;      // never below 0
    Decimal excessDoseGy;         // cumulative minus planned total when positive, else 0
    QStringList warnings;         // sentences; an excess over the plan is always one
    double percentComplete = 0;
    double bedGy = 0;
    double eqd2Gy = 0;
    std::optional<QDate> firstFractionDate;
    std::optional<QDate> lastFractionDate;
    int overallTreatmentDays = 0;
    int missedTreatmentDays = 0;
    std::optional<QDate> projectedCompletionDate;
};

// The dose delivered, exactly: every delivered fraction dated on or before `through`
// (all of them when not given). The one sum behind every cumulative dose the app shows.
Decimal cumulativeDose(const QList<Fraction> &fractions, std::optional<QDate> through = std::nullopt);
// The running total after each day with a delivered fraction, in date order (the chart).
QList<QPair<QDate, Decimal>> cumulativeDoseByDate(const QList<Fraction> &fractions);

// Impossible inputs, named by JSON path (fractions[3].dose_gy, ...).
Status validateDoseInput(const DoseInput &in);
DoseSummary summarizeDose(const DoseInput &in);
bool isTreatmentDay(const DosePlan &plan, const QSet<QDate> &holidays, const QDate &day);
QString fractionStatusId(FractionStatus s);

} // namespace muco
