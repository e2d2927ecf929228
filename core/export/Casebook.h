#pragma once
// A patient's casebook (issue 16): every form of one patient, as it stands and including the
// records deleted or voided (kept for the trail), each record's electronic signature (who, what
// it means, when) and the audit trail of every field, as a PDF for the investigator's sign-off
// and for inspectors. Printed at the site from the site database.
//
// Identity: the casebook names the patient by subject ID and year of birth. Name, medical
// record number and full birth date (and their audit trail) are printed only when asked for
// (CasebookOptions::withIdentity) by a role that may see identities (Permission::ViewIdentity);
// asked for by any other role, it is refused. Printing needs Permission::ViewPatients.
#include "common/Result.h"
#include "records/AuditTrail.h"
#include <QHash>
#include <QDateTime>
#include <QVariantMap>

namespace muco {
class Session;
}

namespace muco::exports {

struct CasebookOptions {
    bool withIdentity = false;
};

struct CasebookRecord {
    QString table;
    QString id;
    int version = 0;
    bool deleted = false;
    QString modifiedBy;
    QString modifiedUtc;
    QVariantMap fields;   // the table's declared fields
    QStringList withheld = {};   // free text held but not given to this reader (a monitor): printed as withheld
    QString text(const QString &field) const { return fields.value(field).toString(); }
};

struct Casebook {
    QString patientId;
    QString subjectId;
    QString site;
    bool identityShown = false;
    QString name;
    QString mrn;
    QList<CasebookRecord> records;   // the patient's record first, then each table's records
    QList<AuditRow> audit;           // oldest first
    QDateTime printedUtc;
    QString printedBy;               // user name
    QHash<QString, QString> signerNames;   // a signer's user name: display name (Accounts::displayNames)
    QString printedRole;             // translated
};

// `patient`: the patient's id or subject ID.
Result<Casebook> loadCasebook(Session &session, const QString &patient, const CasebookOptions &options = {});
// Written to a temporary file and renamed into place (PdfDocument).
Status writeCasebook(const QString &path, const Casebook &casebook);

} // namespace muco::exports
