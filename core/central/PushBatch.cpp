#include "central/PushBatch.h"
#include "common/CanonicalJson.h"
#include "common/CompactJson.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace muco {

Status PushBatch::prefetch(const QJsonArray &changes)
{
    QStringList ids, records;
    QSet<QString> recordSet;
    const auto addRecord = [&](const QString &id) {
        if (!id.isEmpty() && !recordSet.contains(id) && !m_sites.contains(id)) {
            recordSet.insert(id);
            records << id;
        }
    };
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !m_checked.contains(id)) {
            m_checked.insert(id);
            ids << id;
        }
        addRecord(c.value(QStringLiteral("record_id")).toString());
        // The references of the fields, and of what a signing change says was signed.
        for (const char *part : {"fields", "signed"}) {
            const QJsonObject fields = c.value(QLatin1String(part)).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (isReference(it.key()) && it.value().isString())
                    addRecord(it.value().toString());
        }
    }
    // The subject IDs of the patients pushed, looked up together (holders are found per site
    // and record as each change is applied).
    QStringList subjects;
    for (const QJsonValue &v : changes) {
        if (v[QStringLiteral("table")].toString() != QLatin1String("patients"))
            continue;
        const QJsonValue subject = v[QStringLiteral("fields")][QStringLiteral("subject_id")];
        if (subject.isString() && !subject.toString().trimmed().isEmpty()) {
            const QString text = canonicalJson(subject);
            if (!m_holders.contains(text) && !subjects.contains(text))
                subjects << text;
        }
    }
    MUCO_TRY(loadHolders(subjects));
    MUCO_READ(seen, m_b.selectIn(QStringLiteral("SELECT id FROM changes WHERE id IN (%1)"), {}, ids));
    for (const QVariantList &r : seen)
        m_seen.insert(r.at(0).toString());
    MUCO_TRY(loadSites(records));
    // The stored fields of the records the changes write to, table by table (the key's order).
    QHash<QString, QStringList> existing;
    for (const QJsonValue &v : changes) {
        const QString table = v[QStringLiteral("table")].toString();
        const QString record = v[QStringLiteral("record_id")].toString();
        if (m_loaded.contains(key(table, record)))
            continue;
        for (const auto &[t, site] : m_sites.value(record))
            if (t == table && !existing[table].contains(record))
                existing[table] << record;
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        MUCO_TRY(loadValues(it.key(), it.value()));
    return {};
}

QString PushBatch::subjectHoldersSql(int count)
{
    // lower(r.value) and the literal table and field: what the records_subject index holds.
    const QString one = QStringLiteral(
        "SELECT CAST(? AS TEXT), r.record_id, s.site FROM records r JOIN record_sites s ON s.table_name = r.table_name"
        " AND s.record_id = r.record_id WHERE r.table_name = 'patients' AND r.field = 'subject_id' AND lower(r.value) = lower(?)");
    QStringList branches;
    for (int i = 0; i < count; ++i)
        branches << one;
    return branches.join(QStringLiteral(" UNION ALL "));
}

QString PushBatch::subjectHoldersJsonSql()
{
    // From the list, one JSON parameter, into the records_subject index once per subject ID
    // (tst_central_push_batch theSubjectLookupUsesItsIndex). The lookup is a LATERAL subquery
    // that OFFSET 0 keeps whole: as a plain join, PostgreSQL guessed 100 IDs in the list and
    // hashed every patient's subject ID against them, a scan of the index in every push that
    // grew with the trial (1.5 ms a push at first, 39 ms at 10,000 patients; issue 14).
    return QStringLiteral("SELECT j.v, r.record_id, s.site FROM json_array_elements_text(CAST(? AS json)) AS j(v)"
                          " CROSS JOIN LATERAL (SELECT h.table_name, h.record_id FROM records h WHERE h.table_name = 'patients'"
                          " AND h.field = 'subject_id' AND lower(h.value) = lower(j.v) OFFSET 0) AS r"
                          " JOIN record_sites s ON s.table_name = r.table_name AND s.record_id = r.record_id");
}

