#include "CalculatorCommands.h"
#include "clinical/DoseJson.h"
#include "clinical/EligibilityJson.h"
#include "clinical/GradingJson.h"
#include "clinical/JsonFields.h"
#include <QCoreApplication>
#include <QFile>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int eligibility(CliContext &ctx)
{
    if (auto p = ctx.parse({}, {}); !p.ok())
        return ctx.fail(p.error());
    auto input = ctx.readJsonArgument();
    if (!input.ok())
        return ctx.fail(input.error());
    auto parsed = eligibilityInputFromJson(input.value());
    if (!parsed.ok())
        return ctx.fail(parsed.error());
    return ctx.printJson(eligibilityResultToJson(evaluateEligibility(Protocol::nct07312656(), parsed.value())));
}

int doseSummary(CliContext &ctx)
{
    if (auto p = ctx.parse({}, {}); !p.ok())
        return ctx.fail(p.error());
    auto input = ctx.readJsonArgument();
    if (!input.ok())
        return ctx.fail(input.error());
    auto parsed = doseInputFromJson(input.value());
    if (!parsed.ok())
        return ctx.fail(parsed.error());
    return ctx.printJson(doseSummaryToJson(summarizeDose(parsed.value())));
}

// grade SCALE: the scale is the command's second word.
int grade(CliContext &ctx)
{
    if (auto p = ctx.parse({}, {}); !p.ok())
        return ctx.fail(p.error());
    auto scale = parseScale(ctx.words.value(1));
    if (!scale.ok())
        return ctx.fail(scale.error());
    auto input = ctx.readJsonArgument();
    if (!input.ok())
        return ctx.fail(input.error());
    auto findings = findingsFromJson(input.value(), scale.value());
    if (!findings.ok())
        return ctx.fail(findings.error());
    switch (scale.value()) {
    case Scale::Who: return ctx.printJson(gradeToJson(gradeWho(findings.value())));
    case Scale::Ctcae: return ctx.printJson(gradeToJson(gradeCtcae(findings.value())));
    case Scale::Rtog: return ctx.printJson(gradeToJson(gradeRtog(findings.value())));
    case Scale::Omas: return ctx.printJson(omasToJson(scoreOmas(findings.value())));
    }
    return Invalid; // not reached: every scale is handled above
}

} // namespace

CommandGroup calculatorCommands()
{
    return {headingCalculators(),
            {
                {{QStringLiteral("eligibility"), QStringLiteral("check")}, QStringLiteral("eligibility check FILE"),
                 Tr::tr("screen a patient (JSON) against the protocol's criteria"), eligibility},
                {{QStringLiteral("grade"), QStringLiteral("*")}, QStringLiteral("grade who|ctcae|rtog|omas FILE"),
                 Tr::tr("grade oral mucositis findings (JSON) on one scale"), grade},
                {{QStringLiteral("dose"), QStringLiteral("summary")}, QStringLiteral("dose summary FILE"),
                 Tr::tr("sum the radiotherapy fractions (JSON) delivered so far"), doseSummary},
            }};
}

} // namespace muco::cli
