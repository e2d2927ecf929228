#include "clinical/Grading.h"
#include <QCoreApplication>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Grading)
};

GradeResult make(Scale s, int grade, QStringList warnings)
{
    return {s, scaleVersion(s), grade, gradeLabel(s, grade), std::move(warnings)};
}

} // namespace

// Highest matching grade first, exactly as the contract derives each scale.
GradeResult gradeWho(const Findings &f)
{
    QStringList w;
    if (f.diet == Diet::Liquid && !f.ulcers)
        w << Tr::tr("Liquid diet only is recorded without ulcers: WHO grade 3 needs ulcers; confirm the findings.");
    if (f.diet == Diet::None && !f.ulcers)
        w << Tr::tr("Oral alimentation impossible is recorded without ulcers: confirm that mucositis is the cause.");
    if (f.ulcers && !f.soreness && !f.erythema)
        w << Tr::tr("Ulcers are recorded without soreness or erythema; confirm the findings.");
    int g = 0;
    if (f.diet == Diet::None) g = 4;
    else if (f.ulcers && f.diet == Diet::Liquid) g = 3;
    else if (f.ulcers) g = 2;
    else if (f.soreness || f.erythema) g = 1;
    return make(Scale::Who, g, w);
}

GradeResult gradeCtcae(const Findings &f)
{
    QStringList w;
    if (f.symptoms == Severity::Severe && f.oralIntake != OralIntake::Interfered)
        w << Tr::tr("Severe pain is recorded but oral intake is not interfered with; CTCAE grade 3 describes both.");
    if (f.oralIntake == OralIntake::Interfered && f.symptoms == Severity::None)
        w << Tr::tr("Oral intake is interfered with but no symptoms are recorded; confirm the findings.");
    if (f.ulcer && !f.findingsPresent)
        w << Tr::tr("An ulcer is recorded but clinical findings are not; an ulcer is a finding.");
    if (f.death && !f.lifeThreatening)
        w << Tr::tr("Death is recorded without life-threatening consequences; confirm it is attributed to mucositis.");
    int g = 0;
    if (f.death) g = 5;
    else if (f.lifeThreatening || f.urgentInterventionIndicated) g = 4;
    else if (f.symptoms == Severity::Severe || f.oralIntake == OralIntake::Interfered) g = 3;
    else if (f.symptoms == Severity::Moderate || f.ulcer || f.oralIntake == OralIntake::ModifiedDiet) g = 2;
    else if (f.findingsPresent || f.symptoms == Severity::Mild) g = 1;
    return make(Scale::Ctcae, g, w);
}

GradeResult gradeRtog(const Findings &f)
{
    QStringList w;
    if (f.analgesia == Analgesia::Narcotic && f.pain == Severity::None)
        w << Tr::tr("Narcotic analgesia is recorded without pain; confirm why it is given.");
    if (f.pain == Severity::Severe && f.analgesia == Analgesia::None)
        w << Tr::tr("Severe pain is recorded without analgesia; RTOG grade 3 describes pain requiring narcotics.");
    if (f.ulcerationHemorrhageNecrosis && f.mucositis == MucositisExtent::None)
        w << Tr::tr("Ulceration, hemorrhage or necrosis is recorded without mucositis; confirm the findings.");
    int g = 0;
    if (f.ulcerationHemorrhageNecrosis) g = 4;
    else if (f.mucositis == MucositisExtent::Confluent || f.pain == Severity::Severe || f.analgesia == Analgesia::Narcotic) g = 3;
    else if (f.mucositis == MucositisExtent::Patchy || f.pain == Severity::Moderate || f.analgesia == Analgesia::NonNarcotic) g = 2;
    else if (f.irritation || f.pain == Severity::Mild) g = 1;
    return make(Scale::Rtog, g, w);
}

void OmasExam::insert(OmasSite site, OmasSiteScore score) { m_sites[index(site)] = {score, true}; }

void OmasExam::markNotAssessable(OmasSite site) { m_sites[index(site)] = {{}, false}; }

OmasResult scoreOmas(const Findings &f)
{
    OmasResult r;
    for (OmasSite site : omasSites()) {
        if (!f.omas.isAssessable(site))
            continue;
        r.ulcerationTotal += f.omas.score(site).ulceration;
        r.erythemaTotal += f.omas.score(site).erythema;
        ++r.sitesScored;
    }
    r.total = r.ulcerationTotal + r.erythemaTotal;
    if (r.sitesScored > 0)
        r.mean = static_cast<double>(r.total) / r.sitesScored;
    else
        r.warnings << Tr::tr("No OMAS site was assessable.");
    return r;
}

QString scaleId(Scale s)
{
    switch (s) {
    case Scale::Who: return QStringLiteral("who");
    case Scale::Ctcae: return QStringLiteral("ctcae");
    case Scale::Rtog: return QStringLiteral("rtog");
    case Scale::Omas: return QStringLiteral("omas");
    }
    return {};
}

QString scaleVersion(Scale s)
{
    switch (s) {
    case Scale::Who: return QStringLiteral("WHO Handbook for Reporting Results of Cancer Treatment, 1979");
    case Scale::Ctcae: return QStringLiteral("CTCAE v5.0, Mucositis oral");
    case Scale::Rtog: return QStringLiteral("RTOG acute radiation morbidity, mucous membrane (Cox et al. 1995)");
    case Scale::Omas: return QStringLiteral("OMAS (Sonis et al. 1999)");
    }
    return {};
}

