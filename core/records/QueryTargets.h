#pragma once
// What a query or a verification mark may point at: a record of one of the clinical tables
// that sync, and one of that table's declared fields. Names typed in the CLI or pulled from
// the network are checked here before they reach SQL, and the fields a site may correct
// through a query's answer are listed with the check their new value must pass.
#include "common/Result.h"
#include "security/Roles.h"
#include <QVariant>

namespace muco {

class Session;
struct TableSpec;

struct RecordRef {
    const TableSpec *table = nullptr;
    QString id;
    QString patientId;   // the patient the record belongs to (the patient record: itself)
    QVariantMap values;  // the record's current fields (plus version and deleted)
};

class QueryTargets {
public:
    // A clinical table that syncs, by name; queries and marks never point at each other.
    // Invalid (naming `field`, e.g. "record") for any other name.
    static Result<const TableSpec *> table(const QString &name, const QString &field = QStringLiteral("record"));
    // "TABLE/ID" as the CLI takes it.
    static Result<RecordRef> parse(Session &session, const QString &tableSlashId);
    // The record, read through the write path's reader; invalid when it does not exist here.
    static Result<RecordRef> load(Session &session, const QString &tableName, const QString &id);
    // One of the table's declared fields (a query's field), or invalid naming `option`.
    static Status checkField(const TableSpec &table, const QString &field, const QString &option = QStringLiteral("field"));

    // A correction made in answer to a query: which permission the table's own forms need,
    // whether this field can be corrected here at all (computed values, signed records and
    // identifiers cannot: they have their own correction), and the new value checked and
    // converted as stored. Invalid naming `option` when the value does not fit the field.
    static Result<QVariant> correctedValue(const RecordRef &record, const QString &field, const QString &text,
                                           const QString &option = QStringLiteral("correct"));
    static Result<Permission> permissionToCorrect(const TableSpec &table);
};

} // namespace muco
