#pragma once
// Key slots beside the site database (PATH.keys), so every account opens the same database
// offline and a password change rewrites one slot, never the database. Two levels (scheme 2,
// docs/security.md "Key rotation"): the slot's secret (password, recovery key) unwraps, under
// Argon2id and XChaCha20-Poly1305, the slot's own 32-byte Ed25519 seed (an account's signing
// key); the database key is sealed (crypto_box_seal) to the X25519 form of that key. Sealing
// needs only the public key, so the database key can be replaced and sealed again for every
// slot without anyone's password. Scheme 1 (before key rotation) wrapped the database key
// itself under the password; such a slot is rewritten in scheme 2 at its owner's sign-in.
//
// The file is authenticated and versioned (docs/security.md, H2). Its "sealed" part (site,
// cipher settings, slots, generation, and the failure counters as they were at sealing) is
// covered by a MAC (crypto_auth) under a sub-key of the database key (crypto_kdf); the
// database records the generation (meta key_file_generation), so an edited file fails the
// MAC and an older one is below the recorded generation. The rest is the "journal": what
// must survive a failed sign-in, when no key is at hand to seal it: the failure counters
// and the sign-in failures waiting to enter the audit chain. The journal cannot be sealed,
// so it is checked against the sealed snapshot instead (journalProblem()).
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "security/Kdf.h"
#include "storage/CipherSettings.h"
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <functional>

