#pragma once
// Key keySlots beside the site database (PATH.keys): each wraps the one random database
// key under Argon2id(secret) with XChaCha20-Poly1305, so every account opens the same
// database offline and a password change rewrites one slot, never the database.
// The file also keeps what must survive a failed sign-in, when the database cannot be
// opened: the failure counters and the audit events waiting to enter the audit chain.
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "security/Kdf.h"
#include "storage/CipherSettings.h"
#include <QDateTime>
#include <QList>
#include <QMap>

namespace muco {

struct KeySlot {
    QString kind;   // "user" or "recovery"
    QString name;   // lower-case username, or "recovery"
    KdfCost cost;
    QByteArray salt, nonce, wrapped;
};

struct SignInFailures {
    int count = 0;
    QDateTime lastUtc;
};

struct PendingAuditEvent {
    QDateTime atUtc;
    QString user;
    QString action;
    QString detail;
};

class KeySlotFile {
public:
    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".keys"); }
    static Result<KeySlotFile> load(const QString &path);
    Status save() const;   // atomic (QSaveFile): the old file survives any failure

    static Result<KeySlot> wrap(const QString &kind, const QString &name, const QString &secret,
                                const SecureBytes &databaseKey, const KdfCost &cost);
    // Denied when the secret does not open the slot.
    static Result<SecureBytes> unwrap(const KeySlot &slot, const QString &secret);

    const KeySlot *find(const QString &kind, const QString &name) const;
    void put(KeySlot slot);   // replaces a slot of the same kind and name
    bool remove(const QString &kind, const QString &name);

    QString path;
    QString site;
    CipherSettings cipher;
    QList<KeySlot> keySlots;
    QMap<QString, SignInFailures> failures;
    QList<PendingAuditEvent> pendingAudit;
};

} // namespace muco
