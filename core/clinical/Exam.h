#pragma once
// One oral examination, recorded once; every scale's inputs are derived from it by one
// documented mapping (shared/clinical/reference.md "One exam, every scale";
// docs/clinical-exam.md), so no question is asked twice and two scales can never be fed
// contradictory answers. Observations that contradict each other are warned about.
#include "clinical/Grading.h"
#include "common/Result.h"
#include <QJsonObject>
#include <QStringList>

namespace muco {

enum class MucosaAppearance { None, Erythema, PatchyPseudomembranes, ConfluentPseudomembranes };
enum class DietTolerated { NormalSolid, SoftOrModified, LiquidOnly, NothingByMouth };

struct Exam {
    bool sorenessReported = false;
    bool erythemaSeen = false;
    MucosaAppearance appearance = MucosaAppearance::None;
    bool deepUlcerationHemorrhageNecrosis = false;
    DietTolerated diet = DietTolerated::NormalSolid;
    Severity pain = Severity::None;
    Analgesia analgesia = Analgesia::None;    // none / non-opioid / opioid
    bool lifeThreatening = false;
    bool urgentInterventionIndicated = false;
    bool death = false;
    OmasExam omas;   // ulceration seen = an assessable OMAS site with ulceration >= 1
};

bool ulcerationSeen(const Exam &e);
// The inputs of WHO, CTCAE v5.0, RTOG and OMAS, by the mapping of docs/clinical-exam.md.
Findings findingsFromExam(const Exam &e);
// Observations that contradict each other; the clinician confirms before signing.
QStringList examWarnings(const Exam &e);

// The exam as stored with a visit (docs/clinical-exam.md, "Stored exam"): every key
// written, every key required on reading; an OMAS site null is not assessable.
QJsonObject examToJson(const Exam &e);
Result<Exam> examFromJson(const QJsonObject &o);
// A visit stored before the exam was kept: the exam that gives back these findings
// (and so the same grades). Appearance "erythema" is chosen only where nothing else
// explains CTCAE findings_present.
Exam examFromFindings(const Findings &f);

} // namespace muco