namespace muco {

struct KeySlot {
    QString kind;   // "user" or "recovery"
    QString name;   // lower-case username, or "recovery"
    KdfCost cost;
    QByteArray salt, nonce, wrapped;
    int scheme = 2;           // 1: `wrapped` is the database key (+ seed); 2: `wrapped` is the seed
    QByteArray boxPublic;     // scheme 2: the X25519 form of the slot's Ed25519 key
    QByteArray sealedKey;     // scheme 2: the database key sealed to boxPublic
};

struct SignInFailures {
    int count = 0;
    QDateTime lastUtc;
};

// A failed sign-in waiting to be audited. Its action is always "sign_in_failed" and its
// detail one of kFailureReasons: nothing else from the file reaches the audit chain.
struct PendingAuditEvent {
    QDateTime atUtc;
    QString user;
    QString action;
    QString detail;
    bool operator==(const PendingAuditEvent &) const = default;
};

class KeySlotFile {
public:
    enum class Seal { Valid, Missing, Invalid };

    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".keys"); }
    // Parses and range-checks everything (cipher settings, slot costs); does not check the
    // seal, which needs the database key (verify()).
    static Result<KeySlotFile> load(const QString &path);
    // The same from the file's bytes already read (`path` names it in messages and is kept).
    static Result<KeySlotFile> parse(const QString &path, const QByteArray &bytes);

    // Seals the file under the database key with generation max(generation, floor) + 1
    // and writes it atomically. The caller records `generation` in the database after.
    Status seal(const SecureBytes &databaseKey, quint64 generationFloor = 0);
    // Writes the journal only; the sealed part goes back byte for byte as loaded.
    Status saveJournal() const;
    // Read-modify-write under the file lock (QLockFile PATH.lock): the file is loaded again
    // inside the lock, `change` applied, then sealed (databaseKey given: the loaded file's
    // seal must be valid, or missing when allowUnsealed) or saved as journal only.
    static Result<KeySlotFile> update(const QString &path, const std::function<Status(KeySlotFile &)> &change,
                                      const SecureBytes *databaseKey = nullptr, quint64 generationFloor = 0,
                                      bool allowUnsealed = false);

    // Runs `work` holding the file's lock (the one update() takes), so that nothing else
    // writes the key file meanwhile (the key rotation writes two files and the database).
    // GoOn: should the lock file itself not be writable (a full disk), `work` runs unlocked;
    // only for work that writes nothing (a rename), since no other program can write either.
    enum class Unwritable { Fail, GoOn };
    static Status locked(const QString &path, const std::function<Status()> &work, Unwritable unwritable = Unwritable::Fail);

    Seal verify(const SecureBytes &databaseKey) const;
    // Empty when the journal is consistent with the sealed counters: every user's counter is
    // at least its sealed value and exceeds it by exactly the number of its pending events,
    // each of which is a sign-in failure with a known reason. Otherwise what is wrong.
    QString journalProblem() const;

    // A scheme 2 slot: `seed` (an account's signing key; a random one when null, for the
    // recovery slot, whose caller should pass its own to register its public key) wrapped
    // under Argon2id(secret), and the database key sealed to the seed's X25519 form.
    static Result<KeySlot> wrap(const QString &kind, const QString &name, const Secret &secret,
                                const SecureBytes &databaseKey, const KdfCost &cost,
                                const SecureBytes *seed = nullptr);
    // Seals `databaseKey` anew to a scheme 2 slot's public key: no secret, no Argon2id.
    static Status reseal(KeySlot &slot, const SecureBytes &databaseKey);
    // The X25519 key a slot with this Ed25519 public key seals the database key to.
    static QByteArray boxPublicFor(const QByteArray &signingPublicKey);
    // `key` sealed (crypto_box_seal) to an X25519 public key; empty when that key is malformed.
    // Also what SealedKeys seals its keys with, to the same per-account key.
    static QByteArray sealToBox(const QByteArray &boxPublic, const SecureBytes &key);
    // Opens what sealToBox sealed to the X25519 form of `seed`'s key pair (an account's signing
    // seed); denied when it was sealed to another key or altered.
    static Result<SecureBytes> openSealed(const SecureBytes &seed, const QByteArray &sealed);
    struct Secrets {
        SecureBytes databaseKey;
        SecureBytes signingSeed;   // empty in a scheme 1 slot written before signing keys
    };
    // Denied when the secret does not open the slot.
    static Result<Secrets> open(const KeySlot &slot, const Secret &secret);
    static Result<SecureBytes> unwrap(const KeySlot &slot, const Secret &secret);

    // Whose key the audit chain registers for a slot: the account's, or for the recovery slot
    // "#recovery" (no user name can begin with '#'), registered when the site is created.
    static QString chainOwner(const KeySlot &slot);
    static QString nextPath(const QString &keyFilePath) { return keyFilePath + QStringLiteral(".next"); }
    // The file as it was before a rewrite inside a database transaction (SiteVault), kept as
    // a hard link until the transaction ends.
    static QString undoPath(const QString &keyFilePath) { return keyFilePath + QStringLiteral(".undo"); }
    // The database's meta key that records the generation of the file in force.
    static QString generationMetaKey() { return QStringLiteral("key_file_generation"); }
    // Under the lock: a rewrite whose generation the database did not record (its transaction
    // rolled back, or the program died before the commit) is undone by putting the kept file
    // back; one it recorded is kept. The kept file is gone afterwards. True when it was put back.
    static Result<bool> settleUndo(const QString &path, quint64 recordedGeneration);

    const KeySlot *find(const QString &kind, const QString &name) const;
    void put(KeySlot slot);   // replaces a slot of the same kind and name
    bool remove(const QString &kind, const QString &name);
    // Records a failed sign-in in the journal (counter and pending event).
    void addFailure(const QString &user, const QDateTime &now, const QString &reason);

    static const QStringList &failureReasons();

    QString path;
    QString site;
    CipherSettings cipher;
    QList<KeySlot> keySlots;
    quint64 generation = 0;               // sealed; also in the database's meta
    QMap<QString, int> sealedFailures;    // the counters as they were when sealed
    QMap<QString, SignInFailures> failures;
    QList<PendingAuditEvent> pendingAudit;

private:
    QJsonObject sealedContent() const;
    QJsonObject m_loadedSealed;   // the sealed part exactly as read
    QByteArray m_loadedMac;
};

} // namespace muco
