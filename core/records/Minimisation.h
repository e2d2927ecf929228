#pragma once
// What the central site may hold of a synced record (issue 11, M5; docs/security.md, "Data
// minimisation"): the year of birth, never the date; staff by an opaque account id, never a user
// name; free text marked as such (it stays out of the central site's exports until reviewed).
// The device reduces every change it sends (SyncEngine::outbox) and the central site reduces
// again what arrives and what it passes on (CentralStore), so an older device or a store filled
// before this rule still hands on only the reduced form.
#include "common/Ids.h"
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace muco {

struct TableSpec;
class Session;

namespace Minimisation {

// Staff by opaque account id (common/Ids).
using ::muco::isOpaqueAccountId;
using ::muco::opaqueAccountId;
// Fields naming a staff account (signed_by, raised_by, author, verified_by).
bool isStaffField(const QString &table, const QString &field);
// Fields a person types freely (an AE's "other, specify", reasons, findings, query messages):
// they may name anyone, so the central site keeps them out of its exports until reviewed.
bool isFreeText(const QString &table, const QString &field);
QStringList freeTextFields(const QString &table);
// Whether what `session` exports from this device leaves free text out (and the reasons typed
// for changes, free text too): a monitor exports it only as the central site's reviewer passed
// it, which no device knows (a monitor account, or anyone on a monitor's device).
bool withholdsFreeText(const Session &session);
// A record's fields with its free-text ones emptied (kept as null, so a reader sees the field
// was there): what a monitor's export and printed casebook hold.
QVariantMap withoutFreeText(const QString &table, QVariantMap fields);

// Fields derived from others on the write path, added to `fields` (RecordStore): the patient's
// year of birth from a birth date written.
QVariantMap withDerived(const TableSpec &table, const QVariantMap &fields);
// Fields pulled for a record held here: a year of birth that contradicts the birth date held
// here (corrected on another device) makes the date unknown here, so no device keeps a date
// whose year the trial's record no longer has.
QVariantMap reconciledWithLocal(const TableSpec &table, const QVariantMap &incoming, const QVariantMap &current);
// A change's values as the central site may hold them: birth_date becomes birth_year (unless the
// change carries that already), staff fields opaque ids, screening inputs without the birth date,
// an electronic signature its central part alone (RecordSignature).
QJsonObject reduceFields(const QString &table, const QJsonObject &fields);
// A whole change as sent: its fields, its old values, what it signed ("signed") and changed_by.
QJsonObject reduceChange(const QJsonObject &change);
// A value of `field` of `table` as whoever may not see identities (a monitor) is shown it, and
// as a copy of it that leaves the site is kept (a query's value when raised, a correction's
// value): a birth date as its year, a screening's inputs with the year of birth for the date.
// Every other value as it is.
QString withoutIdentity(const QString &table, const QString &field, const QString &value);
// A record's fields so: each value reduced as above, every other value left as it is (its type too).
QVariantMap withoutIdentity(const QString &table, QVariantMap fields);

} // namespace Minimisation

} // namespace muco
