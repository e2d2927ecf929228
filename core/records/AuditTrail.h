#pragma once
// The audit trail, readable (issue 17): its rows filtered by patient, record, field, user,
// time and free text, each with the patient it belongs to; and the whole chain's verification
// (the hash chain, every row's signature, then the records' electronic signatures), as
// `audit verify` reports it. For monitors and administrators (Permission::VerifyAudit); it
// never writes. Identity values (name, MRN, phone) are shown only to a session that may see
// identities, even where an old row still carries them.
#include "common/Result.h"
#include "security/AuditChain.h"
#include <QDateTime>
#include <QList>

namespace muco {

class Session;

struct AuditRow {
    qint64 seq = 0;
    QDateTime atUtc;
    QString user;
    QString action;      // create, update, delete, sign, sync_create, sign_in, ...
    QString table;
    QString recordId;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QString patientId;   // the patient whose record this is; empty for site-wide rows
    QString subjectId;
    // Which one of a patient's many doses or fractions the row is about (a dose's rows named no
    // dose): its date, and its slot (a dose) or number (a fraction); empty for other records.
    QDate recordDate;
    QString recordPart;
    bool isSigned = false;   // signed by its author (Ed25519: its own signature, or that of its run)
};

struct AuditFilter {
    QString patientId;
    QString table;       // a declared table's name (checked, never put into SQL as given)
    QString recordId;
    QString field;
    QString user;
    QString text;        // anywhere in the values, the reason, the field, the user or the record id
    QDateTime fromUtc;   // inclusive; invalid: no bound
    QDateTime toUtc;     // exclusive
    int limit = 0;       // the newest `limit` rows that match; 0: all
};

class AuditTrail {
public:
    // Rows matching every given criterion, oldest first.
    static Result<QList<AuditRow>> read(Session &session, const AuditFilter &filter = {});
    // One patient's rows, oldest first, for the casebook (export/Casebook): for anyone who may
    // see patients (Permission::ViewPatients), with identity values hidden as read() hides them.
    static Result<QList<AuditRow>> ofPatient(Session &session, const QString &patientId);
    // `rows` as `session` may take them off the device (a file, a printed casebook): for a
    // monitor (Minimisation::withholdsFreeText) without free-text values nor reasons.
    static QList<AuditRow> forExport(const Session &session, QList<AuditRow> rows);
    // The chain as `audit verify` checks it: intact, or the first broken row and why.
    static Result<AuditVerification> verify(Session &session);
    // The tables an audit row may name that belong to a patient, for a filter's choices.
    static QStringList patientTables();

private:
    static Result<QList<AuditRow>> rows(Session &session, const AuditFilter &filter);
};

} // namespace muco
