#include "clinical/Exam.h"
#include "clinical/GradingJson.h"
#include "clinical/JsonFields.h"
#include <QCoreApplication>
#include <QJsonValue>

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
const QStringList kAppearance = {QStringLiteral("none"), QStringLiteral("erythema"), QStringLiteral("patchy_pseudomembranes"),
                                 QStringLiteral("confluent_pseudomembranes")};
const QStringList kDiet = {QStringLiteral("normal_solid"), QStringLiteral("soft_or_modified"), QStringLiteral("liquid_only"),
                           QStringLiteral("nothing_by_mouth")};
const QStringList kSeverity = {QStringLiteral("none"), QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")};
const QStringList kAnalgesia = {QStringLiteral("none"), QStringLiteral("non_opioid"), QStringLiteral("opioid")};
const QStringList kFlags = {QStringLiteral("soreness_reported"), QStringLiteral("erythema_seen"),
                            QStringLiteral("deep_ulceration_hemorrhage_necrosis"), QStringLiteral("life_threatening"),
                            QStringLiteral("urgent_intervention_indicated"), QStringLiteral("death")};

Result<int> readChoice(const QJsonObject &o, const QString &key, const QStringList &names)
{
    MUCO_READ(t, json::optChoice(o, key, {}, names));
    if (!t)
        return Error::invalid(key, Tr::tr("is required"));
    return static_cast<int>(names.indexOf(*t));
}
} // namespace

QJsonObject examToJson(const Exam &e)
{
    QJsonObject sites;
    for (OmasSite site : omasSites())
        sites.insert(omasSiteId(site), e.omas.isAssessable(site)
                                           ? QJsonValue(QJsonObject{{QStringLiteral("ulceration"), e.omas.score(site).ulceration},
                                                                    {QStringLiteral("erythema"), e.omas.score(site).erythema}})
                                           : QJsonValue());
    return {{QStringLiteral("soreness_reported"), e.sorenessReported},
            {QStringLiteral("erythema_seen"), e.erythemaSeen},
            {QStringLiteral("appearance"), kAppearance.at(static_cast<int>(e.appearance))},
            {QStringLiteral("deep_ulceration_hemorrhage_necrosis"), e.deepUlcerationHemorrhageNecrosis},
            {QStringLiteral("diet"), kDiet.at(static_cast<int>(e.diet))},
            {QStringLiteral("pain"), kSeverity.at(static_cast<int>(e.pain))},
            {QStringLiteral("analgesia"), kAnalgesia.at(static_cast<int>(e.analgesia))},
            {QStringLiteral("life_threatening"), e.lifeThreatening},
            {QStringLiteral("urgent_intervention_indicated"), e.urgentInterventionIndicated},
            {QStringLiteral("death"), e.death},
            {QStringLiteral("omas_sites"), sites}};
}

Result<Exam> examFromJson(const QJsonObject &o)
{
    MUCO_TRY(json::onlyKeys(o, kFlags + QStringList{QStringLiteral("appearance"), QStringLiteral("diet"), QStringLiteral("pain"),
                                                    QStringLiteral("analgesia"), QStringLiteral("omas_sites")}, {}));
    Exam e;
    bool *flags[] = {&e.sorenessReported, &e.erythemaSeen, &e.deepUlcerationHemorrhageNecrosis, &e.lifeThreatening,
                     &e.urgentInterventionIndicated, &e.death};
    for (int i = 0; i < kFlags.size(); ++i) {
        MUCO_READ(b, json::optBool(o, kFlags.at(i), {}));
        if (!b)
            return Error::invalid(kFlags.at(i), Tr::tr("is required"));
        *flags[i] = *b;
    }
    MUCO_READ(appearance, readChoice(o, QStringLiteral("appearance"), kAppearance));
    MUCO_READ(diet, readChoice(o, QStringLiteral("diet"), kDiet));
    MUCO_READ(pain, readChoice(o, QStringLiteral("pain"), kSeverity));
    MUCO_READ(analgesia, readChoice(o, QStringLiteral("analgesia"), kAnalgesia));
    e.appearance = static_cast<MucosaAppearance>(appearance);
    e.diet = static_cast<DietTolerated>(diet);
    e.pain = static_cast<Severity>(pain);
    e.analgesia = static_cast<Analgesia>(analgesia);
    const QJsonValue sites = o.value(QStringLiteral("omas_sites"));
    if (!sites.isObject())
        return Error::invalid(QStringLiteral("omas_sites"), Tr::tr("is required"));
    // The sites are read as the OMAS calculator reads them: a site null is not assessable.
    // Errors are named by this JSON's path (omas_sites.left_cheek.ulceration), not the calculator's.
    auto omas = findingsFromJson(QJsonObject{{QStringLiteral("sites"), sites}}, Scale::Omas);
    if (!omas.ok()) {
        const Error &err = omas.error();
        if (!err.field.startsWith(QLatin1String("sites")))
            return err;
        return Error::invalid(QStringLiteral("omas_") + err.field, err.why());
    }
    e.omas = omas->omas;
    return e;
}

Exam examFromFindings(const Findings &f)
{
    Exam e;
    e.sorenessReported = f.soreness;
    e.erythemaSeen = f.erythema || f.irritation;
    e.appearance = f.mucositis == MucositisExtent::Confluent ? MucosaAppearance::ConfluentPseudomembranes
                 : f.mucositis == MucositisExtent::Patchy ? MucosaAppearance::PatchyPseudomembranes : MucosaAppearance::None;
    e.deepUlcerationHemorrhageNecrosis = f.ulcerationHemorrhageNecrosis;
    e.diet = f.diet == Diet::None ? DietTolerated::NothingByMouth
           : f.diet == Diet::Liquid || f.oralIntake == OralIntake::Interfered ? DietTolerated::LiquidOnly
           : f.oralIntake == OralIntake::ModifiedDiet ? DietTolerated::SoftOrModified : DietTolerated::NormalSolid;
    e.pain = std::max(f.pain, f.symptoms);
    e.analgesia = f.analgesia;
    e.lifeThreatening = f.lifeThreatening;
    e.urgentInterventionIndicated = f.urgentInterventionIndicated;
    e.death = f.death;
    e.omas = f.omas;
    if (f.findingsPresent && !findingsFromExam(e).findingsPresent)
        e.appearance = MucosaAppearance::Erythema;
    return e;
}

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