void PushBatch::addHolders(const QList<QVariantList> &rows)
{
    for (const QVariantList &r : rows) {
        auto &holders = m_holders[r.at(0).toString()];
        const std::pair<QString, QString> holder{r.at(1).toString(), r.at(2).toString()};
        if (!holders.contains(holder))
            holders.append(holder);
    }
}

Status PushBatch::loadHolders(const QStringList &subjectIds)
{
    for (const QString &id : subjectIds)
        m_holders.insert(id, {});
    if (subjectIds.isEmpty())
        return {};
    if (m_b.kind() == QLatin1String("postgres")) {
        // Every subject ID in one statement (CentralBackend::selectIn says why).
        MUCO_READ(rows, m_b.query(subjectHoldersJsonSql(), {compactJsonArray(QVariantList(subjectIds.cbegin(), subjectIds.cend()))}));
        addHolders(rows);
        return {};
    }
    // At most 64 branches a statement, a power of two of them (few distinct texts, each prepared
    // once per connection), the last subject ID asked again to fill it.
    constexpr qsizetype kMost = 64;
    for (qsizetype at = 0; at < subjectIds.size();) {
        const qsizetype n = std::min(kMost, subjectIds.size() - at);
        qsizetype width = 1;
        while (width < n)
            width *= 2;
        QVariantList params;
        for (qsizetype i = 0; i < width; ++i) {
            const QString &id = subjectIds.at(at + std::min(i, n - 1));
            params << id << id;
        }
        MUCO_READ(rows, m_b.query(subjectHoldersSql(static_cast<int>(width)), params));
        addHolders(rows);
        at += n;
    }
    return {};
}

Status PushBatch::loadSites(const QStringList &recordIds)
{
    for (const QString &id : recordIds)
        m_sites.insert(id, {});
    MUCO_READ(rows, m_b.selectIn(QStringLiteral("SELECT record_id, table_name, site FROM record_sites WHERE record_id IN (%1)"), {}, recordIds));
    for (const QVariantList &r : rows)
        m_sites[r.at(0).toString()].append({r.at(1).toString(), r.at(2).toString()});
    return {};
}

Status PushBatch::loadValues(const QString &table, const QStringList &recordIds)
{
    MUCO_READ(rows, m_b.selectIn(QStringLiteral("SELECT record_id, field, value, change_id FROM records WHERE table_name = ? AND record_id IN (%1)"),
                                 {table}, recordIds));
    for (const QVariantList &r : rows) {
        const QString k = key(table, r.at(0).toString(), r.at(1).toString());
        if (!m_values.contains(k)) {   // a value written in this push is newer
            m_values.insert(k, {table, r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(), true, false});
            m_fields[key(table, r.at(0).toString())].insert(r.at(1).toString());
        }
    }
    for (const QString &id : recordIds)
        m_loaded.insert(key(table, id));
    return {};
}

Result<bool> PushBatch::seen(const QString &changeId)
{
    if (!m_checked.contains(changeId)) {
        m_checked.insert(changeId);
        MUCO_READ(rows, m_b.selectIn(QStringLiteral("SELECT id FROM changes WHERE id IN (%1)"), {}, {changeId}));
        if (!rows.isEmpty())
            m_seen.insert(changeId);
    }
    return m_seen.contains(changeId);
}

Result<QStringList> PushBatch::sitesOf(const QString &recordId)
{
    if (!m_sites.contains(recordId))
        MUCO_TRY(loadSites({recordId}));
    QStringList sites;
    for (const auto &[table, site] : m_sites.value(recordId))
        sites << site;
    return sites;
}

Result<std::optional<QString>> PushBatch::siteOf(const QString &table, const QString &recordId)
{
    if (!m_sites.contains(recordId))
        MUCO_TRY(loadSites({recordId}));
    for (const auto &[t, site] : m_sites.value(recordId))
        if (t == table)
            return std::optional<QString>(site);
    return std::optional<QString>();
}

