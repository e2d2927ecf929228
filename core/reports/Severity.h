#pragma once
// How severe each randomized patient's mucositis was (issue 16), from the signed graded visits
// on or after the day of randomization (the visits the endpoint counts):
// - the worst grade on every scale;
// - the days spent at or above the threshold on one scale: an episode runs from the first visit
//   at or above it to the next visit below it (the day the lower grade was seen); episodes add
//   up; an episode still open at the last visit is counted to that visit and marked ongoing
//   (a censored duration);
// - the OMAS area under the curve: trapezoids of the OMAS mean over days, divided by the days
//   from the first to the last visit with an OMAS score (per day of follow-up), so a patient
//   followed longer is not "worse" for it. Undefined with fewer than two scored visits on
//   different days.
// Per arm: how many patients had each worst grade, the median days at or above the threshold,
// the mean OMAS AUC per day.
#include "reports/TrialCourses.h"
#include <QJsonObject>
#include <optional>

namespace muco {

struct PatientSeverity {
    QString subjectId;
    QString site;
    QString arm;
    QMap<QString, int> worstGrade;   // scale -> worst signed grade; a scale never graded is absent
    int severeDays = 0;
    bool severeOngoing = false;
    std::optional<double> omasAucPerDay;
};

struct ArmSeverity {
    int n = 0;                                   // randomized patients with a signed graded visit
    QMap<QString, QList<int>> worstGradeCounts;  // scale -> patients whose worst grade is 0..4
    int patientsSevere = 0;                      // with at least one day at or above the threshold
    int ongoing = 0;                             // of those, still at or above it at the last visit
    std::optional<double> medianSevereDays;      // among the patients with an episode
    int omasScored = 0;                          // patients with an OMAS AUC
    std::optional<double> meanOmasAucPerDay;
};

struct SeveritySummary {
    QString scale;   // the scale whose threshold defines the episodes (the primary one)
    int threshold = 3;
    ArmSeverity experimental;
    ArmSeverity control;
};

// Randomized patients with at least one signed graded visit after randomization, by subject id.
QList<PatientSeverity> patientSeverity(const QList<PatientCourse> &courses, const QString &scale, int threshold);
SeveritySummary summarizeSeverity(const QList<PatientSeverity> &patients, const QString &scale, int threshold);
// {"scale", "threshold", "experimental": {...}, "control": {...}}: each arm's n, "worst_grade":
// {scale: [patients at 0, 1, 2, 3, 4]}, "patients_severe", "ongoing", "median_severe_days",
// "omas_scored", "mean_omas_auc_per_day" (null where undefined).
QJsonObject severityJson(const SeveritySummary &s);

} // namespace muco
