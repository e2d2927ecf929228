#pragma once
// Each patient's allocated arm (table `randomizations`, synced): one row per randomized
// patient, never two (a unique index among rows not tombstoned). The reports code reads it
// through this small API; writing an allocation is the randomize action's alone
// (records/Randomize.h), which signs it and audits it in one transaction.
#include "common/Result.h"
#include <QDateTime>
#include <QList>
#include <optional>

namespace muco {

class Database;
struct TableSpec;

struct Allocation {
    QString id;
    QString site;
    QString patientId;
    QString stratum;
    int sequence = 0;          // position in the stratum's list, from 1
    QString arm;               // experimental | control
    QString source;            // online | reserve
    QDateTime allocatedUtc;
    QString device;            // the device that randomized (its sync id), when known
    QString signedBy;          // who randomized (electronic signature)
};

class Randomizations {
public:
    static const TableSpec &table();
    static QString signatureMeaning();   // "I randomize this patient"
    static QString experimental() { return QStringLiteral("experimental"); }
    static QString control() { return QStringLiteral("control"); }

    // The patient's allocation, or none when the patient is not randomized.
    static Result<std::optional<Allocation>> forPatient(Database &db, const QString &patientId);
    // Every allocation of the database, by stratum and sequence.
    static Result<QList<Allocation>> all(Database &db);
};

} // namespace muco