void PushBatch::addRecordSite(const QString &table, const QString &recordId, const QString &site)
{
    m_sites[recordId].append({table, site});
    m_loaded.insert(key(table, recordId));   // new: no stored field
    m_newSites.append({table, recordId, site});
}

Result<std::optional<QString>> PushBatch::value(const QString &table, const QString &recordId, const QString &field)
{
    if (!m_loaded.contains(key(table, recordId)))
        MUCO_TRY(loadValues(table, {recordId}));
    const auto it = m_values.constFind(key(table, recordId, field));
    return it == m_values.cend() ? std::optional<QString>() : std::optional<QString>(it->value);
}

Result<QMap<QString, QString>> PushBatch::record(const QString &table, const QString &recordId)
{
    if (!m_loaded.contains(key(table, recordId)))
        MUCO_TRY(loadValues(table, {recordId}));
    QMap<QString, QString> out;
    for (const QString &field : m_fields.value(key(table, recordId)))
        out.insert(field, m_values.value(key(table, recordId, field)).value);
    return out;
}

void PushBatch::setValue(const QString &table, const QString &recordId, const QString &field, const QString &value,
                         const QString &changeId)
{
    const QString k = key(table, recordId, field);
    auto it = m_values.find(k);
    if (it == m_values.end()) {
        m_values.insert(k, {table, recordId, field, value, changeId, false, false});
        m_fields[key(table, recordId)].insert(field);
        m_inserts << k;
    } else {
        it->value = value;
        it->changeId = changeId;
        if (!it->stored)
            m_setAgain.insert(k);   // new in this push and changed since: its conflicts restated too
        if (it->stored && !it->dirty) {
            it->dirty = true;
            m_updates << k;
        }
    }
    if (isSubjectId(table, field))
        m_pending.insert(value.toLower(), recordId);
}

bool PushBatch::isReference(const QString &field)
{
    return field.endsWith(QLatin1String("_id")) || field == QLatin1String("supersedes") || field == QLatin1String("source_assessment");
}

bool PushBatch::isSubjectId(const QString &table, const QString &field)
{
    // The one value the central site keeps unique per site (the patients' TableSpec::uniqueField),
    // through the records_subject index, whose predicate names this table and field.
    return table == QLatin1String("patients") && field == QLatin1String("subject_id");
}

QString PushBatch::subjectHolderSql()
{
    // lower(r.value) and the literal table and field: what the records_subject index holds.
    return QStringLiteral("SELECT r.record_id FROM records r JOIN record_sites s ON s.table_name = r.table_name"
                          " AND s.record_id = r.record_id WHERE r.table_name = 'patients' AND r.field = 'subject_id'"
                          " AND s.site = ? AND r.record_id <> ? AND lower(r.value) = lower(?)");
}

Result<QString> PushBatch::subjectHolder(const QString &site, const QString &recordId, const QString &subjectId)
{
    const QString lower = subjectId.toLower();
    // Holds it still: unless this push changed the value since it was read or set.
    const auto holds = [&](const QString &other) {
        const auto it = m_values.constFind(key(QStringLiteral("patients"), other, QStringLiteral("subject_id")));
        return it == m_values.cend() || it->value.toLower() == lower;
    };
    // What is written: read up front for the push (loadHolders), or else looked up alone, both
    // through the records_subject index...
    if (const auto known = m_holders.constFind(subjectId); known != m_holders.cend()) {
        for (const auto &[other, otherSite] : *known)
            if (otherSite == site && other != recordId && holds(other))
                return other;
    } else {
        MUCO_READ(rows, m_b.query(subjectHolderSql(), {site, recordId, subjectId}));
        for (const QVariantList &r : rows)
            if (holds(r.at(0).toString()))
                return r.at(0).toString();
    }
    // ... then what this push set and has not written yet.
    for (auto it = m_pending.constFind(lower); it != m_pending.cend() && it.key() == lower; ++it) {
        if (*it == recordId || !holds(*it))
            continue;
        MUCO_READ(owner, siteOf(QStringLiteral("patients"), *it));
        if (owner == site)
            return *it;
    }
    return QString();
}

