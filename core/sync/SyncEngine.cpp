#include "sync/SyncEngine.h"
#include "sync/AuditAnchoring.h"
#include "common/CanonicalJson.h"
#include "records/DemoSite.h"
#include "records/DeviceScope.h"
#include "records/Minimisation.h"
#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "security/SyncToken.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <optional>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};


Status storeConflict(Database &db, const QJsonObject &c, const QString &now)
{
    // The table and field name come from the network: a known table and one of its declared
    // fields (or the whole record), or the message is refused before anything is stored.
    const TableSpec *table = RecordStore::tableNamed(c.value(QStringLiteral("table")).toString());
    const QString field = c.value(QStringLiteral("field")).toString();
    if (!table)
        return Error::invalid(QStringLiteral("conflict"), Tr::tr("the central site sent a conflict on an unknown table"));
    if (field != SyncConflict::wholeRecord)
        MUCO_TRY(RecordStore::checkField(*table, field, RecordStore::FieldUse::Sync));
    // New conflicts arrive open; a later "resolved" from the central site closes them here too.
    auto st = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO sync_conflicts (id, table_name, record_id, field, central_value, device_value, status, detected_utc)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st.ok())
        return st.error();
    st->bind(1, c.value(QStringLiteral("id")).toString()).bind(2, c.value(QStringLiteral("table")).toString())
        .bind(3, c.value(QStringLiteral("record_id")).toString()).bind(4, c.value(QStringLiteral("field")).toString())
        .bind(5, canonicalJson(c.value(QStringLiteral("central_value")))).bind(6, canonicalJson(c.value(QStringLiteral("device_value"))))
        .bind(7, c.value(QStringLiteral("status")).toString(QStringLiteral("open"))).bind(8, now);
    MUCO_TRY(st->run());
    if (c.value(QStringLiteral("status")).toString() == QLatin1String("resolved")) {
        auto upd = db.prepare(QStringLiteral("UPDATE sync_conflicts SET status = 'resolved', resolved_utc = COALESCE(resolved_utc, ?) WHERE id = ?"));
        if (!upd.ok())
            return upd.error();
        upd->bind(1, now).bind(2, c.value(QStringLiteral("id")).toString());
        MUCO_TRY(upd->run());
    }
    return {};
}

// A change that signs a record carries what was signed, as this device holds it ("signed": the
// record's declared content). The central site takes it over its own values only if the
// signature holds over it: another device may have edited the draft meanwhile, and the
// signature covers this device's values, not the central site's (docs/sync-protocol.md).
Status attachSignedContent(Session &s, QJsonObject &change)
{
    const TableSpec *table = RecordStore::tableNamed(change.value(QStringLiteral("table")).toString());
    const QJsonValue signature = change.value(QStringLiteral("fields"))[QStringLiteral("signature")];
    if (!table || !table->fields.contains(QStringLiteral("signature")) || !signature.isString() || signature.toString().isEmpty())
        return {};
    auto row = RecordStore::read(s, *table, change.value(QStringLiteral("record_id")).toString());
    if (!row.ok())
        return row.error().kind == ErrorKind::Invalid ? Status() : Status(row.error());   // no such record here: sent as logged
    QJsonObject content;
    for (const QString &field : table->fields)
        if (!RecordSignature::isSignatureField(field) && field != QLatin1String("site"))
            content.insert(field, QJsonValue::fromVariant(row->value(field)));
    change.insert(QStringLiteral("signed"), content);
    return {};
}

// A signed record holds what its signer signed (the central site takes nothing else with a
// signature, and a pulled signature brings its record whole): a conflict on it is acknowledged,
// never resolved by a value the record does not hold. The other value would not be covered by
// the signature, and the central site would hold it apart as a conflict again, or refuse the
// signing device's push (its signature over what it held).
Status leavesWhatWasSigned(Session &s, const TableSpec &table, const SyncConflict &c, bool keepDevice)
{
    if (!table.fields.contains(QStringLiteral("signature")))
        return {};
    MUCO_READ(row, RecordStore::read(s, table, c.recordId));
    if (!RecordSignature::isSigned(table, row.value(QStringLiteral("state")).toString(), row.value(QStringLiteral("signed_by")).toString()))
        return {};
    const QVariant chosen = (keepDevice ? c.deviceValue : c.centralValue).toVariant();
    const QVariant held = row.value(c.field);
    if (chosen.isNull() == held.isNull() && chosen.toString() == held.toString())
        return {};
    return Error::invalid(QStringLiteral("conflict"), Tr::tr("this record is signed: that value would change what was signed."
                                                             " Choose the value the record holds; to change it, correct the record"));
}

} // namespace

