#pragma once
// Screen failures and their reasons for the DMC report (issue 16): every patient whose status
// is screen failure, with the criteria that failed in the latest signed screening that found
// them ineligible (records/Screenings keeps each criterion's result), counted per criterion.
#include "reports/TrialCourses.h"

namespace muco {

struct ScreenFailure {
    QString subjectId;
    QString site;
    QDate assessed;          // the signed screening's date; invalid when none is recorded
    QStringList failed;      // criterion ids in the protocol's order (I1.., E1..)
};

struct ScreenFailureSummary {
    QList<ScreenFailure> patients;          // by site and subject
    QList<QPair<QString, int>> byCriterion; // criterion id -> patients, in the protocol's order
    int withoutReason = 0;                  // screen failures without a signed ineligible screening
    QMap<QString, int> bySite;              // site -> screen failures
};

ScreenFailureSummary screenFailures(const TrialSnapshot &snapshot, const QList<PatientCourse> &courses);

} // namespace muco
