#include "central/CentralAuditTrail.h"
#include "common/Sha256.h"
#include "common/SecureBytes.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentralAuditTrail)
};

const QString kGenesis(64, QLatin1Char('0'));

// SHA-256 of the row's columns and the hash of the row before it, as one compact JSON array:
// one text per row whatever backend stored it.
QString rowHash(qint64 seq, const QString &at, const QString &event, const QString &actor, const QString &device,
                const QString &site, const QString &detail, const QString &previous)
{
    const QByteArray text = QJsonDocument(QJsonArray{seq, at, event, actor, device, site, detail, previous})
                                .toJson(QJsonDocument::Compact);
    return sha256Hex(text);
}

const QString kColumns = QStringLiteral("seq, at_utc, event, actor, device_id, site, detail, prev_hash, hash");

} // namespace

QStringList CentralAuditTrail::schema(const QString &kind)
{
    QStringList sql{QStringLiteral("CREATE TABLE IF NOT EXISTS central_audit (seq BIGINT PRIMARY KEY, at_utc TEXT NOT NULL,"
                                   " event TEXT NOT NULL, actor TEXT NOT NULL, device_id TEXT, site TEXT,"
                                   " detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")};
    if (kind == QLatin1String("postgres")) {
        // Checked before creating, so that processes opening the store together write nothing
        // to the catalogue once the table is set up. TRUNCATE is refused as well.
        sql << QStringLiteral(
            "DO $$ BEGIN"
            " IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'muco_central_audit_append_only') THEN"
            "  CREATE FUNCTION muco_central_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS"
            "  'BEGIN RAISE EXCEPTION ''the central audit trail is append-only''; END';"
            " END IF;"
            " IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'central_audit_append_only'"
            "                AND tgrelid = 'central_audit'::regclass) THEN"
            "  CREATE TRIGGER central_audit_append_only BEFORE UPDATE OR DELETE ON central_audit"
            "  FOR EACH ROW EXECUTE PROCEDURE muco_central_audit_append_only();"
            " END IF;"
            " IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'central_audit_no_truncate'"
            "                AND tgrelid = 'central_audit'::regclass) THEN"
            "  CREATE TRIGGER central_audit_no_truncate BEFORE TRUNCATE ON central_audit"
            "  FOR EACH STATEMENT EXECUTE PROCEDURE muco_central_audit_append_only();"
            " END IF;"
            " END $$");
    } else {
        sql << QStringLiteral("CREATE TRIGGER IF NOT EXISTS central_audit_no_update BEFORE UPDATE ON central_audit"
                              " BEGIN SELECT RAISE(ABORT, 'the central audit trail is append-only'); END")
            << QStringLiteral("CREATE TRIGGER IF NOT EXISTS central_audit_no_delete BEFORE DELETE ON central_audit"
                              " BEGIN SELECT RAISE(ABORT, 'the central audit trail is append-only'); END");
    }
    return sql;
}

Status CentralAuditTrail::append(const QString &event, const QString &actor, const QString &deviceId, const QString &site,
                                 const QJsonObject &detail)
{
    MUCO_TRY(m_backend.lockWrites());
    MUCO_READ(last, m_backend.query(QStringLiteral("SELECT seq, hash FROM central_audit ORDER BY seq DESC LIMIT 1")));
    const qint64 seq = last.isEmpty() ? 1 : last.first().at(0).toLongLong() + 1;
    const QString previous = last.isEmpty() ? kGenesis : last.first().at(1).toString();
    const QString at = isoUtc(m_clock.nowUtc());
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString hash = rowHash(seq, at, event, actor, deviceId, site, detailText, previous);
    // seq is the key: two writers that somehow read the same head cannot both append after it.
    return m_backend.exec(QStringLiteral("INSERT INTO central_audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                          {seq, at, event, actor, deviceId, site, detailText, previous, hash});
}

Result<QList<CentralAuditEntry>> CentralAuditTrail::entries()
{
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT %1 FROM central_audit ORDER BY seq").arg(kColumns)));
    QList<CentralAuditEntry> out;
    out.reserve(rows.size());
    for (const QVariantList &r : rows)
        out.append({r[0].toLongLong(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString(),
                    QJsonDocument::fromJson(r[6].toString().toUtf8()).object()});
    return out;
}

Result<CentralAuditCheck> CentralAuditTrail::verify()
{
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT %1 FROM central_audit ORDER BY seq").arg(kColumns)));
    CentralAuditCheck check;
    check.rows = rows.size();
    QString previous = kGenesis;
    qint64 expected = 1;
    for (const QVariantList &r : rows) {
        const qint64 seq = r[0].toLongLong();
        QString problem;
        if (seq != expected)
            problem = Tr::tr("row %1 is missing").arg(expected);
        else if (r[7].toString() != previous)
            problem = Tr::tr("row %1 does not follow the row before it").arg(seq);
        else if (rowHash(seq, r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString(), r[6].toString(),
                         r[7].toString()) != r[8].toString())
            problem = Tr::tr("row %1 was changed after it was written").arg(seq);
        if (!problem.isEmpty()) {
            check.intact = false;
            check.firstBroken = expected;
            check.problem = problem;
            return check;
        }
        previous = r[8].toString();
        ++expected;
    }
    return check;
}

} // namespace muco
