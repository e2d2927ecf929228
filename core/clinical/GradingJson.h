#pragma once
// The calculator contract's JSON for grading (shared/contracts/calculators.md §2).
#include "clinical/Grading.h"
#include "common/Result.h"
#include <QJsonObject>

namespace muco {

Result<Scale> parseScale(const QString &id);
// Reads the findings one scale uses; keys of the other scales are accepted and ignored,
// keys no scale knows are refused.
Result<Findings> findingsFromJson(const QJsonObject &o, Scale scale);
QJsonObject gradeToJson(const GradeResult &r);
// The whole findings record, every scale's keys: what a signed assessment stores.
QJsonObject findingsToJson(const Findings &f);
// Reads a stored findings record back (all scales at once).
Result<Findings> findingsFromStoredJson(const QJsonObject &o);
QJsonObject omasToJson(const OmasResult &r);

} // namespace muco
