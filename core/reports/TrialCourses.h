#pragma once
#include <QSet>
// Each patient's course through the trial, read from a snapshot: the arm allocated (the
// synced `randomizations` table), the start of radiotherapy, and the signed graded visits.
// The endpoint, the curves and the DMC report all count from these.
#include "reports/TrialSnapshot.h"
#include <QDate>
#include <optional>

namespace muco {

struct SignedVisit {
    QString id;
    QDate date;
    double cumulativeDoseGy = 0;
    QMap<QString, int> grades;   // scale id (who, ctcae, rtog) -> signed grade
    std::optional<double> omasMean;
};

struct PatientCourse {
    QString patientId;
    QString subjectId;
    QString site;
    QString status;
    QString arm;                 // experimental | control; empty when not randomized
    QDate allocatedDate;         // UTC date of the allocation
    std::optional<QDate> rtStart;
    QList<SignedVisit> visits;   // the visits that count as signed (countingAssessments), by date
    // Signed visits on or after the day of randomization: the ones the endpoint counts.
    QList<SignedVisit> visitsAfterRandomization() const;
};

// The assessments that count as a visit's signed word: of a visit's first record and its
// corrections (same patient, each signed after what it corrects), signed or superseded, the one
// signed last; a superseded one with no signed correction counts itself. trialCourses keeps
// these as each course's visits, which every report counting signed visits reads (the
// endpoint, visit conduct).
QSet<QString> countingAssessments(const TrialSnapshot &snapshot);

// Every patient of the snapshot, ordered by subject id.
QList<PatientCourse> trialCourses(const TrialSnapshot &snapshot);

QString armExperimental();
QString armControl();

} // namespace muco
