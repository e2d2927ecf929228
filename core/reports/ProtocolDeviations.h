#pragma once
// Protocol deviations for the DMC report (issue 16): radiotherapy fractions recorded as missed
// or held, and graded or lab visits out of window or missed (reports/VisitConduct), per arm
// and pooled. The reasons given for a missed fraction are free text, which stays out of the
// reports (records/Minimisation), so only the counts are here.
#include "reports/VisitConduct.h"

namespace muco {

struct DeviationCounts {
    int patients = 0;                 // in the group (patients who may have visits)
    int patientsWithDeviation = 0;    // at least one of the below
    int missedFractions = 0;
    int heldFractions = 0;
    int patientsMissedOrHeld = 0;
    int visitsOutOfWindow = 0;
    int visitsMissed = 0;
};

struct VisitDeviation {
    QString subjectId;
    QString site;
    QString arm;
    ConductedVisit visit;             // OutOfWindow or Missed
};

struct ProtocolDeviations {
    DeviationCounts experimental;
    DeviationCounts control;
    DeviationCounts notRandomized;
    DeviationCounts all;
    QList<VisitDeviation> visits;     // by site, subject and due day
};

ProtocolDeviations protocolDeviations(const TrialSnapshot &snapshot, const QList<PatientVisits> &patients);

} // namespace muco
