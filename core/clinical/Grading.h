#pragma once
// Oral mucositis grading: findings are recorded once; WHO, CTCAE v5.0, RTOG and OMAS
// each derive their grade from them (shared/contracts/calculators.md §2), with the
// verbatim definition (shared/clinical/reference.md) and warnings for contradictions.
#include <QList>
#include <array>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace muco {

enum class Scale { Who, Ctcae, Rtog, Omas };
enum class Diet { Solid, Liquid, None };
enum class Severity { None, Mild, Moderate, Severe };          // CTCAE symptoms, RTOG pain
enum class OralIntake { Normal, ModifiedDiet, Interfered };
enum class Analgesia { None, NonNarcotic, Narcotic };
enum class MucositisExtent { None, Patchy, Confluent };

enum class OmasSite { UpperLip, LowerLip, RightCheek, LeftCheek, RightTongue, LeftTongue, FloorOfMouth, SoftPalate, HardPalate };

struct OmasSiteScore {
    int ulceration = 0;   // 0 none; 1 < 1 cm2; 2 1-3 cm2; 3 > 3 cm2
    int erythema = 0;     // 0 none; 1 not severe; 2 severe
};

// The nine OMAS sites of one examination (shared/clinical/reference.md): every site is
// examined and scored 0 unless it is given a score or marked not assessable. A site is
// never "unscored" by omission.
class OmasExam {
public:
    void insert(OmasSite site, OmasSiteScore score);   // examined, with this score
    void markNotAssessable(OmasSite site);
    bool isAssessable(OmasSite site) const { return m_sites[index(site)].assessable; }
    OmasSiteScore score(OmasSite site) const { return m_sites[index(site)].score; }   // 0/0 when not assessable

private:
    static std::size_t index(OmasSite site) { return static_cast<std::size_t>(site); }
    struct State {
        OmasSiteScore score;
        bool assessable = true;
    };
    std::array<State, 9> m_sites{};
};

struct Findings {
    // WHO
    bool soreness = false;
    bool erythema = false;
    bool ulcers = false;
    Diet diet = Diet::Solid;
    // CTCAE v5.0
    bool findingsPresent = false;
    Severity symptoms = Severity::None;
    bool ulcer = false;
    OralIntake oralIntake = OralIntake::Normal;
    bool lifeThreatening = false;
    bool urgentInterventionIndicated = false;
    bool death = false;
    // RTOG
    bool irritation = false;
    Severity pain = Severity::None;
    Analgesia analgesia = Analgesia::None;
    MucositisExtent mucositis = MucositisExtent::None;
    bool ulcerationHemorrhageNecrosis = false;
    // OMAS: all nine sites, scored 0 unless given a score or marked not assessable
    OmasExam omas;
};

struct GradeResult {
    Scale scale = Scale::Who;
    QString version;
    int grade = 0;
    QString label;        // the grade's definition, verbatim
    QStringList warnings; // contradictions the clinician must confirm
};

struct OmasResult {
    int ulcerationTotal = 0;
    int erythemaTotal = 0;
    int total = 0;
    int sitesScored = 0;
    std::optional<double> mean;   // none when no site was scored
    QStringList warnings;
};

GradeResult gradeWho(const Findings &f);
GradeResult gradeCtcae(const Findings &f);
GradeResult gradeRtog(const Findings &f);
OmasResult scoreOmas(const Findings &f);

QString scaleId(Scale s);          // who | ctcae | rtog | omas
QString scaleVersion(Scale s);
QString scaleName(Scale s);        // translated display name
QString gradeLabel(Scale s, int grade);   // verbatim definition (translated)
QString omasSiteId(OmasSite s);    // upper_lip, ...
QString omasSiteLabel(OmasSite s); // translated
QList<OmasSite> omasSites();

// PRO-CTCAE mouth or throat sores: the patient's own answers (0-4), not a grade.
struct ProCtcaeMouthSores {
    std::optional<int> severity;
    std::optional<int> interference;
};
QString proCtcaeSeverityQuestion();
QString proCtcaeInterferenceQuestion();
QStringList proCtcaeSeverityChoices();
QStringList proCtcaeInterferenceChoices();

} // namespace muco
