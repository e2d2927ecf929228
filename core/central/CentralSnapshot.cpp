#include "central/CentralSnapshot.h"
#include "common/CanonicalJson.h"
#include "central/CentralStore.h"
#include "central/FreeTextReview.h"
#include "records/Minimisation.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace muco {

namespace {

QString display(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

Result<TrialSnapshot> centralSnapshot(CentralBackend &backend, const QDateTime &nowUtc)
{
    TrialSnapshot snap;
    snap.scope = QStringLiteral("trial");
    snap.takenUtc = nowUtc;
    const QStringList tables = CentralStore::syncedTables();
    // One snapshot for every read: a push committed between them would give an export whose
    // trail names records it lacks, or values newer than its trail.
    MUCO_TRY(backend.beginSnapshot());
    auto records = backend.query(QStringLiteral("SELECT r.table_name, r.record_id, r.field, r.value, s.site FROM records r"
                                                " JOIN record_sites s ON s.table_name = r.table_name AND s.record_id = r.record_id"
                                                " ORDER BY r.table_name, r.record_id, r.field"));
    auto changes = backend.query(QStringLiteral("SELECT table_name, record_id, fields, changed_by, changed_utc, site FROM changes ORDER BY seq"));
    auto reviewed = FreeTextReview::reviewed(backend);
    backend.rollback();   // read only
    if (!records.ok())
        return records.error();
    if (!changes.ok())
        return changes.error();
    if (!reviewed.ok())
        return reviewed.error();
    // Free text leaves the central site in a report or export only as someone reviewed it
    // (FreeTextReview): any other value of such a field is left out, in the records and in
    // their audit trail alike.
    const auto withheld = [&](const QString &table, const QString &id, const QString &field, const QString &stored) {
        return Minimisation::isFreeText(table, field) && !reviewed->contains(FreeTextReview::key(table, id, field, stored));
    };

    QMap<QString, QMap<QString, SnapshotRecord>> byTable;
    QSet<QString> sites;
    for (const QVariantList &row : records.value()) {
        const QString table = row.at(0).toString();
        if (!tables.contains(table))
            continue;
        SnapshotRecord &r = byTable[table][row.at(1).toString()];
        r.id = row.at(1).toString();
        r.site = row.at(4).toString();
        const QString stored = row.at(3).toString();
        const QJsonObject reduced = Minimisation::reduceFields(table, {{row.at(2).toString(), fromCanonicalJson(stored)}});
        for (auto it = reduced.begin(); it != reduced.end(); ++it)
            r.fields.insert(it.key(), withheld(table, r.id, it.key(), stored) ? QVariant() : it.value().toVariant());
        sites.insert(r.site);
    }
    QSet<QString> seen;   // records whose first change has been read
    for (const QVariantList &row : changes.value()) {
        const QString table = row.at(0).toString();
        if (!tables.contains(table))
            continue;
        const QString id = row.at(1).toString();
        const QJsonObject fields = Minimisation::reduceFields(table, QJsonDocument::fromJson(row.at(2).toString().toUtf8()).object());
        auto t = byTable.find(table);
        if (t != byTable.end()) {
            auto r = t->find(id);
            if (r != t->end()) {
                ++r->version;
                r->modifiedBy = row.at(3).toString();
                r->modifiedUtc = row.at(4).toString();
            }
        }
        const bool created = !seen.contains(table + QLatin1Char('/') + id);
        seen.insert(table + QLatin1Char('/') + id);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            snap.audit << SnapshotAudit{table, id, it.key(), row.at(3).toString(), row.at(4).toString(),
                                        it.key() == QLatin1String("deleted") ? QStringLiteral("delete")
                                                                           : (created ? QStringLiteral("create") : QStringLiteral("update")),
                                        withheld(table, id, it.key(), canonicalJson(it.value())) ? QString() : display(it.value()),
                                        {}, row.at(5).toString()};
    }
    for (auto t = byTable.cbegin(); t != byTable.cend(); ++t) {
        QList<SnapshotRecord> &rows = snap.tables[t.key()];
        for (const SnapshotRecord &r : t.value()) {
            const QVariant deleted = r.fields.value(QStringLiteral("deleted"));
            if (deleted.isValid() && deleted.toInt() != 0)
                continue;
            SnapshotRecord live = r;
            live.fields.remove(QStringLiteral("deleted"));
            live.fields.remove(QStringLiteral("site"));
            rows << live;
        }
    }
    snap.sites = QStringList(sites.cbegin(), sites.cend());
    std::sort(snap.sites.begin(), snap.sites.end());
    return snap;
}

} // namespace muco
