// The calculators' JSON (contracts/calculators.md): what `mucotrack-cli eligibility`, `dose`
// and `grade SCALE` read from a file. The first byte picks the calculator, the rest is the
// JSON document, read exactly as the command line reads it.
#include "FuzzTarget.h"
#include "clinical/DoseJson.h"
#include "clinical/EligibilityJson.h"
#include "clinical/GradingJson.h"
#include "clinical/JsonFields.h"
#include "clinical/Protocol.h"
#include <QCoreApplication>

using namespace muco;

extern "C" int LLVMFuzzerInitialize(int *, char ***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    auto input = json::parseObject(fuzz::bytes(data + 1, size - 1));
    if (!input.ok())
        return 0;
    switch (data[0] % 6) {
    case 0:
        if (auto e = eligibilityInputFromJson(input.value()); e.ok())
            (void)eligibilityResultToJson(evaluateEligibility(Protocol::nct07312656(), e.value()));
        break;
    case 1:
        if (auto d = doseInputFromJson(input.value()); d.ok())
            (void)doseSummaryToJson(summarizeDose(d.value()));
        break;
    case 2:
        if (auto f = findingsFromJson(input.value(), Scale::Who); f.ok())
            (void)gradeToJson(gradeWho(f.value()));
        break;
    case 3:
        if (auto f = findingsFromJson(input.value(), Scale::Ctcae); f.ok())
            (void)gradeToJson(gradeCtcae(f.value()));
        break;
    case 4:
        if (auto f = findingsFromJson(input.value(), Scale::Rtog); f.ok())
            (void)gradeToJson(gradeRtog(f.value()));
        break;
    default:
        if (auto f = findingsFromJson(input.value(), Scale::Omas); f.ok())
            (void)omasToJson(scoreOmas(f.value()));
        break;
    }
    return 0;
}
