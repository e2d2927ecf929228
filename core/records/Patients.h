#pragma once
// Patients: the pseudonymous record that syncs (subject ID, birth date, sex, status)
// and the identity that never leaves the site (name, medical record number, phone).
#include "common/Result.h"
#include "records/RecordStore.h"
#include <QDate>
#include <QList>
#include <utility>

namespace muco {

class Session;

struct Patient {
    QString id;
    QString subjectId;
    int subjectNumber = 0;
    QString birthDate;   // ISO calendar date or empty; only the year ("1958") for a session that may
                         // not see identity (a monitor): with the subject ID, a full date identifies
    QString sex;         // male | female | empty
    QString status;      // screening | enrolled | screen_failed | withdrawn | completed
    QString statusDate;  // ISO calendar date the status took effect (withdrawal, completion...)
    QString statusReason;
    int version = 0;
    bool identityVisible = false;   // false: the session may not see name and MRN
    QString name;
    QString mrn;
    QString phone;
    int ageYears = -1;   // completed years on the site's today; -1 when the birth date is unknown
    QString site;        // the site code (a monitor's device holds every site's patients)
};

struct NewPatient {
    QString subjectId;   // empty: allocated as SITE-0001, SITE-0002, ...
    QString name;
    QString mrn;
    QString phone;
    QString birthDate;
    QString sex;
    // A clinician registering a patient at the desktop: birth date, sex and something that
    // finds the person at the site (name or record number) are required. The CLI's
    // `patient add` (cli.md) may allocate a subject ID ahead of the visit, with none of them.
    bool registration = false;
};

// The details a clinician may correct later (a reason is always asked, the change audited).
struct PatientDetails {
    QString birthDate;
    QString sex;
    QString name;
    QString mrn;
    QString phone;
};

class Patients {
public:
    static const TableSpec &table();
    static const TableSpec &identityTable();
    // A patient's status as a reader sees it, translated (the list, reports, the endpoint's
    // exclusions); an unknown status as stored.
    static QString statusLabel(const QString &status);

    static Result<Patient> add(Session &session, const NewPatient &patient);
    // What add() would refuse in the patient's details, every field's problem at once (one a
    // field, in the order add() checks them: the first is the one it names). Empty when none.
    static QList<Error> problems(const Session &session, const NewPatient &patient);
    // Identities::Now opens every name, MRN and phone the session may see (the CLI, reports);
    // Identities::Later leaves them empty for openIdentities: the app's list paints its first
    // rows without waiting for 50,000 names to be decrypted (issue 14).
    enum class Identities { Now, Later };
    static Result<QList<Patient>> list(Session &session, Identities identities = Identities::Now);
    // The first `count` patients by subject ID, compared without regard to ASCII case (the
    // list's first order, PatientListProxy), read through that index without their identities:
    // the app's list paints them at sign-in and reads the rest after its first paint (issue 14).
    static Result<QList<Patient>> firstBySubject(Session &session, int count);
    // Name, MRN and phone onto patients listed with Identities::Later (nothing for a session that
    // may not see them). Fastest on the list's own order.
    static Status openIdentities(Session &session, QList<Patient> &patients);
    // The other patients whose medical record number is `mrn` (spaces around it and letter case
    // aside), for a form to ask before a second patient gets one (a walkthrough added a patient
    // with another's number without a word). Empty for a session that may not see identities.
    static Result<QList<Patient>> withMrn(Session &session, const QString &mrn, const QString &exceptId = {});
    static Result<Patient> get(Session &session, const QString &id);
    static Result<Patient> bySubjectId(Session &session, const QString &subjectId);
    // The patient's subject ID and site, empty when this device does not hold the patient. For
    // lists whose caller has checked the session's permission (a monitor's device holds every
    // site's patients).
    static std::pair<QString, QString> subjectAndSite(Session &session, const QString &id);
    // Corrects birth date, sex and (where the session may see it) identity; a reason is
    // required and every changed field is audited. Nothing is ever deleted.
    static Result<Patient> update(Session &session, const QString &id, const PatientDetails &details, const QString &reason);
    // Ends a patient's participation: screen_failed (from screening), withdrawn (from
    // screening or enrolled) or completed (enrolled), with the date it took effect and why.
    static Result<Patient> setStatus(Session &session, const QString &id, const QString &status, const QDate &date,
                                     const QString &reason);
    // The statuses a patient may move to from `status` (setStatus's rules).
    static QStringList nextStatuses(const QString &status);
};

} // namespace muco