Result<SyncConfig> SyncEngine::config(Session &s)
{
    MUCO_READ(server, s.setting(QStringLiteral("sync_server")));
    MUCO_READ(stored, s.db().meta(QStringLiteral("sync_token")));
    MUCO_READ(device, s.setting(QStringLiteral("sync_device_id")));
    MUCO_READ(caCert, s.setting(QStringLiteral("sync_ca_cert")));
    if (server.isEmpty() || stored.isEmpty())
        return Error{ErrorKind::Network, Tr::tr("No central site is configured: enroll this device first (sync enroll)."), {}};
    // Encrypted under the sync key and bound to the server, device and certificate: refused
    // without a copy, or when any of them was changed outside MucoTrack.
    MUCO_READ(token, SyncToken::read(s, {server, device, caCert}));
    return SyncConfig{server, token, device, caCert};
}

Result<bool> SyncEngine::enrolled(Session &s)
{
    MUCO_READ(server, s.setting(QStringLiteral("sync_server")));
    return !server.isEmpty();
}

Status SyncEngine::mayEnroll(const Session &s)
{
    if (s.site() == DemoSite::siteCode())
        return Error::invalid(QStringLiteral("site"), Tr::tr("The DEMO site holds synthetic patients for training: it is never enrolled "
                                                             "with a trial's central site. Enrol a site database of your own."));
    return {};
}

Status SyncEngine::configure(Session &s, const SyncConfig &c, bool monitor)
{
    MUCO_TRY(s.require(Permission::ConfigureSync));
    MUCO_TRY(mayEnroll(s));
    SecureBytes newKey;   // the enrolment's own sync key, the session's once it is committed
    const Status enrolled = [&]() -> Status {
        Transaction tx(s.db());
        MUCO_TRY(tx.begun());
        MUCO_READ(wasMonitor, DeviceScope::isMonitorDevice(s));
        if (wasMonitor && !monitor)
            return Error::denied(Tr::tr("This database belongs to a monitor's device: it can be enrolled with a monitor's code only."));
        if (monitor && !wasMonitor) {
            MUCO_READ(records, s.db().scalarInt(QStringLiteral("SELECT (SELECT count(*) FROM change_log) + (SELECT count(*) FROM patients)")));
            if (records > 0)
                return Error::invalid(QStringLiteral("code"), Tr::tr("a monitor's device starts from a database without records; "
                                                                     "this one holds a site's records"));
            MUCO_TRY(s.db().putMeta(QLatin1String(DeviceScope::kMetaKey), QLatin1String(DeviceScope::kMonitor)));
            MUCO_TRY(s.audit({{}, QStringLiteral("update"), QStringLiteral("meta"), QLatin1String(DeviceScope::kMetaKey),
                              QStringLiteral("value"), {}, QLatin1String(DeviceScope::kMonitor), Tr::tr("Enrolled as a monitor's device")}));
        }
        MUCO_TRY(s.db().putMeta(QStringLiteral("sync_server"), c.server));
        MUCO_TRY(SyncToken::store(s, c.token, {c.server, c.deviceId, c.caCert}, newKey));   // under a new sync key
        MUCO_TRY(s.db().putMeta(QStringLiteral("sync_device_id"), c.deviceId));
        MUCO_TRY(AuditAnchoring::forgetKeysSent(s));   // a new identity sends its keys (and what was signed before) again
        MUCO_TRY(s.db().putMeta(QStringLiteral("sync_ca_cert"), c.caCert));
        // The token is a secret: the audit trail records the enrollment, never the token.
        MUCO_TRY(s.audit({{}, QStringLiteral("sync_enrolled"), QStringLiteral("meta"), QStringLiteral("sync_server"), {}, {}, c.server, {}}));
        return tx.commit();
    }();
    if (!enrolled.ok())
        return enrolled;   // the session keeps the key it had: nothing of the new one was kept
    s.setSyncKey(std::move(newKey));
    return s.loadDeviceScope();   // the open session narrows to a monitor's device at once
}

