#pragma once
// The append-only, hash-chained audit trail. Each row's hash covers its own fields,
// its sequence number and the previous row's hash; the head (last seq and hash) is
// kept in meta, so an edited, deleted, reordered or truncated trail is found.
#include "common/Result.h"
#include <QDateTime>
#include <QString>

namespace muco {

class Database;

struct AuditEntry {
    QString user;
    QString action;      // create, update, delete, sign_in, sign_in_failed, ...
    QString table;
    QString recordId;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

struct AuditVerification {
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBroken = -1;   // seq of the first row that breaks the chain
    QString problem;
};

class AuditChain {
public:
    // Call inside the caller's transaction: the entry commits with the change it records.
    static Status append(Database &db, const AuditEntry &entry, const QDateTime &atUtc);
    static Result<AuditVerification> verify(Database &db);
};

} // namespace muco
