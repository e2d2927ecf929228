#pragma once
// Eligibility of one patient for a protocol: each criterion pass / fail / missing with
// the values used. Pure: no storage, no clock (the assessment date is an input).
#include "clinical/Decimal.h"
#include "clinical/LabUnits.h"
#include "clinical/Protocol.h"
#include "common/Result.h"
#include <QDate>
#include <QList>
#include <QMap>
#include <optional>

namespace muco {

struct DateFact {
    bool none = false;   // explicitly "never" (JSON null)
    QDate date;
};

struct EligibilityInput {
    std::optional<QDate> assessmentDate;
    std::optional<QDate> birthDate;
    QMap<QString, bool> flags;        // yes/no facts by catalogue name
    QMap<QString, Decimal> numbers;   // number facts given directly (weight_kg, ecog, ...)
    QMap<QString, QString> texts;     // sex, rt_plan.intent
    QMap<QString, DateFact> dates;    // last_head_neck_surgery_date, ...
    QMap<QString, LabValue> labs;     // by analyte key: wbc, hemoglobin, ..., creatinine_clearance
};

enum class CriterionOutcome { Pass, Fail, Missing };
enum class EligibilityStatus { Eligible, Ineligible, Incomplete };

struct CriterionResult {
    QString id;
    bool inclusion = true;
    CriterionOutcome outcome = CriterionOutcome::Missing;
    QString detail;
};

struct EligibilityDerived {
    std::optional<int> ageYears;
    std::optional<double> creatinineClearance;   // mL/min, display only
    QString creatinineClearanceSource;           // measured | cockcroft_gault
    QList<QPair<QString, double>> values;        // e.g. hemoglobin_g_l, alt_x_uln
};

struct EligibilityResult {
    QString protocol;
    EligibilityStatus status = EligibilityStatus::Incomplete;
    QList<CriterionResult> criteria;
    EligibilityDerived derived;
};

// Impossible values and contradictions, named by their JSON path.
Status validateEligibilityInput(const EligibilityInput &input);
// Assumes a validated input.
EligibilityResult evaluateEligibility(const Protocol &protocol, const EligibilityInput &input);

QString outcomeId(CriterionOutcome o);        // pass | fail | missing
QString statusId(EligibilityStatus s);        // eligible | ineligible | incomplete
// Completed years between two calendar dates.
int completedYears(const QDate &birth, const QDate &on);

} // namespace muco
