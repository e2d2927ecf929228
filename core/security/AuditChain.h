#pragma once
// The append-only, hash-chained audit trail. Each row's hash covers its own fields,
// its sequence number and the previous row's hash; the head (last seq and hash) is
// kept in meta, so an edited, deleted, reordered or truncated trail is found.
//
// The hash alone is unkeyed: anyone holding the database key could rewrite the trail and
// hash it again (issue 11, C1). So each row is also signed (Ed25519) by its author, over its
// hash, and therefore over everything before it. Authors' public keys are themselves rows of
// the chain (action key_registered), signed by the administrator who made the account;
// verify() checks every signature against the key registered for its author at that point.
// What that does not stop (removing rows from the end, rewriting the whole trail with keys
// of one's own from the first row on) is what anchoring the head at the central site is for.
#include "common/Result.h"
#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace muco {

class Database;

struct AuditEntry {
    QString user;
    QString action;      // create, update, delete, sign_in, sign_in_failed, ...
    QString table;
    QString recordId;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

struct AuditVerification {
    bool intact = true;
    qint64 rows = 0;
    qint64 signedRows = 0;      // rows proven by their author's signature (their own, or their run's)
    qint64 firstBroken = -1;   // seq of the first row that breaks the chain
    QString problem;
    // Every public key each account has had, as registered in the (verified) chain.
    QMap<QString, QList<QByteArray>> publicKeys;
    QString signingSinceUtc;   // time of the first signed row: anything signed before it had no key
    // Each active account's role as administrators set it in the chain (role ids; accounts that
    // were deactivated are left out): what the users table should say, proven by signatures.
    QMap<QString, QString> accountRoles;
    // Each sealed key's fingerprint (SealedKeys::fingerprint), by purpose, from the latest row
    // that made one (sealed_key_created) signed by an active account whose role may hold it.
    QMap<QString, QString> sealedKeyCommitments;
};

struct AuditHead {
    qint64 seq = 0;
    QString hash;
};

class SigningKey;

class AuditChain {
public:
    static constexpr auto kKeyRegistered = "key_registered";

    // Call inside the caller's transaction: the entry commits with the change it records.
    // `signer` signs the row; null only where no key exists (an account from before signing
    // keys, until its first sign-in), which verify() accepts only before the first signed row.
    // Inside a transaction, a signer's consecutive rows form a run signed once, at its last row,
    // when another signer's row follows or the transaction commits (runMessage); outside one,
    // and for a key registration, the row is signed at once.
    static Status append(Database &db, const AuditEntry &entry, const QDateTime &atUtc, const SigningKey *signer);
    // Records `key`'s public key as `owner`'s, signed by `signer` (an administrator, or the
    // owner itself for the site's first account and for accounts older than signing keys).
    static Status registerKey(Database &db, const QString &owner, const QByteArray &publicKey, const QString &why,
                              const QDateTime &atUtc, const SigningKey &signer);
    static Result<AuditVerification> verify(Database &db);
    // The public key the chain last registered for `owner` (empty when it registered none), as
    // registerKey noted it (registered_keys, migration 22), without reading nor verifying the
    // chain: what a sign-in compares the slot's key with. An insider holding the database key
    // can change it as he can extend the chain; verify() is what proves a registration.
    static Result<QByteArray> registeredKey(Database &db, const QString &owner);
    // The last row (0 and the genesis hash when empty), and the hash of row `seq` (empty if none).
    static Result<AuditHead> head(Database &db);
    static Result<QString> hashAt(Database &db, qint64 seq);
    // A row's hash: SHA-256 of its fields, its sequence number and the previous row's hash.
    static QString rowHash(qint64 seq, const QString &atUtc, const AuditEntry &entry, const QString &prevHash);
    // What a signer signs for a row: a domain label, the signer and the row's hash.
    static QByteArray signedMessage(const QString &signer, const QString &hash);
    // What a signer signs for the run of its rows firstSeq..lastSeq: the domain label, the
    // signer, the first row's sequence number and the last row's hash (which covers the run and
    // everything before it). A run of one row is signed as signedMessage.
    static QByteArray runMessage(const QString &signer, qint64 firstSeq, qint64 lastSeq, const QString &lastHash);
};

} // namespace muco
