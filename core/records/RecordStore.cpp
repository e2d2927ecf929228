#include "records/RecordStore.h"
#include "records/DeviceScope.h"
#include "records/Minimisation.h"
#include "records/RecordSignature.h"
#include "common/CanonicalJson.h"
#include "common/CompactJson.h"
#include "common/Ids.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
};

QString auditText(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }
// Direct identifiers (a table that never leaves the site) are not copied into the audit trail:
// it records that one changed, who changed it, when and why, never the name or number itself
// (issue 11: anyone holding the database key reads the trail).
QString auditText(const TableSpec &t, const QVariant &v)
{
    if (!t.syncs && !v.isNull() && !v.toString().isEmpty())
        return QStringLiteral("(identifier: not copied into the audit trail)");
    return auditText(v);
}

// An empty text is "not given", stored as NULL: otherwise re-saving an untouched form would
// turn NULL into "" and record (and sync) a change nobody made.
QVariantMap normalised(const QVariantMap &fields)
{
    QVariantMap out = fields;
    for (auto it = out.begin(); it != out.end(); ++it)
        if (it->typeId() == QMetaType::QString && it->toString().isEmpty())
            *it = QVariant();
    return out;
}

Status checkFields(const RecordWrite &w)
{
    for (auto it = w.fields.cbegin(); it != w.fields.cend(); ++it)
        MUCO_TRY(RecordStore::checkField(*w.table, it.key()));
    return {};
}

// Whose record a row is: the patient it belongs to (patient_id), or, for the patient record
// and its identity (keyed by the patient's own id), the record itself.
QString patientOf(const TableSpec &t, const QString &id, const QVariantMap &values)
{
    return t.fields.contains(QStringLiteral("patient_id")) ? values.value(QStringLiteral("patient_id")).toString() : id;
}

// Every write of the write path happens inside the caller's Transaction, which reports it
// when it commits: a write outside one is refused before anything is written.
Status requireTransaction(Session &s, const TableSpec &t)
{
    if (s.db().inTransaction())
        return {};
    return Error::storage(Tr::tr("A change to %1 was attempted outside a transaction.").arg(t.name));
}

// The change log entry: new values and the values they replaced (what the central site
// compares against, field by field, to merge or to raise a conflict).
Status logChange(Session &s, const TableSpec &t, const QString &id, int version, int baseVersion,
                 const QVariantMap &changed, const QVariantMap &old = {}, const QString &resolves = {})
{
    if (!t.syncs)
        return {};
    auto st = s.db().cached(QStringLiteral(
        "INSERT INTO change_log (id, table_name, record_id, version, base_version, fields, changed_by, changed_utc, old_fields, resolves)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)"));
    if (!st.ok())
        return st.error();
    (*st)->bind(1, newUuid()).bind(2, t.name).bind(3, id).bind(4, qint64(version)).bind(5, qint64(baseVersion))
        .bind(6, compactJsonObject(changed)).bind(7, s.user().username).bind(8, isoUtc(s.now()))
        .bind(9, compactJsonObject(old)).bind(10, resolves.isEmpty() ? QVariant() : QVariant(resolves));
    return (*st)->run();
}

} // namespace

Result<QVariantMap> RecordStore::read(Session &session, const TableSpec &t, const QString &id)
{
    QStringList cols = t.fields;
    cols << QStringLiteral("version") << QStringLiteral("deleted");
    // Prepared once per table (the pull reads a record per change), reset once read.
    MUCO_READ(st, session.db().cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(cols.join(QLatin1Char(',')), t.name)));
    st->bind(1, id);
    auto row = st->next();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error::invalid(QStringLiteral("id"), Tr::tr("no %1 record has the id %2").arg(t.name, id));
    QVariantMap values;
    for (int i = 0; i < cols.size(); ++i)
        values.insert(cols[i], st->value(i));
    st->reset();
    return values;
}

