#include "security/AuditChain.h"
#include "common/Sha256.h"
#include "security/Roles.h"
#include "security/SealedKeys.h"
#include "security/SigningKey.h"
#include "common/Clock.h"
#include "common/CompactJson.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <sodium.h>

namespace muco {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
};

// The bytes a row's hash covers: its fields as the compact JSON array of strings that every row
// was always hashed over (an unambiguous encoding: no field can bleed into the next). Written
// by QJsonDocument, except when every field is plain text, where the array is the texts in
// quotes between commas: the same bytes without a document per row (tst_audit
// rowHashIsTheJsonArrayOfItsFields compares the two).
QByteArray hashedBytes(const std::array<QString, 11> &parts)
{
    if (!std::all_of(parts.cbegin(), parts.cend(), plainJsonText)) {
        QJsonArray array;
        for (const QString &part : parts)
            array.append(part);
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    }
    qsizetype size = 1;
    for (const QString &part : parts)
        size += part.size() + 3;
    // Plain text is ASCII: each UTF-16 unit is its byte, written in place.
    QByteArray bytes(size, Qt::Uninitialized);
    char *at = bytes.data();
    *at++ = '[';
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            *at++ = ',';
        *at++ = '"';
        for (const QChar c : parts[i])
            *at++ = static_cast<char>(c.unicode());
        *at++ = '"';
    }
    *at++ = ']';
    Q_ASSERT(at == bytes.data() + bytes.size());
    return bytes;
}

struct Head {
    qint64 seq = 0;
    QString hash = kGenesis;
};

// "seq:hash", read for every entry appended (no list of parts: issue 14).
Head parseHead(const QString &text)
{
    Head head;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0 && text.indexOf(QLatin1Char(':'), colon + 1) < 0) {
        head.seq = QStringView(text).left(colon).toLongLong();
        head.hash = text.mid(colon + 1);
    }
    return head;
}

// The head this thread wrote last, and its text: the pending head read back for the next entry
// is that very text (the same shared string, not an equal one), so it is not parsed again
// (issue 14: the head's bookkeeping was a tenth of an audited insert).
struct WrittenHead {
    QString text;
    Head head;
};
thread_local WrittenHead t_written;

