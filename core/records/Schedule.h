#pragma once
// Each patient's visit schedule (issues 12 and 17) from the protocol file's "schedule", read
// from the site database at the site's today: the visits due from the radiotherapy plan's start
// and end, what each is missing (labs, a signed grade), and whether today is a fraction day.
// Feeds the overdue lists (per patient, per site) and the desktop's "Today" view.
#include "clinical/VisitSchedule.h"
#include "common/Result.h"
#include "records/Patients.h"

namespace muco {

class Session;

struct PatientSchedule {
    Patient patient;
    QDate rtStart;
    QDate rtEnd;                  // the last fraction, or the projected one while on treatment
    bool rtEndProjected = false;
    bool onTreatment = false;     // enrolled, radiotherapy started, fractions still to deliver
    bool fractionDueToday = false;   // on treatment, today is a treatment day, nothing recorded for it yet
    int deliveredFractions = 0;
    int plannedFractions = 0;
    QList<ScheduledVisit> visits;
    QList<ScheduledVisit> withStatus(VisitStatus status) const;
};

struct OverdueVisit {
    QString patientId;
    QString subjectId;
    QString site;
    ScheduledVisit visit;
};

class Schedule {
public:
    // The protocol's visit definitions (the compiled-in protocol file).
    static const QList<VisitDefinition> &definitions();
    // One patient at the site's today. No visits without a radiotherapy plan (nothing is
    // anchored yet); after a withdrawal or completion, no visit whose window opens later.
    static Result<PatientSchedule> forPatient(Session &session, const QString &patientId);
    // Every patient who may still have visits (not a screen failure), in the list's order.
    static Result<QList<PatientSchedule>> forSite(Session &session);
    // The overdue visits of one patient, or of every patient of this database (a site's, or
    // every site's on a monitor's device) ordered by site, subject and due date.
    static Result<QList<OverdueVisit>> overdue(Session &session, const QString &patientId = {});
    static QList<OverdueVisit> overdueOf(const QList<PatientSchedule> &schedules);

    // For people: "labs", "signed grade"; "upcoming", "due", "overdue", "done" (translated).
    static QString formLabel(const QString &form);
    static QString statusLabel(VisitStatus status);
    // What a visit misses: "labs, signed grade (recorded, to sign)".
    static QString missingLabel(const ScheduledVisit &visit);
    // The visit's name in the UI language, with the week of a repeating visit:
    // "Weekly grading during radiotherapy (week 2)".
    static QString visitLabel(const ScheduledVisit &visit);
};

} // namespace muco