Result<WriteOutcome> RecordStore::create(Session &s, const RecordWrite &write)
{
    RecordWrite w = write;
    w.fields = Minimisation::withDerived(*write.table, normalised(write.fields));
    MUCO_TRY(checkFields(w));
    MUCO_TRY(requireTransaction(s, *w.table));
    MUCO_TRY(DeviceScope::checkWrite(s, *w.table));
    const TableSpec &t = *w.table;
    WriteOutcome out{w.id.isEmpty() ? newUuid() : w.id, 1, w.fields.keys()};
    if (RecordSignature::signedAsMade(t) && !w.fields.contains(QStringLiteral("signature"))
        && !w.fields.value(QStringLiteral("signed_by")).toString().isEmpty()) {
        // A record signed as it is made (a randomization: signed records with states are signed
        // by sign()): by its signer's own key over the values as stored, in the same change, so
        // that no version of it travels unsigned.
        if (w.fields.value(QStringLiteral("signed_by")).toString() != s.user().username)
            return Error::invalid(QStringLiteral("signed_by"), Tr::tr("names someone other than the one signing in"));
        w.fields.insert(QStringLiteral("signature"), RecordSignature::sign(s, t, out.id, w.fields));
        out.changed = w.fields.keys();
    }
    const QString now = isoUtc(s.now());
    MUCO_READ(site, t.hasSite ? DeviceScope::siteForNewRecord(s, t, w.fields.value(QStringLiteral("patient_id")).toString())
                              : Result<QString>(QString()));

    // The statement's text in one string, its values bound straight from the record (lists of
    // columns, marks and values were a twentieth of an audited insert: issue 14).
    QString sql;
    sql.reserve(80 + 24 * w.fields.size());
    sql += QLatin1String("INSERT INTO ") + t.name + QLatin1String(" (id,version,modified_by,modified_utc,deleted");
    if (t.hasSite)
        sql += QLatin1String(",site");
    for (auto it = w.fields.cbegin(); it != w.fields.cend(); ++it)
        sql += QLatin1Char(',') + it.key();
    sql += QLatin1String(") VALUES (?,?,?,?,?");
    const qsizetype more = w.fields.size() + (t.hasSite ? 1 : 0);   // the site, then the fields
    for (qsizetype i = 0; i < more; ++i)
        sql += QLatin1String(",?");
    sql += QLatin1Char(')');
    MUCO_READ(st, s.db().cached(sql));
    st->bind(1, out.id).bind(2, qint64(1)).bind(3, s.user().username).bind(4, now).bind(5, qint64(0));
    int at = 6;
    if (t.hasSite)
        st->bind(at++, site);
    for (auto it = w.fields.cbegin(); it != w.fields.cend(); ++it)
        st->bind(at++, it.value());
    MUCO_TRY(st->run());

    QVariantMap logged = w.fields;
    if (t.hasSite)
        logged.insert(QStringLiteral("site"), site);
    MUCO_TRY(logChange(s, t, out.id, 1, 0, logged));
    for (auto it = w.fields.cbegin(); it != w.fields.cend(); ++it)
        MUCO_TRY(s.audit({{}, QStringLiteral("create"), t.name, out.id, it.key(), {}, auditText(t, it.value()), w.reason}));
    MUCO_TRY(s.db().recordChange({RecordChange::Kind::Created, t.name, out.id, patientOf(t, out.id, w.fields), w.fields.keys()}));
    return out;
}

Result<WriteOutcome> RecordStore::update(Session &s, const RecordWrite &write)
{
    RecordWrite w = write;
    w.fields = Minimisation::withDerived(*write.table, normalised(write.fields));
    MUCO_TRY(checkFields(w));
    MUCO_TRY(requireTransaction(s, *w.table));
    MUCO_TRY(DeviceScope::checkWrite(s, *w.table));
    const TableSpec &t = *w.table;
    auto current = read(s, t, w.id);
    if (!current.ok())
        return current.error();
    const int base = current->value(QStringLiteral("version")).toInt();
    QVariantMap changed;
    for (auto it = w.fields.cbegin(); it != w.fields.cend(); ++it) {
        const QVariant old = current->value(it.key());
        if (old.isNull() != it.value().isNull() || old.toString() != it.value().toString())
            changed.insert(it.key(), it.value());
    }
    WriteOutcome out{w.id, base, changed.keys()};
    if (changed.isEmpty())
        return out;
    if (w.reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("a reason is required to change saved data"));

    out.version = base + 1;
    QStringList sets{QStringLiteral("version = ?"), QStringLiteral("modified_by = ?"), QStringLiteral("modified_utc = ?")};
    QVariantList values{out.version, s.user().username, isoUtc(s.now())};
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    values << w.id;
    auto st = s.db().prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(t.name, sets.join(QLatin1Char(','))));
    if (!st.ok())
        return st.error();
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values[i]);
    MUCO_TRY(st->run());
    QVariantMap old;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        old.insert(it.key(), current->value(it.key()));
    MUCO_TRY(logChange(s, t, w.id, out.version, base, changed, old));
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        MUCO_TRY(s.audit({{}, QStringLiteral("update"), t.name, w.id, it.key(), auditText(t, current->value(it.key())),
                          auditText(t, it.value()), w.reason.trimmed()}));
    MUCO_TRY(s.db().recordChange({RecordChange::Kind::Updated, t.name, w.id, patientOf(t, w.id, *current), changed.keys()}));
    return out;
}