Result<Head> readHead(Database &db)
{
    // Inside a write transaction the head moves with every entry and is written once, at commit.
    if (const auto pending = db.deferredMeta(QStringLiteral("audit_head"))) {
        if (!t_written.text.isEmpty() && pending->isSharedWith(t_written.text))
            return t_written.head;
        return parseHead(*pending);
    }
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

// The signer's rows written so far in the open transaction, not yet signed: the first one's
// sequence number, and who signs them with which key. Kept as a transaction value, so a
// rolled-back savepoint takes it back with the rows.
const auto kRunKey = QStringLiteral("audit_run");

struct PendingRun {
    qint64 firstSeq = 0;
    QString publicKey;   // hex
    QString signer;
    bool open() const { return firstSeq > 0; }
};

// A run as openRun writes it ("first\npublicKey\nsigner"), its parts viewed in the text.
struct RunText {
    qint64 firstSeq = 0;
    QStringView publicKey, signer;
};

RunText runText(const QString &text)
{
    const qsizetype a = text.indexOf(QLatin1Char('\n'));
    const qsizetype b = a < 0 ? -1 : text.indexOf(QLatin1Char('\n'), a + 1);
    if (b < 0)
        return {};
    return {QStringView(text).left(a).toLongLong(), QStringView(text).mid(a + 1, b - a - 1), QStringView(text).mid(b + 1)};
}

PendingRun pendingRun(const Database &db)
{
    const QString text = db.transactionValue(kRunKey);
    const RunText run = runText(text);
    return {run.firstSeq, run.publicKey.toString(), run.signer.toString()};
}

// Whether the pending run is `signer`'s with this key, read without copying its parts: asked
// for every entry appended in a transaction (issue 14).
bool runIsOf(const QString &run, const SigningKey &signer)
{
    const RunText parts = runText(run);
    return parts.firstSeq > 0 && parts.publicKey == signer.publicKeyHex() && parts.signer == signer.owner();
}

// The keys of the transaction's runs (copies sharing the caller's guarded key, which need not
// outlive the call),
// and the signature of the last run when the transaction commits.
class RunSeal : public CommitWork {
public:
    std::map<QString, SigningKey> keys;   // by public key (hex)
    Status beforeCommit(Database &db) override;
};

RunSeal *runSeal(Database &db)
{
    return static_cast<RunSeal *>(db.commitWork(QStringLiteral("audit_run_seal"), [] { return std::make_unique<RunSeal>(); }));
}

Status openRun(Database &db, qint64 seq, const SigningKey &signer)
{
    RunSeal *seal = runSeal(db);
    if (!seal)
        return Error::storage(QStringLiteral("An audit run was opened outside a transaction."));
    const QString publicKey = signer.publicKeyHex();
    if (!seal->keys.contains(publicKey))
        seal->keys.emplace(publicKey, signer);   // shares the signer's guarded key
    return db.setTransactionValue(kRunKey, QStringLiteral("%1\n%2\n%3").arg(seq).arg(publicKey, signer.owner()));
}

// Signs the pending run at its last row (the chain's head): over the signer, the run's first
// sequence number and the last row's hash, which covers every row of the run and before it.
Status sealRun(Database &db)
{
    const PendingRun run = pendingRun(db);
    if (!run.open())
        return {};
    RunSeal *seal = runSeal(db);
    if (!seal || !seal->keys.contains(run.publicKey))
        return Error::storage(QStringLiteral("The key of an audit run was lost before its signature."));
    const SigningKey &key = seal->keys.at(run.publicKey);
    MUCO_READ(head, readHead(db));
    auto st = db.cached(QStringLiteral("UPDATE audit SET signature = ? WHERE seq = ? AND signer = ? AND signature IS NULL"));
    if (!st.ok())
        return st.error();
    (*st)->bind(1, QString::fromLatin1(key.sign(AuditChain::runMessage(run.signer, run.firstSeq, head.seq, head.hash)).toHex()))
        .bind(2, head.seq).bind(3, run.signer);
    MUCO_TRY((*st)->run());
    return db.setTransactionValue(kRunKey, {});
}

Status RunSeal::beforeCommit(Database &db)
{
    return sealRun(db);
}

struct RunRow {
    qint64 seq = 0;
    QString atUtc;
    AuditEntry entry;
};

// Who may sign what, replayed row by row (docs/security.md, "Signed audit entries").
struct SignatureRules {
    QMap<QString, QByteArray> current;          // each account's key at this point of the chain
    QMap<QString, QList<QByteArray>> allKeys;
    QMap<QString, QString> roles;               // as administrators set them (track)
    QSet<QString> active;                       // accounts created and not deactivated
    QMap<QString, QString> commitments;         // sealed keys' fingerprints by purpose (track)
    QSet<QString> olderThanSigning;             // accounts created before the first signed row
    bool signedSeen = false;

    QString check(qint64 seq, const AuditEntry &e, const QString &hash, const QString &signer, const QString &signatureHex)
    {
        const bool isKey = e.action == QLatin1String(AuditChain::kKeyRegistered);
        if (signatureHex.isEmpty()) {
            if (signedSeen)
                return Tr::tr("row %1 is not signed, but rows before it are").arg(seq);
            if (isKey)
                return Tr::tr("row %1 registers a key without a signature").arg(seq);
            track(e);
            if (e.action == QLatin1String("create") && e.table == QLatin1String("users"))
                olderThanSigning.insert(e.recordId);
            return {};
        }
        // Only a failed sign-in is recorded by someone else (whoever signs in next).
        if (signer != e.user && e.action != QLatin1String("sign_in_failed"))
            return Tr::tr("row %1 is in the name of %2 but signed by %3").arg(seq).arg(e.user, signer);
        const QByteArray signature = QByteArray::fromHex(signatureHex.toLatin1());
        const QByteArray message = AuditChain::signedMessage(signer, hash);
        if (isKey) {
            const QString owner = e.recordId;
            const QByteArray key = QByteArray::fromHex(e.newValue.toLatin1());
            if (key.size() != crypto_sign_PUBLICKEYBYTES)
                return Tr::tr("row %1 registers a malformed key").arg(seq);
            if (signer == owner) {
                // Self-registration: the site's first account (the chain's first signed row), or an
                // account older than signing keys getting its first key. Proof of possession.
                const bool root = !signedSeen;
                const bool older = olderThanSigning.contains(owner) && !current.contains(owner);
                if (!root && !older)
                    return Tr::tr("row %1: %2 registered a key of their own; only an administrator may").arg(seq).arg(owner);
                if (!SigningKey::verify(key, message, signature))
                    return Tr::tr("row %1 has a signature that does not match its content or its signer").arg(seq);
            } else {
                if (!current.contains(signer) || !active.contains(signer) || roles.value(signer) != QLatin1String("administrator"))
                    return Tr::tr("row %1: %2 registered a key for %3 without being an administrator with a key")
                        .arg(seq).arg(signer, owner);
                if (!SigningKey::verify(current.value(signer), message, signature))
                    return Tr::tr("row %1 has a signature that does not match its content or its signer").arg(seq);
            }
            current.insert(owner, key);
            allKeys[owner].append(key);
        } else {
            if (!current.contains(signer))
                return Tr::tr("row %1 is signed by %2, who has no registered key").arg(seq).arg(signer);
            if (!SigningKey::verify(current.value(signer), message, signature))
                return Tr::tr("row %1 has a signature that does not match its content or its signer").arg(seq);
        }
        signedSeen = true;
        track(e);
        return {};
    }

    // A run of rows (two or more) signed once, at its last row: each row must be the signer's,
    // and the signature covers the run's first sequence number and its last row's hash.
    // Key registrations are signed alone, never in a run (append), so the key is the signer's
    // key registered before the run.
    QString checkRun(const QList<RunRow> &run, const QString &lastHash, const QString &signer, const QString &signatureHex)
    {
        const qint64 first = run.first().seq;
        const qint64 last = run.last().seq;
        for (const RunRow &r : run) {
            if (signer != r.entry.user && r.entry.action != QLatin1String("sign_in_failed"))
                return Tr::tr("row %1 is in the name of %2 but signed by %3").arg(r.seq).arg(r.entry.user, signer);
        }
        if (!current.contains(signer))
            return Tr::tr("row %1 is signed by %2, who has no registered key").arg(first).arg(signer);
        const QByteArray signature = QByteArray::fromHex(signatureHex.toLatin1());
        if (!SigningKey::verify(current.value(signer), AuditChain::runMessage(signer, first, last, lastHash), signature))
            return Tr::tr("rows %1 to %2 have a signature that does not match their content or their signer").arg(first).arg(last);
        signedSeen = true;
        for (const RunRow &r : run)
            track(r.entry);
        return {};
    }

    // Roles as the administrators set them: a row that gives a role counts only when its author
    // is then an active administrator, or when it creates the site's first account. The users
    // table is only the database's word, which whoever holds the database key can edit; these
    // rows are signed (issue 11: a monitor made himself administrator in the table).
    void track(const AuditEntry &e)
    {
        if (e.table == QLatin1String("sealed_keys") && e.action == QLatin1String(SealedKeys::kCreated)) {
            // A key is made by an account that may hold it: anyone else's fingerprint is ignored.
            const auto role = parseRole(roles.value(e.user));
            if (active.contains(e.user) && role.ok() && roleAllows(role.value(), SealedKeys::permissionFor(e.recordId)))
                commitments.insert(e.recordId, e.newValue);
            return;
        }
        if (e.table != QLatin1String("users"))
            return;
        const bool byAdministrator = active.contains(e.user) && roles.value(e.user) == QLatin1String("administrator");
        const bool created = e.action == QLatin1String("create");
        if (e.field == QLatin1String("role") && (created || e.action == QLatin1String("update"))) {
            if (!byAdministrator && !(created && roles.isEmpty()))
                return;
            roles.insert(e.recordId, e.newValue);
            if (created)
                active.insert(e.recordId);
        } else if (e.action == QLatin1String("deactivate") && byAdministrator) {
            active.remove(e.recordId);
        }
    }
};

} // namespace

