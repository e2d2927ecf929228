#pragma once
// The monitoring lists by site (issue 17), for a monitor's device (every site it pulled) or a
// monitor at a site (that site): each site's patients (subject IDs) with their counts, the open
// queries and their age, the records not verified against the source as they stand
// (SourceVerification::remaining), and the overdue visits with what they miss
// (Schedule::overdue). Read through the repositories, so each list is what the session may see.
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/Schedule.h"
#include "records/SourceVerification.h"

namespace muco {

struct SiteMonitoring {
    QString site;
    int patients = 0;
    int openQueries = 0;
    int oldestOpenQueryDays = -1;   // -1: no open query
    int sdvRemaining = 0;
    int overdueVisits = 0;
    int missingGrades = 0;          // overdue visits without a signed grade
};

struct PatientMonitoring {
    Patient patient;
    int openQueries = 0;
    int sdvRemaining = 0;
    int overdueVisits = 0;
    int missingGrades = 0;
};

struct SdvRemainingItem {
    QString site;
    SdvStatus status;
};

struct MonitoringOverview {
    QList<PatientMonitoring> patients;   // in the patient list's order
    QList<Query> openQueries;            // not closed (open or answered), oldest first
    QList<SdvRemainingItem> sdvRemaining;
    QList<OverdueVisit> overdueVisits;
    QList<SiteMonitoring> sites;         // by site code; every site with a patient
    bool sdvShown = false;               // the session may verify (a monitor): SDV counts are meaningful
    QDateTime asOf;                      // the queries' age is counted to it
    QDate today;                         // the site's; visits are overdue as of it

    // The monitoring lists as the session sees them now.
    static Result<MonitoringOverview> load(Session &session);
    // The per-patient and per-site counts of the lists (pure, for tests).
    static void summarise(MonitoringOverview &lists);
    // An overdue visit misses its grade (not recorded, or recorded and not signed).
    static bool missesGrade(const OverdueVisit &visit);
};

} // namespace muco
