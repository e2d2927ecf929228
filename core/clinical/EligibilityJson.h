#pragma once
// The calculator contract's JSON for eligibility (shared/contracts/calculators.md §1).
#include "clinical/Eligibility.h"
#include <QJsonObject>

namespace muco {

Result<EligibilityInput> eligibilityInputFromJson(const QJsonObject &o);
QJsonObject eligibilityResultToJson(const EligibilityResult &r);
// The status and criteria of a result as eligibilityResultToJson wrote it (a signed screening's,
// shown as it was signed); an outcome not written by it reads as missing.
EligibilityResult eligibilityResultFromJson(const QJsonObject &o);

} // namespace muco
