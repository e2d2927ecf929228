#include "central/FreeTextReview.h"
#include "common/Sha256.h"
#include "common/CanonicalJson.h"
#include "central/CentralAuditTrail.h"
#include "common/SecureBytes.h"
#include "records/Minimisation.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FreeTextReview)
};

// A stored value (canonical JSON, a one-element array) as text; empty for null.
QString textOf(const QString &stored)
{
    const QJsonValue v = fromCanonicalJson(stored);
    return v.isString() ? v.toString() : QString();
}

} // namespace

QStringList FreeTextReview::schema()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS free_text_reviews (table_name TEXT NOT NULL, record_id TEXT NOT NULL,"
                           " field TEXT NOT NULL, value_hash TEXT NOT NULL, reviewed_by TEXT NOT NULL, reviewed_utc TEXT NOT NULL,"
                           " PRIMARY KEY (table_name, record_id, field, value_hash))")};
}

QString FreeTextReview::key(const QString &table, const QString &recordId, const QString &field, const QString &storedValue)
{
    return QStringList{table, recordId, field, sha256Hex(storedValue.toUtf8())}.join(QLatin1Char('/'));
}

Result<QSet<QString>> FreeTextReview::reviewed(CentralBackend &backend)
{
    MUCO_READ(rows, backend.query(QStringLiteral("SELECT table_name, record_id, field, value_hash FROM free_text_reviews")));
    QSet<QString> out;
    for (const QVariantList &r : rows)
        out.insert(QStringList{r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString()}.join(QLatin1Char('/')));
    return out;
}

Result<QList<FreeTextValue>> FreeTextReview::pending()
{
    MUCO_READ(done, reviewed(m_backend));
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT s.site, r.table_name, r.record_id, r.field, r.value FROM records r"
                                                   " JOIN record_sites s ON s.table_name = r.table_name AND s.record_id = r.record_id"
                                                   " ORDER BY s.site, r.table_name, r.record_id, r.field")));
    QList<FreeTextValue> out;
    for (const QVariantList &r : rows) {
        const QString table = r[1].toString(), record = r[2].toString(), field = r[3].toString(), stored = r[4].toString();
        if (!Minimisation::isFreeText(table, field) || textOf(stored).isEmpty() || done.contains(key(table, record, field, stored)))
            continue;
        out.append({r[0].toString(), table, record, field, textOf(stored)});
    }
    return out;
}

Status FreeTextReview::review(const QString &table, const QString &recordId, const QString &field, const QString &actor)
{
    if (!Minimisation::isFreeText(table, field))
        return Error::invalid(QStringLiteral("--field"), Tr::tr("%1 of %2 is not a free-text field").arg(field, table));
    CentralTransaction tx(m_backend);
    MUCO_TRY(tx.begun());
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT r.value, s.site FROM records r JOIN record_sites s ON s.table_name = r.table_name"
                                                   " AND s.record_id = r.record_id WHERE r.table_name = ? AND r.record_id = ? AND r.field = ?"),
                                    {table, recordId, field}));
    if (rows.isEmpty() || textOf(rows.first().at(0).toString()).isEmpty())
        return Error::invalid(QStringLiteral("--record"), Tr::tr("record %1 of %2 holds no text in %3").arg(recordId, table, field));
    const QString stored = rows.first().at(0).toString();
    const QString hash = sha256Hex(stored.toUtf8());
    MUCO_READ(seen, m_backend.query(QStringLiteral("SELECT 1 FROM free_text_reviews WHERE table_name = ? AND record_id = ? AND field = ?"
                                                   " AND value_hash = ?"), {table, recordId, field, hash}));
    if (!seen.isEmpty())
        return {};   // reviewed before, as it reads now
    MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO free_text_reviews (table_name, record_id, field, value_hash, reviewed_by, reviewed_utc)"
                                           " VALUES (?, ?, ?, ?, ?, ?)"),
                            {table, recordId, field, hash, actor, isoUtc(m_clock.nowUtc())}));
    // The trail names what was reviewed, never the text.
    MUCO_TRY(CentralAuditTrail(m_backend, m_clock).append(QLatin1String(CentralAuditTrail::kFreeTextReviewed), actor, {},
                                                          rows.first().at(1).toString(),
                                                          {{QStringLiteral("table"), table}, {QStringLiteral("record_id"), recordId},
                                                           {QStringLiteral("field"), field}, {QStringLiteral("value_hash"), hash}}));
    return tx.commit();
}

} // namespace muco
