#pragma once
// Adverse events: CTCAE v5.0 term (with its MedDRA code and the CTCAE version stored) and grade, dates, seriousness, relation to the study drug,
// action taken and outcome. A signed grade that reaches the primary endpoint (or CTCAE >= 3)
// drafts one, with the CTCAE grade derived, for the investigator to confirm or change.
#include "common/Result.h"
#include <QDate>
#include <QList>

namespace muco {

class Session;
struct TableSpec;

struct AdverseEvent {
    QString id;
    QString patientId;
    QString term;            // a CTCAE v5.0 term (clinical/CtcaeTerms), e.g. "Mucositis oral"
    QString termSpecify;     // the investigator's words, for a "<SOC> - Other, specify" term only
    QString meddraCode;      // set by save() from the term, never typed: e.g. 10028130
    QString ctcaeVersion;    // set by save(): "5.0"
    int grade = 1;           // 1-5
    QDate onset;
    QDate resolution;        // invalid while ongoing
    bool serious = false;
    QString relation;        // unrelated | unlikely | possible | probable | definite
    QString action;          // none | dose_reduced | interrupted | withdrawn
    QString outcome;         // recovering | recovered | recovered_with_sequelae | not_recovered | fatal | unknown
    QString state;           // draft | confirmed
    QString sourceAssessment;
    int version = 0;
};

class AdverseEvents {
public:
    static const TableSpec &table();
    static QStringList relations();
    static QStringList actions();
    static QStringList outcomes();
    static Result<QList<AdverseEvent>> list(Session &session, const QString &patientId);
    // Validates and writes (create, or update with a reason); confirming a draft is an update.
    static Result<AdverseEvent> save(Session &session, const AdverseEvent &event, const QString &reason = {});
    // In the caller's transaction: the draft a severe grade raises, graded as derived (1-5).
    // The event's id: a new draft, or the mucositis event still ongoing at this grade or above.
    static Result<QString> draftFromAssessment(Session &session, const QString &patientId, const QString &assessmentId,
                                               int ctcaeGrade, const QDate &onset);
};

} // namespace muco