QString scaleName(Scale s)
{
    switch (s) {
    case Scale::Who: return Tr::tr("WHO");
    case Scale::Ctcae: return Tr::tr("CTCAE v5.0");
    case Scale::Rtog: return Tr::tr("RTOG");
    case Scale::Omas: return Tr::tr("OMAS");
    }
    return {};
}

QString gradeLabel(Scale s, int grade)
{
    static const char *const who[] = {
        QT_TRANSLATE_NOOP("muco::Grading", "None"),
        QT_TRANSLATE_NOOP("muco::Grading", "Oral soreness, erythema"),
        QT_TRANSLATE_NOOP("muco::Grading", "Oral erythema, ulcers, solid diet tolerated"),
        QT_TRANSLATE_NOOP("muco::Grading", "Oral ulcers, liquid diet only"),
        QT_TRANSLATE_NOOP("muco::Grading", "Oral alimentation impossible")};
    static const char *const ctcae[] = {
        QT_TRANSLATE_NOOP("muco::Grading", "No mucositis"),
        QT_TRANSLATE_NOOP("muco::Grading", "Asymptomatic or mild symptoms; intervention not indicated"),
        QT_TRANSLATE_NOOP("muco::Grading", "Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated"),
        QT_TRANSLATE_NOOP("muco::Grading", "Severe pain; interfering with oral intake"),
        QT_TRANSLATE_NOOP("muco::Grading", "Life-threatening consequences; urgent intervention indicated"),
        QT_TRANSLATE_NOOP("muco::Grading", "Death")};
    static const char *const rtog[] = {
        QT_TRANSLATE_NOOP("muco::Grading", "No change over baseline"),
        QT_TRANSLATE_NOOP("muco::Grading", "Irritation / may experience mild pain not requiring analgesic"),
        QT_TRANSLATE_NOOP("muco::Grading", "Patchy mucositis that may produce an inflammatory serosanguinous discharge / may experience moderate pain requiring analgesia"),
        QT_TRANSLATE_NOOP("muco::Grading", "Confluent fibrinous mucositis / may include severe pain requiring narcotic"),
        QT_TRANSLATE_NOOP("muco::Grading", "Ulceration, hemorrhage or necrosis"),
        QT_TRANSLATE_NOOP("muco::Grading", "Death directly related to radiation effects")};
    const char *text = nullptr;
    if (s == Scale::Who && grade >= 0 && grade <= 4) text = who[grade];
    if (s == Scale::Ctcae && grade >= 0 && grade <= 5) text = ctcae[grade];
    if (s == Scale::Rtog && grade >= 0 && grade <= 5) text = rtog[grade];
    return text ? QCoreApplication::translate("muco::Grading", text) : QString();
}

QList<OmasSite> omasSites()
{
    return {OmasSite::UpperLip, OmasSite::LowerLip, OmasSite::RightCheek, OmasSite::LeftCheek, OmasSite::RightTongue,
            OmasSite::LeftTongue, OmasSite::FloorOfMouth, OmasSite::SoftPalate, OmasSite::HardPalate};
}

QString omasSiteId(OmasSite s)
{
    static const char *const ids[] = {"upper_lip", "lower_lip", "right_cheek", "left_cheek", "right_tongue",
                                      "left_tongue", "floor_of_mouth", "soft_palate", "hard_palate"};
    return QString::fromLatin1(ids[static_cast<int>(s)]);
}

QString omasSiteLabel(OmasSite s)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("muco::Grading", "Upper lip"), QT_TRANSLATE_NOOP("muco::Grading", "Lower lip"),
        QT_TRANSLATE_NOOP("muco::Grading", "Right cheek"), QT_TRANSLATE_NOOP("muco::Grading", "Left cheek"),
        QT_TRANSLATE_NOOP("muco::Grading", "Right ventral and lateral tongue"),
        QT_TRANSLATE_NOOP("muco::Grading", "Left ventral and lateral tongue"),
        QT_TRANSLATE_NOOP("muco::Grading", "Floor of mouth"), QT_TRANSLATE_NOOP("muco::Grading", "Soft palate/fauces"),
        QT_TRANSLATE_NOOP("muco::Grading", "Hard palate")};
    return QCoreApplication::translate("muco::Grading", labels[static_cast<int>(s)]);
}

QString proCtcaeSeverityQuestion()
{
    return Tr::tr("In the last 7 days, what was the SEVERITY of your MOUTH OR THROAT SORES at their WORST?");
}

QString proCtcaeInterferenceQuestion()
{
    return Tr::tr("In the last 7 days, how much did MOUTH OR THROAT SORES INTERFERE with your usual or daily activities?");
}

QStringList proCtcaeSeverityChoices()
{
    return {Tr::tr("None"), Tr::tr("Mild"), Tr::tr("Moderate"), Tr::tr("Severe"), Tr::tr("Very severe")};
}

QStringList proCtcaeInterferenceChoices()
{
    return {Tr::tr("Not at all"), Tr::tr("A little bit"), Tr::tr("Somewhat"), Tr::tr("Quite a bit"), Tr::tr("Very much")};
}

} // namespace muco
