#pragma once
// The one write path for every record: the row, its change-log entry (for records
// that sync) and one audit entry per changed field, in ONE transaction. Nothing
// else in the program writes clinical rows.
// On a monitor's device (records/DeviceScope) every write but a monitoring record's is refused here.
#include "common/Result.h"
#include <QStringList>
#include <QVariantMap>

namespace muco {

class Session;

struct TableSpec {
    QString name;
    QStringList fields;   // the columns a caller may set; everything else is metadata
    bool syncs = true;    // false: the table never leaves the site (identity)
    bool hasSite = true;
    // A field no two records may share. Two devices can allocate the same value offline: the
    // pull keeps both, renames the pulled one's value and files a conflict to resolve.
    QString uniqueField = {};
};

struct RecordWrite {
    const TableSpec *table = nullptr;
    QString id;           // empty on create: a new UUID is made
    QVariantMap fields;
    QString reason;       // required when saved data changes
};

struct WriteOutcome {
    QString id;
    int version = 0;
    QStringList changed;
};

class RecordStore {
public:
    // Create a record, in the caller's transaction.
    static Result<WriteOutcome> create(Session &session, const RecordWrite &write);
    // Change fields of a saved record, in the caller's transaction; asks for a reason.
    static Result<WriteOutcome> update(Session &session, const RecordWrite &write);
    // An electronic signature (state signed, who, when in UTC, and what it means), written
    // like any change, in the caller's transaction. The signer's password is checked before.
    static Result<WriteOutcome> sign(Session &session, const TableSpec &table, const QString &id, const QString &meaning);
    // Read the current values of a record's fields (plus version).
    static Result<QVariantMap> read(Session &session, const TableSpec &table, const QString &id);
    // Rows of a table (not tombstoned) matching `where`, as maps of field -> value including
    // id and version. `where` and `orderBy` are SQL written by the calling repository, never
    // text from input or the network; values are bound positionally.
    static Result<QList<QVariantMap>> rows(Session &session, const TableSpec &table, const QString &where,
                                           const QVariantList &binds, const QString &orderBy);
    // Marks a record deleted (nothing is hard-deleted), with a reason, in the caller's transaction.
    static Result<WriteOutcome> tombstone(Session &session, const TableSpec &table, const QString &id, const QString &reason);
    // Sync: a change from the central site, in the caller's transaction (row + audit; no
    // change log, it came from there). Returns the fields that were applied.
    static Result<QStringList> applyRemote(Session &session, const TableSpec &table, const QString &id,
                                           const QVariantMap &fields, const QString &changedBy);
    // Sync: the clinician's choice for a conflicting field, logged against the central value.
    static Status resolveConflict(Session &session, const TableSpec &table, const QString &id, const QString &field,
                                  const QVariant &chosen, const QVariant &centralValue, const QString &conflictId,
                                  const QString &reason);
    // The one check of a field name that comes from outside (the network, a conflict row, a
    // caller): it must be one of the table's declared fields, or it never reaches SQL text.
    // Sync may also name the tombstone flag ("deleted"), which a change or a conflict can carry.
    enum class FieldUse { Write, Sync };
    static Status checkField(const TableSpec &table, const QString &field, FieldUse use = FieldUse::Write);
    // The tables that sync (SyncedTables.cpp lists them).
    static const TableSpec *tableNamed(const QString &name);
    static const QList<const TableSpec *> &syncedTables();
};

} // namespace muco