Result<QJsonArray> SyncEngine::outbox(Session &s, int limit)
{
    MUCO_TRY(s.require(Permission::SyncNow));
    auto st = s.db().prepare(QStringLiteral(
        "SELECT id, table_name, record_id, fields, old_fields, changed_by, changed_utc, resolves FROM change_log"
        " WHERE acked_utc IS NULL ORDER BY seq LIMIT ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, qint64(limit));
    QJsonArray out;
    MUCO_TRY(st->forEachRow([&](const Statement &row) {
        QJsonObject c{{QStringLiteral("id"), row.text(0)},
                      {QStringLiteral("table"), row.text(1)},
                      {QStringLiteral("record_id"), row.text(2)},
                      {QStringLiteral("fields"), QJsonDocument::fromJson(row.text(3).toUtf8()).object()},
                      {QStringLiteral("old"), QJsonDocument::fromJson(row.text(4).toUtf8()).object()},
                      {QStringLiteral("changed_by"), row.text(5)},
                      {QStringLiteral("changed_utc"), row.text(6)}};
        if (!row.isNull(7))
            c.insert(QStringLiteral("resolves"), row.text(7));
        out.append(c);
    }));
    for (qsizetype i = 0; i < out.size(); ++i) {
        QJsonObject c = out.at(i).toObject();
        MUCO_TRY(attachSignedContent(s, c));
        // What the central site may hold (year of birth, opaque staff ids): the device never
        // sends more, whatever was logged before this rule (docs/security.md, M5).
        out.replace(i, Minimisation::reduceChange(c));
    }
    return out;
}

Result<int> SyncEngine::pendingCount(Session &s)
{
    MUCO_READ(n, s.db().scalarInt(QStringLiteral("SELECT count(*) FROM change_log WHERE acked_utc IS NULL")));
    return static_cast<int>(n);
}

Status SyncEngine::acknowledge(Session &s, const QJsonObject &response)
{
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    const QString now = isoUtc(s.now());
    auto st = s.db().prepare(QStringLiteral("UPDATE change_log SET acked_utc = ? WHERE id = ? AND acked_utc IS NULL"));
    if (!st.ok())
        return st.error();
    for (const QJsonValue &id : response.value(QStringLiteral("acked")).toArray()) {
        st->reset();
        st->bind(1, now).bind(2, id.toString());
        MUCO_TRY(st->run());
    }
    for (const QJsonValue &c : response.value(QStringLiteral("conflicts")).toArray())
        MUCO_TRY(storeConflict(s.db(), c.toObject(), now));
    return tx.commit();
}

namespace {

// One attempt at a page in one transaction. With `isolate`, each change is applied under its
// own savepoint, so that one this database refuses is parked and the rest go on. Without it,
// the first refusal sets `refused` and the whole transaction rolls back: SQLCipher encrypts
// every page a savepoint journals (about six per change, 46% of a pull's CPU at 10,000
// changes), so the common page, which nothing refuses, is applied without them.
// This device's own signed change coming back (restored and enrolled again, it pulls its old
// identity's changes): the central site holds the central part and an opaque signer only. The
// signature and signer made here stay, which `audit verify` checks; taken, the record looked
// stripped of its signature.
Status keepOwnSignature(Session &s, const TableSpec &table, const QString &changeId, const QString &recordId, QVariantMap &fields)
{
    if (!fields.contains(QStringLiteral("signature")) || !table.fields.contains(QStringLiteral("signature")))
        return {};
    MUCO_READ(own, s.db().cached(QStringLiteral("SELECT 1 FROM change_log WHERE id = ?")));
    own->bind(1, changeId);
    MUCO_READ(mine, own->next());
    own->reset();
    if (!mine)
        return {};
    auto held = RecordStore::read(s, table, recordId);
    if (!held.ok() && held.error().kind == ErrorKind::Invalid)
        return {};   // not here: applied as it comes
    if (!held.ok())
        return held.error();
    const QString local = RecordSignature::centralPart(held->value(QStringLiteral("signature")).toString());
    if (!local.isEmpty() && local == RecordSignature::centralPart(fields.value(QStringLiteral("signature")).toString())) {
        // A record signed as made (a randomization, a mark, a query message) is here as it was
        // made, which `audit verify` holds it to: none of the central site's reduced values
        // (an opaque author, a corrected birth date's year) replaces what was signed here.
        if (RecordSignature::signedAsMade(table)) {
            fields.clear();
            return {};
        }
        fields.remove(QStringLiteral("signature"));
        fields.remove(QStringLiteral("signed_by"));
    }
    return {};
}

Result<int> applyPageOnce(Session &s, const QJsonObject &page, bool isolate, bool &refused)
{
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    int applied = 0;
    // Conflict states first: a resolution arrives together with the change that resolves it.
    for (const QJsonValue &c : page.value(QStringLiteral("conflicts")).toArray())
        MUCO_TRY(storeConflict(s.db(), c.toObject(), isoUtc(s.now())));
    for (const QJsonValue &v : page.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        const TableSpec *table = RecordStore::tableNamed(c.value(QStringLiteral("table")).toString());
        if (!table)
            continue;   // a table this version does not know: skipped, never guessed
        QVariantMap fields = c.value(QStringLiteral("fields")).toObject().toVariantMap();
        const QString recordId = c.value(QStringLiteral("record_id")).toString();
        // Two devices may allocate the same subject number offline: keep both, visibly. (The
        // table and field names are the declaration's, never the page's.)
        if (const QString &unique = table->uniqueField; !unique.isEmpty() && fields.contains(unique)) {
            MUCO_READ(taken, s.db().cached(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(table->name, unique)));
            taken->bind(1, fields.value(unique)).bind(2, recordId);
            MUCO_READ(clashes, taken->next());
            taken->reset();
            if (clashes) {
                const QString clash = fields.value(unique).toString();
                const QString renamed = clash + QStringLiteral("~") + recordId.left(4);
                fields.insert(unique, renamed);
                MUCO_TRY(storeConflict(s.db(), QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("dup-") + recordId)},
                                                 {QStringLiteral("table"), table->name}, {QStringLiteral("record_id"), recordId},
                                                 {QStringLiteral("field"), unique},
                                                 {QStringLiteral("central_value"), clash},
                                                 {QStringLiteral("device_value"), renamed},
                                                 {QStringLiteral("status"), QStringLiteral("open")}}, isoUtc(s.now())));
                // Open from an earlier clash: it shows the central site's value as it is now (the
                // record keeps the name it was given; its field is in conflict, so not applied).
                MUCO_READ(restate, s.db().cached(QStringLiteral("UPDATE sync_conflicts SET central_value = ? WHERE id = ? AND status = 'open'")));
                restate->bind(1, canonicalJson(QJsonValue(clash))).bind(2, QString(QStringLiteral("dup-") + recordId));
                MUCO_TRY(restate->run());
            }
        }
        MUCO_TRY(keepOwnSignature(s, *table, c.value(QStringLiteral("id")).toString(), recordId, fields));
        // A change this database refuses (a rule of its own, e.g. a record it does not have yet)
        // must not block the feed for ever, nor vanish: it is parked as a conflict to resolve.
        // The savepoint also takes back what the transaction keeps in memory for its commit
        // (the audit chain's head and pending signature), so the chain stays whole.
        std::optional<Savepoint> change;
        if (isolate) {
            change.emplace(s.db(), QStringLiteral("pulled_change"));
            MUCO_TRY(change->begun());
        }
        auto r = RecordStore::applyRemote(s, *table, recordId, fields, c.value(QStringLiteral("changed_by")).toString());
        if (!r.ok()) {
            if (r.error().kind != ErrorKind::Invalid)
                return r.error();
            if (!change) {
                refused = true;
                return r.error();   // the transaction rolls back; the caller applies the page again, isolating each change
            }
            MUCO_TRY(change->rollback());
            MUCO_TRY(storeConflict(s.db(), QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("unapplied-") + c.value(QStringLiteral("id")).toString())},
                                                       {QStringLiteral("table"), table->name}, {QStringLiteral("record_id"), recordId},
                                                       {QStringLiteral("field"), SyncConflict::wholeRecord},
                                                       {QStringLiteral("central_value"), c.value(QStringLiteral("fields"))},
                                                       {QStringLiteral("device_value"), r.error().message},
                                                       {QStringLiteral("status"), QStringLiteral("open")}}, isoUtc(s.now())));
            continue;
        }
        if (change)
            MUCO_TRY(change->release());
        applied += r->isEmpty() ? 0 : 1;
    }
    // The cursor moves only with the page it belongs to.
    MUCO_READ(current, SyncEngine::cursor(s));
    MUCO_TRY(s.db().putMeta(QStringLiteral("sync_cursor"), QString::number(page.value(QStringLiteral("next")).toInteger(current))));
    MUCO_TRY(tx.commit());   // emits what the page changed, patient by patient
    return applied;
}

} // namespace

