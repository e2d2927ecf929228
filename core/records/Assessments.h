#pragma once
// Graded clinic visits: the findings recorded once, every scale's grade derived from
// them (clinical/Grading), the fraction and dose delivered by the visit date, the
// patient's own PRO-CTCAE answers, and the investigator's signature. A signed
// assessment is locked: a correction is a new version that supersedes it, with a reason.
#include "common/Secret.h"
#include "clinical/Decimal.h"
#include "clinical/Exam.h"
#include "clinical/Grading.h"
#include "common/Result.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QHash>

namespace muco {

class Session;
struct TableSpec;

struct Assessment {
    QString id;
    QString patientId;
    QDate visitDate;
    int fractionNumber = 0;
    Decimal cumulativeDoseGy;
    Exam exam;             // the observations, recorded once (clinical/Exam)
    Findings findings;     // every scale's inputs, derived from the exam
    ProCtcaeMouthSores pro;
    // The grades as recorded and signed: read back from the record, never re-derived, so
    // what is shown is what was signed. Labels are the stored grades' definitions.
    GradeResult who, ctcae, rtog;
    OmasResult omas;
    QStringList warnings;  // every contradiction shown when it was recorded (exam and scales)
    QString state;   // draft | signed | superseded
    QString signedBy;
    QDateTime signedUtc;
    QString supersedes;
    QString correctionReason;
    int version = 0;
};

class Assessments {
public:
    static const TableSpec &table();
    static QString signatureMeaning();
    static QString stateLabel(const QString &state);   // draft | signed | superseded, translated
    // Records a visit as a draft: grades derived now from the exam, dose linked from the fraction log.
    // The visit date against the patient's birth, consent (first screening), radiotherapy plan
    // (baseline window, site setting baseline_window_days, default 14), end of participation and
    // today (clinical/VisitDates). record() checks it; the wizard asks before its first page closes.
    static Status checkVisitDate(Session &session, const QString &patientId, const QDate &visitDate);
    static Result<Assessment> record(Session &session, const QString &patientId, const QDate &visitDate,
                                     const Exam &exam, const ProCtcaeMouthSores &pro);
    // The investigator signs with the password again. A grade that reaches the protocol's
    // primary endpoint, or CTCAE >= 3, drafts an adverse event with the derived CTCAE grade.
    static Result<Assessment> sign(Session &session, const QString &assessmentId, const Secret &password);
    // A new draft that supersedes a signed assessment.
    static Result<Assessment> correct(Session &session, const QString &signedId, const Exam &exam,
                                      const ProCtcaeMouthSores &pro, const QString &reason);
    static Result<QList<Assessment>> list(Session &session, const QString &patientId, bool includeSuperseded = false);
    // The latest visit's WHO grade (not superseded; by visit date, then last modified): for every
    // patient graded (by patient id), or for one (nullopt when not graded yet). The patient list's column.
    static Result<QHash<QString, int>> latestWhoGrades(Session &session);
    static Result<std::optional<int>> latestWhoGrade(Session &session, const QString &patientId);
    // Derives the findings and every scale from the exam (what the wizard shows live, and what is stored).
    static void derive(Assessment &a);
    // The grade on the protocol's primary-endpoint scale, and whether it reaches the endpoint.
    static int primaryGrade(const Assessment &a);
    static bool reachesPrimaryEndpoint(const Assessment &a);
    // Whether signing drafts an adverse event ("Mucositis oral", the CTCAE grade derived).
    static bool draftsAdverseEvent(const Assessment &a);
};

} // namespace muco