QStringList PushBatch::recordColumns()
{
    return {QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("change_id")};
}

QList<QVariantList> PushBatch::takeInserts()
{
    QList<QVariantList> rows;
    rows.reserve(m_inserts.size());
    for (const QString &k : std::as_const(m_inserts)) {
        Value &v = m_values[k];
        rows.append({v.table, v.record, v.field, v.value, v.changeId});
        v.stored = true;   // set again, it is updated
    }
    m_inserts.clear();
    return rows;
}

Status PushBatch::sendAhead()
{
    if (!m_b.streamsRows() || m_inserts.isEmpty())
        return {};
    return m_b.streamRows(QStringLiteral("records"), recordColumns(), takeInserts());
}

Status PushBatch::flush()
{
    MUCO_TRY(m_b.insertRows(QStringLiteral("record_sites"), {QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("site")},
                            m_newSites));
    MUCO_TRY(m_b.insertRows(QStringLiteral("records"), recordColumns(), takeInserts()));
    // The open conflicts on the fields this push changes, found in one statement: each shows the
    // central value as it now stands, as devices restate theirs (RecordStore::restateConflicts).
    // Kept as opened, the central site's own list named a value it no longer held.
    // A field new in this push and set again after a conflict was opened on it is restated as
    // well: only those rewritten as updates were, so the conflict of a push named the first value
    // where the same changes pushed one by one named the last (the review of the streamed rows).
    QSet<QString> restated(m_updates.cbegin(), m_updates.cend());
    restated.unite(m_setAgain);
    QSet<QString> conflicted;
    {
        QSet<QString> records;
        for (const QString &k : std::as_const(restated))
            records.insert(m_values[k].record);
        if (!records.isEmpty()) {
            MUCO_READ(open, m_b.selectIn(QStringLiteral("SELECT table_name, record_id, field FROM conflicts WHERE status = 'open'"
                                                        " AND record_id IN (%1)"),
                                         {}, QStringList(records.cbegin(), records.cend())));
            for (const QVariantList &r : open)
                conflicted.insert(key(r.at(0).toString(), r.at(1).toString(), r.at(2).toString()));
        }
    }
    for (const QString &k : std::as_const(m_updates)) {
        Value &v = m_values[k];
        MUCO_TRY(m_b.exec(QStringLiteral("UPDATE records SET value = ?, change_id = ? WHERE table_name = ? AND record_id = ? AND field = ?"),
                          {v.value, v.changeId, v.table, v.record, v.field}));
        v.dirty = false;
    }
    for (const QString &k : std::as_const(restated)) {
        const Value &v = m_values[k];
        // Not a subject ID: its conflict names the clash.
        if (conflicted.contains(k) && !isSubjectId(v.table, v.field))
            MUCO_TRY(m_b.exec(QStringLiteral("UPDATE conflicts SET central_value = ? WHERE record_id = ? AND field = ? AND table_name = ?"
                                             " AND status = 'open'"),
                              {v.value, v.record, v.field, v.table}));
    }
    MUCO_TRY(m_b.insertRows(QStringLiteral("changes"), {QStringLiteral("id"), QStringLiteral("site"), QStringLiteral("device_id"),
                                                        QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("fields"),
                                                        QStringLiteral("changed_by"), QStringLiteral("changed_utc"), QStringLiteral("received_utc")},
                            m_newChanges));
    m_newSites.clear();
    m_newChanges.clear();
    m_updates.clear();
    m_setAgain.clear();
    m_pending.clear();
    m_holders.clear();   // written: the database answers again
    return {};
}

} // namespace muco
