#pragma once
// The CONSORT participant flow (issue 16), counted from the same snapshot as the endpoint:
// - assessed for eligibility: every patient registered;
// - excluded: not randomized, by why (not eligible, withdrew before randomization, screening
//   not finished, eligible and not yet randomized);
// - randomized, and allocated per arm;
// - follow-up per arm: withdrawn (status withdrawn after randomization), lost to follow-up
//   (not withdrawn, the last scheduled visit's window closed without it: reports/VisitConduct),
//   completed (status completed, or the last scheduled visit kept), still in follow-up;
// - analysed per arm: the primary endpoint's n, and the randomized patients it left out, by why.
// The boxes add up: excluded + randomized = assessed; withdrawn + lost + completed + ongoing =
// allocated; analysed + not analysed = allocated.
#include "reports/EndpointAnalysis.h"
#include "reports/VisitConduct.h"

namespace muco {

enum class ConsortExclusion { NotEligible, WithdrewBeforeRandomization, ScreeningOngoing, AwaitingRandomization };

struct ConsortArm {
    int allocated = 0;
    int withdrawn = 0;
    int lostToFollowUp = 0;
    int completed = 0;
    int ongoing = 0;
    int analysed = 0;
    QMap<QString, int> notAnalysed;   // the endpoint's why -> patients
    int notAnalysedTotal() const;
};

struct ConsortFlow {
    int assessed = 0;
    QMap<ConsortExclusion, int> excluded;   // only reasons that occur
    int excludedTotal() const;
    int randomized = 0;
    ConsortArm experimental;
    ConsortArm control;
};

ConsortFlow consortFlow(const QList<PatientCourse> &courses, const QList<PatientVisits> &visits, const EndpointResult &primary);

QString consortExclusionLabel(ConsortExclusion why);   // translated: "Not eligible (screen failure)"

} // namespace muco