Result<QList<QVariantMap>> RecordStore::rows(Session &s, const TableSpec &t, const QString &where,
                                             const QVariantList &binds, const QString &orderBy)
{
    QStringList cols{QStringLiteral("id"), QStringLiteral("version")};
    cols += t.fields;
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0").arg(cols.join(QLatin1Char(',')), t.name);
    if (!where.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(where);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    // Cached (the SQL is built from the table's fields and the caller's constant clause, so the
    // cache stays as small as the code's queries): a patient's records are read after each of
    // its commits (issue 14). Reset before returning, also after an error mid-way.
    MUCO_READ(st, s.db().cached(sql));
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds[i]);
    QList<QVariantMap> out;
    const Status read = st->forEachRow([&](const Statement &row) {
        QVariantMap m;
        for (int i = 0; i < cols.size(); ++i)
            m.insert(cols[i], row.value(i));
        out.append(m);
    });
    st->reset();
    MUCO_TRY(read);
    return out;
}

Result<WriteOutcome> RecordStore::tombstone(Session &s, const TableSpec &t, const QString &id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("a reason is required to delete a record"));
    MUCO_TRY(requireTransaction(s, t));
    MUCO_TRY(DeviceScope::checkWrite(s, t));
    auto current = read(s, t, id);
    if (!current.ok())
        return current.error();
    const int base = current->value(QStringLiteral("version")).toInt();
    WriteOutcome out{id, base + 1, {QStringLiteral("deleted")}};
    auto st = s.db().prepare(QStringLiteral("UPDATE %1 SET deleted = 1, version = ?, modified_by = ?, modified_utc = ? WHERE id = ?").arg(t.name));
    if (!st.ok())
        return st.error();
    st->bind(1, qint64(out.version)).bind(2, s.user().username).bind(3, isoUtc(s.now())).bind(4, id);
    MUCO_TRY(st->run());
    MUCO_TRY(logChange(s, t, id, out.version, base, {{QStringLiteral("deleted"), 1}}, {{QStringLiteral("deleted"), 0}}));
    MUCO_TRY(s.audit({{}, QStringLiteral("delete"), t.name, id, QStringLiteral("deleted"), QStringLiteral("0"), QStringLiteral("1"), reason.trimmed()}));
    MUCO_TRY(s.db().recordChange({RecordChange::Kind::Deleted, t.name, id, patientOf(t, id, *current), {QStringLiteral("deleted")}}));
    return out;
}

const TableSpec *RecordStore::tableNamed(const QString &name)
{
    for (const TableSpec *t : syncedTables())
        if (t->name == name)
            return t;
    return nullptr;
}

namespace {

// The open conflicts on a field (but `except`) take `central` as their central value: the
// central site's as it stands now (docs/sync-protocol.md, pull). The field is a declared one.
Status restateConflicts(Session &s, const TableSpec &t, const QString &id, const QString &field, const QVariant &central,
                        const QString &except = {})
{
    MUCO_READ(restate, s.db().cached(QStringLiteral("UPDATE sync_conflicts SET central_value = ? WHERE table_name = ? AND record_id = ?"
                                                    " AND field = ? AND status = 'open' AND id IS NOT ?")));   // IS NOT: no exception binds NULL
    restate->bind(1, canonicalJson(QJsonValue::fromVariant(central))).bind(2, t.name).bind(3, id).bind(4, field).bind(5, except);
    return restate->run();
}

} // namespace

