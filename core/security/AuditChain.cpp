#include "security/AuditChain.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <sodium.h>

namespace muco {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
};

QString rowHash(qint64 seq, const QString &at, const AuditEntry &e, const QString &prev)
{
    // A JSON array is an unambiguous encoding: no field can bleed into the next.
    const QJsonArray parts{QString::number(seq), at, e.user, e.action, e.table, e.recordId,
                           e.field, e.oldValue, e.newValue, e.reason, prev};
    const QByteArray bytes = QJsonDocument(parts).toJson(QJsonDocument::Compact);
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

struct Head {
    qint64 seq = 0;
    QString hash = kGenesis;
};

Head parseHead(const QString &text)
{
    Head head;
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() == 2) {
        head.seq = parts[0].toLongLong();
        head.hash = parts[1];
    }
    return head;
}

Result<Head> readHead(Database &db)
{
    // Inside a write transaction the head moves with every entry and is written once, at commit.
    if (const auto pending = db.deferredMeta(QStringLiteral("audit_head")))
        return parseHead(*pending);
    auto st = db.cached(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    if (!st.ok())
        return st.error();
    auto row = (*st)->next();
    if (!row.ok())
        return row.error();
    const Head head = row.value() ? parseHead((*st)->text(0)) : Head{};
    (*st)->reset();   // release the read before the write that follows
    return head;
}

} // namespace

Status AuditChain::append(Database &db, const AuditEntry &e, const QDateTime &atUtc)
{
    initSodium();
    auto head = readHead(db);
    if (!head.ok())
        return head.error();
    const qint64 seq = head->seq + 1;
    const QString at = isoUtc(atUtc);
    const QString hash = rowHash(seq, at, e, head->hash);
    auto ins = db.cached(QStringLiteral(
        "INSERT INTO audit (seq, at_utc, user_name, action, table_name, record_id, field, old_value, new_value,"
        " reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins.ok())
        return ins.error();
    (*ins)->bind(1, seq).bind(2, at).bind(3, e.user).bind(4, e.action).bind(5, e.table).bind(6, e.recordId)
        .bind(7, e.field).bind(8, e.oldValue).bind(9, e.newValue).bind(10, e.reason).bind(11, head->hash)
        .bind(12, hash);
    MUCO_TRY((*ins)->run());
    const QString newHead = QStringLiteral("%1:%2").arg(seq).arg(hash);
    if (db.inTransaction())
        return db.deferMeta(QStringLiteral("audit_head"), newHead);   // one REPLACE per commit, not per entry
    auto upd = db.cached(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)"));
    if (!upd.ok())
        return upd.error();
    (*upd)->bind(1, newHead);
    return (*upd)->run();
}

Result<AuditVerification> AuditChain::verify(Database &db)
{
    initSodium();
    auto head = readHead(db);
    if (!head.ok())
        return head.error();
    auto st = db.prepare(QStringLiteral(
        "SELECT seq, at_utc, user_name, action, table_name, record_id, field, old_value, new_value, reason,"
        " prev_hash, hash FROM audit ORDER BY seq"));
    if (!st.ok())
        return st.error();
    AuditVerification v;
    qint64 expectedSeq = 1;
    QString prev = kGenesis;
    for (;;) {
        auto row = st->next();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const qint64 seq = st->integer(0);
        const AuditEntry e{st->text(2), st->text(3), st->text(4), st->text(5), st->text(6),
                           st->text(7), st->text(8), st->text(9)};
        ++v.rows;
        QString problem;
        if (seq != expectedSeq)
            problem = Tr::tr("row %1 follows row %2: rows are missing or out of order").arg(seq).arg(expectedSeq - 1);
        else if (st->text(10) != prev)
            problem = Tr::tr("row %1 does not link to the row before it").arg(seq);
        else if (rowHash(seq, st->text(1), e, prev) != st->text(11))
            problem = Tr::tr("row %1 was changed after it was written").arg(seq);
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBroken = seq;
            v.problem = problem;
            return v;
        }
        prev = st->text(11);
        ++expectedSeq;
    }
    if (expectedSeq - 1 != head->seq || prev != head->hash) {
        v.intact = false;
        v.firstBroken = expectedSeq;
        v.problem = Tr::tr("the trail ends at row %1 but row %2 was written: rows were removed from its end")
                        .arg(expectedSeq - 1).arg(head->seq);
    }
    return v;
}

} // namespace muco
