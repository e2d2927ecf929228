#pragma once
// Screening against the protocol: the inputs the criteria need (from the form, the
// patient record, the radiotherapy plan and the latest labs inside the site's window),
// the 21-criterion result, and the investigator's signed decision. Screen failures are
// kept with their reasons for the trial's screening log.
#include "common/Secret.h"
#include "clinical/Eligibility.h"
#include "common/Result.h"
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace muco {

class Session;
struct TableSpec;

struct ScreeningEvaluation {
    QJsonObject inputs;            // the contract's eligibility JSON, as evaluated
    EligibilityResult result;
    QStringList labsUsed;          // "Hemoglobin 121 g/L collected 2026-11-18"
};

struct Screening {
    QString id;
    QString patientId;
    QDate assessmentDate;
    QJsonObject inputs;
    QString outcome;   // eligible | ineligible | incomplete
    QJsonObject result;
    QString state;     // draft | signed
    QString signedBy;
    QDateTime signedUtc;
    int version = 0;
};

// One line of the trial's screening log.
struct ScreeningLogEntry {
    QString subjectId;
    QDate assessmentDate;
    QString outcome;
    QString state;
    QStringList failed;    // criteria that failed, e.g. "E1"
    QStringList missing;   // criteria still missing
    QString signedBy;
};

// A signed decision made with another birth date than the patient's now (corrected since, as a
// coordinator's walkthrough did after randomization: the decision still read "age 61 passes").
struct BirthDateSinceSigned {
    Screening decision;
    QString signedWith;                // the birth date in the decision's inputs
    QString now;                       // the patient's birth date now
    QList<CriterionResult> changed;    // the decision's criteria that decide otherwise with it
    QString outcomeNow;                // eligible | ineligible | incomplete, its inputs with the date now
};

class Screenings {
public:
    static const TableSpec &table();
    static QString signatureMeaning();
    // Merges the form with what the record already knows, then evaluates (no write).
    static Result<ScreeningEvaluation> evaluate(Session &session, const QString &patientId, const QDate &assessmentDate,
                                                const QJsonObject &form);
    // A saved screening as it was evaluated when saved (and signed): its criteria, and the labs
    // it used from its inputs. Evaluating it again would take today's records (a lab added
    // since, a plan changed) and could contradict the decision signed.
    static ScreeningEvaluation asScreened(const Screening &screening);
    static Result<Screening> save(Session &session, const QString &patientId, const QDate &assessmentDate, const QJsonObject &form);
    // Signs the decision; the patient becomes enrolled or a screen failure. Incomplete cannot be signed.
    static Result<Screening> sign(Session &session, const QString &screeningId, const Secret &password,
                                  const QString &reason = {});
    // The command line's screening submit (cli-trial.md): the input JSON of the eligibility
    // check as the form (what it gives overrides what the record holds), assessed on its
    // assessment_date, or today at the site; saved as a draft like the desktop's Save.
    static Result<Screening> submit(Session &session, const QString &patientId, const QJsonObject &input);
    // Signs the patient's latest screening with the decision the investigator states: refused
    // when it contradicts that evaluation, when the evaluation is incomplete, or is signed already.
    // The reason, when given, goes with the patient's change of status into the audit trail.
    static Result<Screening> signDecision(Session &session, const QString &patientId, const QString &decision,
                                          const QString &reason, const Secret &password);
    // A patient in screening or a screen failure (screened again); a screening of a patient
    // enrolled, withdrawn or completed is refused, so that the signed decision stands.
    static bool isOpenFor(const QString &patientStatus);
    static Result<QList<Screening>> list(Session &session, const QString &patientId);
    // The patient's latest signed decision, when the birth date it was made with is no longer
    // the patient's: its own inputs evaluated again with the date now, and the criteria that
    // then decide otherwise (the age, I2). Nothing when the date is unchanged, when the
    // decision holds no full date (pulled from another device: the year alone reaches it), or
    // when this session sees the year of birth only.
    static Result<std::optional<BirthDateSinceSigned>> birthDateSinceSigned(Session &session, const QString &patientId);
    // The same for a signed decision and the birth date now, both read already (the Screening
    // tab has them): no storage.
    static Result<std::optional<BirthDateSinceSigned>> birthDateSinceSigned(const Screening &decision, const QString &birthDateNow);
    // Every screening of the site, newest first, with the criteria that failed or are missing.
    static Result<QList<ScreeningLogEntry>> log(Session &session);
};

} // namespace muco