Result<QStringList> RecordStore::applyRemote(Session &s, const TableSpec &t, const QString &id, const QVariantMap &incoming,
                                             const QString &changedBy)
{
    QVariantMap fields;
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it)
        if (checkField(t, it.key(), FieldUse::Sync).ok())
            fields.insert(it.key(), it.value());
    const QString actor = QStringLiteral("sync:") + changedBy;
    MUCO_TRY(requireTransaction(s, t));
    // Statements prepared once per connection (cached): the pull applies changes by the thousand.
    MUCO_READ(exists, s.db().cached(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(t.name)));
    exists->bind(1, id);
    auto row = exists->next();
    if (!row.ok())
        return row.error();
    exists->reset();
    if (!row.value()) {
        QStringList cols{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("modified_by"), QStringLiteral("modified_utc")};
        QVariantList values{id, 1, actor, isoUtc(s.now())};
        if (t.hasSite) {
            cols << QStringLiteral("site");
            values << incoming.value(QStringLiteral("site"), s.site());
        }
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            cols << it.key();
            values << it.value();
        }
        QStringList marks;
        for (int i = 0; i < cols.size(); ++i)
            marks << QStringLiteral("?");
        MUCO_READ(ins, s.db().cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t.name, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))));
        for (int i = 0; i < values.size(); ++i)
            ins->bind(i + 1, values[i]);
        MUCO_TRY(ins->run());
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            MUCO_TRY(s.audit({{}, QStringLiteral("sync_create"), t.name, id, it.key(), {}, auditText(it.value()), actor}));
        MUCO_TRY(s.db().recordChange({RecordChange::Kind::Created, t.name, id, patientOf(t, id, fields), fields.keys()}));
        return fields.keys();
    }
    // Fields with a local change not yet acknowledged stay as they are: the central site
    // compares them when they are pushed, and raises a conflict if both sides differ.
    QSet<QString> pending;
    MUCO_READ(log, s.db().cached(QStringLiteral("SELECT fields FROM change_log WHERE record_id = ? AND acked_utc IS NULL")));
    log->bind(1, id);
    MUCO_TRY(log->forEachRow([&](const Statement &entry) {
        const QJsonObject f = QJsonDocument::fromJson(entry.text(0).toUtf8()).object();
        for (auto it = f.begin(); it != f.end(); ++it)
            pending.insert(it.key());
    }));
    // So do fields in an open conflict: a clinician decides those, not the order of arrival.
    // Such a conflict shows the central value as it stands now: what is pulled for its field
    // (another device's later change) is what "keep the central value" keeps and what "keep
    // this device's" is compared with, so neither raises the same conflict again. Not a unique
    // field: a subject ID pulled may be one renamed here (SyncEngine), and the conflict this
    // device made of the clash names the other patient's.
    MUCO_READ(open, s.db().cached(QStringLiteral("SELECT field FROM sync_conflicts WHERE table_name = ? AND record_id = ? AND status = 'open'")));
    open->bind(1, t.name).bind(2, id);
    QSet<QString> inConflict;
    MUCO_TRY(open->forEachRow([&](const Statement &conflict) { inConflict.insert(conflict.text(0)); }));
    for (const QString &field : std::as_const(inConflict)) {
        pending.insert(field);
        if (fields.contains(field) && field != t.uniqueField)
            MUCO_TRY(restateConflicts(s, t, id, field, fields.value(field)));
    }
    auto current = read(s, t, id);
    if (!current.ok())
        return current.error();
    fields = Minimisation::reconciledWithLocal(t, fields, *current);
    // Except from a change that brings a signature: the central site holds the record as it was
    // signed (it takes nothing else with a signature), so it is applied whole. What this device
    // changed or was in conflict about is kept there as a conflict (its change is still pushed),
    // never shown beside a signature that does not cover it.
    if (const QVariant signature = fields.value(QStringLiteral("signature"));
        t.fields.contains(QStringLiteral("signature")) && !signature.isNull() && !signature.toString().isEmpty())
        pending.clear();
    QStringList sets{QStringLiteral("version = version + 1"), QStringLiteral("modified_by = ?"), QStringLiteral("modified_utc = ?")};
    QVariantList values{actor, isoUtc(s.now())};
    QStringList applied;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (pending.contains(it.key()))
            continue;
        const QVariant old = current->value(it.key());
        if (old.isNull() == it.value().isNull() && old.toString() == it.value().toString())
            continue;
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
        applied << it.key();
    }
    if (applied.isEmpty())
        return applied;
    values << id;
    MUCO_READ(upd, s.db().cached(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(t.name, sets.join(QLatin1Char(',')))));
    for (int i = 0; i < values.size(); ++i)
        upd->bind(i + 1, values[i]);
    MUCO_TRY(upd->run());
    for (const QString &field : std::as_const(applied)) {
        const QVariant old = current->value(field);
        MUCO_TRY(s.audit({{}, QStringLiteral("sync_update"), t.name, id, field, auditText(old), auditText(fields.value(field)), actor}));
    }
    MUCO_TRY(s.db().recordChange({RecordChange::Kind::Updated, t.name, id, patientOf(t, id, *current), applied}));
    return applied;
}

