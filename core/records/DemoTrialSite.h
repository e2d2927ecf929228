#pragma once
// One site of the DEMO trial (`mucotrack-central demo`): about 75 synthetic patients screened
// over ten months, written through the same repositories, permissions, signatures and audit
// trail as a real site, with the DEMO site's building blocks (records/DemoSite). Every
// patient's story is drawn first (from the seed, the site and the patient's number, so the
// same seed gives the same trial); then the events of all patients run in calendar order
// with the clock set to each one, so enrolment months, the audit trail and the visit windows
// read as a real site's would. The trial is complete: everyone has ended (completed,
// withdrawn or screen failure) before the last event, so reports read the same on any day.
#include "clinical/AllocationSequence.h"
#include "clinical/Exam.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "records/Randomizations.h"
#include <functional>

namespace muco {

class Session;

struct DemoTrialSiteOptions {
    QString path;                 // the new site database
    QString siteCode;             // a DEMO code (SiteVault::isDemoSite)
    quint64 seed = 0;
    int siteIndex = 0;            // draws differ between sites of one seed
    int screened = 75;
    QDate firstScreening;
    int recruitmentDays = 300;
    std::shared_ptr<FixedClock> clock;   // set to each event as it is written
    // After the site is created, before any patient: enrol with the central site.
    std::function<Status(Session &admin)> connect;
    // The randomize action of a coordinator for an enrolled patient (online at the central site).
    std::function<Result<Allocation>(Session &coordinator, const QString &patientId)> randomize;
};

struct DemoTrialSiteSummary {
    int screened = 0;
    int screenFailures = 0;
    int randomized = 0;
    int withdrawn = 0;
    int completed = 0;
    QDate lastEvent;
};

class DemoTrialSite {
public:
    static Result<DemoTrialSiteSummary> build(const DemoTrialSiteOptions &options);
    // The WHO grade a synthetic exam shows (0-4): one exam, every scale derived from it;
    // milder: at WHO 3, patchy with moderate pain (RTOG 2), as some patients present.
    static Exam examForWhoGrade(int grade, bool milder = false);
};

} // namespace muco
