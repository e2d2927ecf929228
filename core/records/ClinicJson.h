#pragma once
// The command line's input JSON for a patient's radiotherapy plan and lab results
// (shared/contracts/cli-trial.md "Radiotherapy, labs, visits"), read strictly: every
// wrong type, unknown key, missing or impossible value is named by its JSON path
// ("results.wbc.unit"). What is read is then saved by Radiotherapy and Labs, which check
// it again as they check what the desktop's forms give them.
#include "records/Labs.h"
#include "records/Radiotherapy.h"
#include <QJsonObject>
#include <QTimeZone>

namespace muco {

// {"total_dose_gy", "fractions", "start_date", "treatment_weekdays", "technique",
//  "fields_include_oral_cavity", "fields_include_oropharynx", "concurrent_chemotherapy",
//  "chemotherapy_agent"} and, optionally, "dose_per_fraction_gy" (else total / fractions,
// which must divide exactly). The patient is left empty.
Result<RtPlan> rtPlanFromJson(const QJsonObject &o);

struct LabSubmission {
    QDateTime collectedUtc;
    QList<LabEntry> entries;
};
// {"collected": "2026-11-20T08:30" (the site's local time, or with Z / an offset),
//  "results": {"wbc": {"value": 4.2, "unit": "10^9/L"}, ...}}
Result<LabSubmission> labSubmissionFromJson(const QJsonObject &o, const QTimeZone &siteZone);

} // namespace muco