namespace {
QString hashOfRow(const QString &seq, const QString &atUtc, const AuditEntry &e, const QString &prevHash)
{
    return sha256Hex(hashedBytes({seq, atUtc, e.user, e.action, e.table, e.recordId, e.field, e.oldValue, e.newValue, e.reason, prevHash}));
}
} // namespace

QString AuditChain::rowHash(qint64 seq, const QString &atUtc, const AuditEntry &e, const QString &prevHash)
{
    return hashOfRow(QString::number(seq), atUtc, e, prevHash);
}

QByteArray AuditChain::signedMessage(const QString &signer, const QString &hash)
{
    return QStringLiteral("mucotrack-audit-v1\n%1\n%2").arg(signer, hash).toUtf8();
}

QByteArray AuditChain::runMessage(const QString &signer, qint64 firstSeq, qint64 lastSeq, const QString &lastHash)
{
    // A run of one row is signed as a row always was: its hash already names its sequence number.
    if (firstSeq == lastSeq)
        return signedMessage(signer, lastHash);
    return QStringLiteral("mucotrack-audit-run-v1\n%1\n%2\n%3").arg(signer).arg(firstSeq).arg(lastHash).toUtf8();
}

Status AuditChain::append(Database &db, const AuditEntry &e, const QDateTime &atUtc, const SigningKey *signer)
{
    initSodium();
    const bool sign = signer && !signer->isNull();
    // Inside a transaction a signer's consecutive rows are signed once, at the last of them
    // (docs/security.md, "Signed audit entries"); a key registration is always signed alone,
    // so every run is verified with a key registered before it.
    const bool joinsRun = sign && db.inTransaction() && e.action != QLatin1String(kKeyRegistered);
    bool runOpen = false;
    if (db.inTransaction()) {
        const QString run = db.transactionValue(kRunKey);
        runOpen = !run.isEmpty();
        if (runOpen && !(joinsRun && runIsOf(run, *signer))) {
            MUCO_TRY(sealRun(db));
            runOpen = false;
        }
    }
    auto head = readHead(db);
    if (!head.ok())
        return head.error();
    const qint64 seq = head->seq + 1;
    // A record's fields are audited at one time, one entry each: formatted once.
    thread_local QDateTime lastTime;
    thread_local QString lastText;
    if (atUtc != lastTime || lastText.isEmpty()) {
        lastTime = atUtc;
        lastText = isoUtc(atUtc);
    }
    const QString at = lastText;
    const QString seqText = QString::number(seq);
    const QString hash = hashOfRow(seqText, at, e, head->hash);
    auto ins = db.cached(QStringLiteral(
        "INSERT INTO audit (seq, at_utc, user_name, action, table_name, record_id, field, old_value, new_value,"
        " reason, prev_hash, hash, signer, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins.ok())
        return ins.error();
    (*ins)->bind(1, seq).bind(2, at).bind(3, e.user).bind(4, e.action).bind(5, e.table).bind(6, e.recordId)
        .bind(7, e.field).bind(8, e.oldValue).bind(9, e.newValue).bind(10, e.reason).bind(11, head->hash)
        .bind(12, hash);
    if (joinsRun) {
        (*ins)->bind(13, signer->owner()).bindNull(14);   // signed with the run, at its last row
    } else if (sign) {
        (*ins)->bind(13, signer->owner())
            .bind(14, QString::fromLatin1(signer->sign(signedMessage(signer->owner(), hash)).toHex()));
    } else {
        (*ins)->bindNull(13).bindNull(14);
    }
    MUCO_TRY((*ins)->run());
    const QString newHead = seqText + QLatin1Char(':') + hash;
    t_written = {newHead, {seq, hash}};
    if (db.inTransaction()) {
        if (joinsRun && !runOpen)
            MUCO_TRY(openRun(db, seq, *signer));
        return db.deferMeta(QStringLiteral("audit_head"), newHead);   // one REPLACE per commit, not per entry
    }
    auto upd = db.cached(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)"));
    if (!upd.ok())
        return upd.error();
    (*upd)->bind(1, newHead);
    return (*upd)->run();
}

Status AuditChain::registerKey(Database &db, const QString &owner, const QByteArray &publicKey, const QString &why,
                               const QDateTime &atUtc, const SigningKey &signer)
{
    // The registration and its note in registered_keys (registeredKey) stand or fall together:
    // in the caller's transaction, or in one of their own.
    std::optional<Transaction> own;
    if (!db.inTransaction()) {
        own.emplace(db);
        MUCO_TRY(own->begun());
    }
    const QString key = QString::fromLatin1(publicKey.toHex());
    MUCO_TRY(append(db, {signer.owner(), QString::fromLatin1(kKeyRegistered), QStringLiteral("users"), owner,
                         QStringLiteral("public_key"), {}, key, why},
                    atUtc, &signer));
    MUCO_READ(head, readHead(db));
    MUCO_READ(note, db.cached(QStringLiteral("INSERT OR REPLACE INTO registered_keys (account, public_key, seq) VALUES (?, ?, ?)")));
    note->bind(1, owner).bind(2, key).bind(3, head.seq);
    MUCO_TRY(note->run());
    return own ? own->commit() : Status{};
}

Result<QByteArray> AuditChain::registeredKey(Database &db, const QString &owner)
{
    MUCO_READ(st, db.cached(QStringLiteral("SELECT public_key FROM registered_keys WHERE account = ?")));
    st->bind(1, owner);
    MUCO_READ(found, st->next());
    const QByteArray key = found ? QByteArray::fromHex(st->text(0).toLatin1()) : QByteArray();
    st->reset();
    return key;
}

Result<AuditHead> AuditChain::head(Database &db)
{
    auto h = readHead(db);
    if (!h.ok())
        return h.error();
    return AuditHead{h->seq, h->hash};
}

Result<QString> AuditChain::hashAt(Database &db, qint64 seq)
{
    MUCO_READ(st, db.prepare(QStringLiteral("SELECT hash FROM audit WHERE seq = ?")));
    st.bind(1, seq);
    MUCO_READ(found, st.next());
    return found ? st.text(0) : QString();
}

Result<AuditVerification> AuditChain::verify(Database &db)
{
    initSodium();
    auto head = readHead(db);
    if (!head.ok())
        return head.error();
    auto st = db.prepare(QStringLiteral(
        "SELECT seq, at_utc, user_name, action, table_name, record_id, field, old_value, new_value, reason,"
        " prev_hash, hash, signer, signature FROM audit ORDER BY seq"));
    if (!st.ok())
        return st.error();
    AuditVerification v;
    qint64 expectedSeq = 1;
    QString prev = kGenesis;
    SignatureRules rules;
    QList<RunRow> run;   // rows waiting for the signature at the end of their run
    QString runSigner;
    const auto unsignedRun = [&] {
        return Tr::tr("rows %1 to %2 are not signed by %3, who wrote them").arg(run.first().seq).arg(run.last().seq).arg(runSigner);
    };
    const auto counted = [&](qint64 rows, const QString &atUtc) {
        if (v.signedRows == 0)
            v.signingSinceUtc = atUtc;
        v.signedRows += rows;
    };
    for (;;) {
        auto row = st->next();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const qint64 seq = st->integer(0);
        const AuditEntry e{st->text(2), st->text(3), st->text(4), st->text(5), st->text(6),
                           st->text(7), st->text(8), st->text(9)};
        const QString signer = st->text(12);
        const QString signature = st->text(13);
        ++v.rows;
        QString problem;
        qint64 brokenAt = seq;
        if (seq != expectedSeq)
            problem = Tr::tr("row %1 follows row %2: rows are missing or out of order").arg(seq).arg(expectedSeq - 1);
        else if (st->text(10) != prev)
            problem = Tr::tr("row %1 does not link to the row before it").arg(seq);
        else if (AuditChain::rowHash(seq, st->text(1), e, prev) != st->text(11))
            problem = Tr::tr("row %1 was changed after it was written").arg(seq);
        else if (!run.isEmpty() && (signer != runSigner || (signature.isEmpty() && e.action == QLatin1String(kKeyRegistered)))) {
            problem = unsignedRun();
            brokenAt = run.first().seq;
        } else if (!signer.isEmpty() && signature.isEmpty() && e.action != QLatin1String(kKeyRegistered)) {
            // Signed with the rows after it, at the last row of its signer's run.
            if (signer != e.user && e.action != QLatin1String("sign_in_failed"))
                problem = Tr::tr("row %1 is in the name of %2 but signed by %3").arg(seq).arg(e.user, signer);
            else {
                run.append({seq, st->text(1), e});
                runSigner = signer;
            }
        } else if (!run.isEmpty()) {
            run.append({seq, st->text(1), e});
            problem = rules.checkRun(run, st->text(11), signer, signature);
            brokenAt = run.first().seq;
            if (problem.isEmpty())
                counted(run.size(), run.first().atUtc);
            run.clear();
        } else {
            problem = rules.check(seq, e, st->text(11), signer, signature);
            if (problem.isEmpty() && !signature.isEmpty())
                counted(1, st->text(1));
        }
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBroken = brokenAt;
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
    } else if (!run.isEmpty() && pendingRun(db).firstSeq != run.first().seq) {
        // Rows after the last signature: only the open transaction's own run, signed at its commit.
        v.intact = false;
        v.firstBroken = run.first().seq;
        v.problem = unsignedRun();
    }
    v.publicKeys = rules.allKeys;
    for (const QString &account : std::as_const(rules.active))
        v.accountRoles.insert(account, rules.roles.value(account));
    v.sealedKeyCommitments = rules.commitments;
    return v;
}

} // namespace muco
