#pragma once
// Graded clinic visits: the findings recorded once, every scale's grade derived from
// them (clinical/Grading), the fraction and dose delivered by the visit date, the
// patient's own PRO-CTCAE answers, and the investigator's signature. A signed
// assessment is locked: a correction is a new version that supersedes it, with a reason.
#include "clinical/Decimal.h"
#include "clinical/Grading.h"
#include "common/Result.h"
#include <QDate>
#include <QDateTime>
#include <QList>

namespace muco {

class Session;
struct TableSpec;

struct Assessment {
    QString id;
    QString patientId;
    QDate visitDate;
    int fractionNumber = 0;
    Decimal cumulativeDoseGy;
    Findings findings;
    ProCtcaeMouthSores pro;
    GradeResult who, ctcae, rtog;
    OmasResult omas;
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
    // Records a visit as a draft: grades derived now, dose linked from the fraction log.
    static Result<Assessment> record(Session &session, const QString &patientId, const QDate &visitDate,
                                     const Findings &findings, const ProCtcaeMouthSores &pro);
    // The investigator signs with the password again. A WHO grade >= 3 drafts an adverse event.
    static Result<Assessment> sign(Session &session, const QString &assessmentId, const QString &password);
    // A new draft that supersedes a signed assessment.
    static Result<Assessment> correct(Session &session, const QString &signedId, const Findings &findings,
                                      const ProCtcaeMouthSores &pro, const QString &reason);
    static Result<QList<Assessment>> list(Session &session, const QString &patientId, bool includeSuperseded = false);
    // Derives every scale from the findings (what the wizard shows live, and what is stored).
    static void derive(Assessment &a);
};

} // namespace muco