Status RecordStore::resolveConflict(Session &s, const TableSpec &t, const QString &id, const QString &field,
                                    const QVariant &chosen, const QVariant &centralValue, const QString &conflictId,
                                    const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("a reason is required to resolve a conflict"));
    MUCO_TRY(checkField(t, field, FieldUse::Sync));   // the name came from the network: never into SQL unchecked
    MUCO_TRY(requireTransaction(s, t));
    MUCO_TRY(DeviceScope::checkWrite(s, t));
    auto current = read(s, t, id);
    if (!current.ok())
        return current.error();
    const QVariant local = current->value(field);
    const int base = current->value(QStringLiteral("version")).toInt();
    auto st = s.db().prepare(QStringLiteral("UPDATE %1 SET %2 = ?, version = ?, modified_by = ?, modified_utc = ? WHERE id = ?").arg(t.name, field));
    if (!st.ok())
        return st.error();
    st->bind(1, chosen).bind(2, qint64(base + 1)).bind(3, s.user().username).bind(4, isoUtc(s.now())).bind(5, id);
    MUCO_TRY(st->run());
    // Based on the central value, so the central site applies it and the conflict closes.
    MUCO_TRY(logChange(s, t, id, base + 1, base, {{field, chosen}}, {{field, centralValue}}, conflictId));
    // The value chosen becomes the central one: the field's other open conflicts are shown
    // against it (this device never pulls its own change back).
    if (field != t.uniqueField)
        MUCO_TRY(restateConflicts(s, t, id, field, chosen, conflictId));
    MUCO_TRY(s.audit({{}, QStringLiteral("resolve_conflict"), t.name, id, field, auditText(local), auditText(chosen), reason.trimmed()}));
    return s.db().recordChange({RecordChange::Kind::Updated, t.name, id, patientOf(t, id, *current), {field}});
}

Status RecordStore::checkField(const TableSpec &table, const QString &field, FieldUse use)
{
    if (use == FieldUse::Sync && field == QLatin1String("deleted"))
        return {};
    if (!table.fields.contains(field))
        return Error::invalid(field, Tr::tr("is not a field of %1").arg(table.name));
    return {};
}

Result<WriteOutcome> RecordStore::sign(Session &s, const TableSpec &t, const QString &id, const QString &meaning)
{
    QVariantMap fields{{QStringLiteral("state"), QStringLiteral("signed")},
                       {QStringLiteral("signed_by"), s.user().username},
                       {QStringLiteral("signed_utc"), isoUtc(s.now())},
                       {QStringLiteral("signature_meaning"), meaning}};
    if (t.fields.contains(QStringLiteral("signature"))) {
        // Signed with the signer's own key over what the record holds as it is signed.
        MUCO_READ(row, read(s, t, id));
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            row.insert(it.key(), it.value());
        fields.insert(QStringLiteral("signature"), RecordSignature::sign(s, t, id, row));
    }
    return update(s, {&t, id, fields, Tr::tr("Electronic signature")});
}

} // namespace muco
