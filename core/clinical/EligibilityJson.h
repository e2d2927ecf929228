#pragma once
// The calculator contract's JSON for eligibility (shared/contracts/calculators.md §1).
#include "clinical/Eligibility.h"
#include <QJsonObject>

namespace muco {

Result<EligibilityInput> eligibilityInputFromJson(const QJsonObject &o);
QJsonObject eligibilityResultToJson(const EligibilityResult &r);

} // namespace muco
