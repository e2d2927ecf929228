#pragma once
// Patients: the pseudonymous record that syncs (subject ID, birth date, sex, status)
// and the identity that never leaves the site (name, medical record number, phone).
#include "common/Result.h"
#include "records/RecordStore.h"
#include <QList>

namespace muco {

class Session;

struct Patient {
    QString id;
    QString subjectId;
    int subjectNumber = 0;
    QString birthDate;   // ISO calendar date or empty
    QString sex;         // male | female | empty
    QString status;      // screening | enrolled | screen_failed | withdrawn | completed
    int version = 0;
    bool identityVisible = false;   // false: the session may not see name and MRN
    QString name;
    QString mrn;
    QString phone;
};

struct NewPatient {
    QString subjectId;   // empty: allocated as SITE-0001, SITE-0002, ...
    QString name;
    QString mrn;
    QString phone;
    QString birthDate;
    QString sex;
};

class Patients {
public:
    static const TableSpec &table();
    static const TableSpec &identityTable();

    static Result<Patient> add(Session &session, const NewPatient &patient);
    static Result<QList<Patient>> list(Session &session);
    static Result<Patient> get(Session &session, const QString &id);
};

} // namespace muco
