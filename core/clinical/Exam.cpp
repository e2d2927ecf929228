#include "clinical/Exam.h"
#include <QCoreApplication>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Exam)
};

bool anyOmas(const OmasExam &omas, bool ulceration)
{
    for (OmasSite s : omasSites())
        if (omas.isAssessable(s) && (ulceration ? omas.score(s).ulceration : omas.score(s).erythema) >= 1)
            return true;
    return false;
}

bool anyAssessable(const OmasExam &omas)
{
    for (OmasSite s : omasSites())
        if (omas.isAssessable(s))
            return true;
    return false;
}
} // namespace

bool ulcerationSeen(const Exam &e) { return anyOmas(e.omas, true); }

Findings findingsFromExam(const Exam &e)
{
    Findings f;
    const bool ulcers = ulcerationSeen(e);
    // WHO
    f.soreness = e.sorenessReported;
    f.erythema = e.erythemaSeen;
    f.ulcers = ulcers;
    f.diet = e.diet == DietTolerated::NothingByMouth ? Diet::None
           : e.diet == DietTolerated::LiquidOnly ? Diet::Liquid : Diet::Solid;
    // CTCAE v5.0: "findings" are what the examiner sees, not what the patient reports.
    f.findingsPresent = e.erythemaSeen || ulcers || e.appearance != MucosaAppearance::None
                     || e.deepUlcerationHemorrhageNecrosis || anyOmas(e.omas, false);
    f.symptoms = e.pain;
    f.ulcer = ulcers;
    f.oralIntake = e.diet == DietTolerated::NormalSolid ? OralIntake::Normal
                 : e.diet == DietTolerated::SoftOrModified ? OralIntake::ModifiedDiet : OralIntake::Interfered;
    f.lifeThreatening = e.lifeThreatening;
    f.urgentInterventionIndicated = e.urgentInterventionIndicated;
    f.death = e.death;
    // RTOG
    f.irritation = e.erythemaSeen;
    f.pain = e.pain;
    f.analgesia = e.analgesia;
    f.mucositis = e.appearance == MucosaAppearance::ConfluentPseudomembranes ? MucositisExtent::Confluent
                : e.appearance == MucosaAppearance::PatchyPseudomembranes ? MucositisExtent::Patchy : MucositisExtent::None;
    f.ulcerationHemorrhageNecrosis = e.deepUlcerationHemorrhageNecrosis;
    // OMAS
    f.omas = e.omas;
    return f;
}

QStringList examWarnings(const Exam &e)
{
    QStringList w;
    const bool ulcers = ulcerationSeen(e);
    if ((e.diet == DietTolerated::LiquidOnly || e.diet == DietTolerated::NothingByMouth) && !ulcers)
        w << Tr::tr("The diet is restricted to liquids or nothing by mouth, but no ulceration is scored at any OMAS site; confirm that mucositis is the cause.");
    if ((e.appearance == MucosaAppearance::PatchyPseudomembranes || e.appearance == MucosaAppearance::ConfluentPseudomembranes) && !ulcers)
        w << Tr::tr("Pseudomembranes are recorded, but no OMAS site scores ulceration/pseudomembrane.");
    if (e.deepUlcerationHemorrhageNecrosis && !ulcers)
        w << Tr::tr("Deep ulceration, hemorrhage or necrosis is recorded, but no OMAS site scores ulceration.");
    if (e.appearance == MucosaAppearance::Erythema && !e.erythemaSeen)
        w << Tr::tr("The mucosa is described as erythematous, but erythema is not recorded as seen.");
    if (anyAssessable(e.omas) && e.erythemaSeen != anyOmas(e.omas, false))
        w << (e.erythemaSeen ? Tr::tr("Erythema is recorded as seen, but no OMAS site scores erythema.")
                             : Tr::tr("An OMAS site scores erythema, but erythema is not recorded as seen."));
    return w;
}

} // namespace muco
