#pragma once
// The calculator contract's JSON for the dose summary (shared/contracts/calculators.md §3).
#include "clinical/Dose.h"
#include <QJsonObject>

namespace muco {

Result<DoseInput> doseInputFromJson(const QJsonObject &o);
QJsonObject doseSummaryToJson(const DoseSummary &s);

} // namespace muco