Result<int> SyncEngine::applyPage(Session &s, const QJsonObject &page)
{
    bool refused = false;
    auto applied = applyPageOnce(s, page, false, refused);
    if (applied.ok() || !refused)
        return applied;
    return applyPageOnce(s, page, true, refused);
}

Result<qint64> SyncEngine::cursor(Session &s)
{
    MUCO_READ(text, s.setting(QStringLiteral("sync_cursor"), QStringLiteral("0")));
    return text.toLongLong();
}

Result<SyncStatus> SyncEngine::status(Session &s)
{
    SyncStatus st;
    MUCO_READ(pending, pendingCount(s));
    MUCO_READ(server, s.setting(QStringLiteral("sync_server")));
    MUCO_READ(lastSuccess, s.setting(QStringLiteral("sync_last_success")));
    MUCO_READ(lastError, s.setting(QStringLiteral("sync_last_error")));
    MUCO_READ(conflicts, s.db().scalarInt(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'open'")));
    st.pending = pending;
    st.server = server;
    st.lastSuccess = QDateTime::fromString(lastSuccess, Qt::ISODateWithMs);
    st.lastError = lastError;
    st.conflicts = static_cast<int>(conflicts);
    return st;
}

Status SyncEngine::recordOutcome(Session &s, const QString &error)
{
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    if (error.isEmpty())
        MUCO_TRY(s.db().putMeta(QStringLiteral("sync_last_success"), isoUtc(s.now())));
    MUCO_TRY(s.db().putMeta(QStringLiteral("sync_last_error"), error));
    return tx.commit();
}

Result<QList<SyncConflict>> SyncEngine::conflicts(Session &s, bool openOnly)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto st = s.db().prepare(QStringLiteral("SELECT id, table_name, record_id, field, central_value, device_value, status"
                                            " FROM sync_conflicts %1 ORDER BY detected_utc").arg(openOnly ? QStringLiteral("WHERE status = 'open'") : QString()));
    if (!st.ok())
        return st.error();
    QList<SyncConflict> out;
    MUCO_TRY(st->forEachRow([&](const Statement &row) {
        out.append({row.text(0), row.text(1), row.text(2), row.text(3), fromCanonicalJson(row.text(4)), fromCanonicalJson(row.text(5)), row.text(6)});
    }));
    return out;
}

Status SyncEngine::resolve(Session &s, const QString &conflictId, bool keepDevice, const QString &reason)
{
    MUCO_TRY(s.require(Permission::ResolveConflicts));
    auto all = conflicts(s, true);
    if (!all.ok())
        return all.error();
    for (const SyncConflict &c : all.value()) {
        if (c.id != conflictId)
            continue;
        const TableSpec *table = RecordStore::tableNamed(c.table);
        if (!table)
            return Error::invalid(QStringLiteral("table"), Tr::tr("unknown table %1").arg(c.table));
        if (reason.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("reason"), Tr::tr("a reason is required to resolve a conflict"));
        Transaction tx(s.db());
        MUCO_TRY(tx.begun());
        if (c.field == SyncConflict::wholeRecord) {
            // A change this device could not apply: acknowledged by a person, never written blind.
            if (keepDevice == false)
                return Error::invalid(QStringLiteral("conflict"), Tr::tr("this change could not be applied here; record what is missing first, then sync again"));
            MUCO_TRY(s.audit({{}, QStringLiteral("dismiss_unapplied_change"), c.table, c.recordId, {}, {}, {}, reason.trimmed()}));
        } else {
            MUCO_TRY(leavesWhatWasSigned(s, *table, c, keepDevice));
            const QVariant chosen = (keepDevice ? c.deviceValue : c.centralValue).toVariant();
            MUCO_TRY(RecordStore::resolveConflict(s, *table, c.recordId, c.field, chosen, c.centralValue.toVariant(), c.id, reason));
        }
        auto st = s.db().prepare(QStringLiteral("UPDATE sync_conflicts SET status = 'resolved', resolved_by = ?, resolved_utc = ? WHERE id = ?"));
        if (!st.ok())
            return st.error();
        st->bind(1, s.user().username).bind(2, isoUtc(s.now())).bind(3, conflictId);
        MUCO_TRY(st->run());
        MUCO_TRY(tx.commit());
        return {};
    }
    return Error::invalid(QStringLiteral("conflict"), Tr::tr("no open conflict has the id %1").arg(conflictId));
}

} // namespace muco
