#pragma once
// How each patient's scheduled visits were kept (issue 16: the DMC report's protocol
// deviations and data completeness), from a snapshot. The schedule is the protocol file's
// (clinical/VisitSchedule, the same windows the "Today" view and the overdue lists use); the
// snapshot gives the radiotherapy plan and fractions, the labs and the graded visits.
//
// A visit is
// - Pending while its window is open (or yet to come) and its forms are missing: not expected yet;
// - InWindow when every form it collects is recorded inside its window (both ends included; a
//   grade recorded but not yet signed counts, flagged awaitingSignature);
// - OutOfWindow when its window has closed without the form but the form was recorded outside
//   every window of that form, nearest to this visit's due day (an early or late visit);
// - Missed when its window has closed and no such form exists.
// A form outside every window that is nearest to a visit kept in its window is an unscheduled
// extra, not a deviation.
#include "clinical/VisitSchedule.h"
#include "reports/TrialCourses.h"

namespace muco {

enum class VisitConduct { Pending, InWindow, OutOfWindow, Missed };

struct ConductedVisit {
    ScheduledVisit visit;
    VisitConduct conduct = VisitConduct::Pending;
    bool awaitingSignature = false;   // in the window as a recorded, unsigned grade only
    QDate recordedOn;                 // OutOfWindow: the day the form was recorded
    int daysOutside = 0;              // OutOfWindow: < 0 before the window opened, > 0 after it closed
    bool expected() const { return conduct != VisitConduct::Pending; }
};

// Pure: the scheduled visits of one patient (scheduleVisits), what was recorded, and the day
// the data are as of (a window ending on it is still open).
QList<ConductedVisit> conductOf(const QList<ScheduledVisit> &visits, const RecordedForms &forms, const QDate &asOf);

struct PatientVisits {
    QString patientId;
    QString subjectId;
    QString site;
    QString arm;                      // empty: not randomized
    QString status;
    QList<ConductedVisit> visits;     // by due day; empty without a radiotherapy plan
    // The patient's last scheduled visit (the follow-up) is Missed: lost to follow-up.
    bool finalVisitMissed() const;
    bool finalVisitKept() const;      // InWindow or OutOfWindow
};

// Every patient of the snapshot except screen failures (who have no visits), by subject id.
// Radiotherapy ends on the last delivered fraction once all planned ones are delivered, else on
// the projected day (treatment weekdays from the plan; the site's holidays do not sync, so a
// holiday still to come is not counted). Labs count on their UTC collection day.
QList<PatientVisits> patientVisits(const TrialSnapshot &snapshot, const QList<PatientCourse> &courses, const QDate &asOf);

QString visitConductId(VisitConduct c);   // pending | in_window | out_of_window | missed

} // namespace muco
