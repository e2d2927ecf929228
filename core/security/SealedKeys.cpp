#include "security/SealedKeys.h"
#include "security/AuditChain.h"
#include "security/KeySlotFile.h"
#include "security/Session.h"
#include "security/SigningKey.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <optional>
#include <sodium.h>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SealedKeys)
};

const auto kUserSlot = QStringLiteral("user");

// Who should hold the key by the users table and the key file: the database's own word, only
// compared with the holders to see whether the chain need be asked at all.
Result<QMap<QString, QByteArray>> claimedHolders(Session &session, Permission permission)
{
    MUCO_READ(file, KeySlotFile::load(KeySlotFile::pathFor(session.databasePath())));
    MUCO_READ(st, session.db().prepare(QStringLiteral("SELECT username, role FROM users WHERE active = 1")));
    QMap<QString, QByteArray> out;
    MUCO_TRY(st.forEachRow([&](const Statement &row) {
        const auto role = parseRole(row.text(1));
        const KeySlot *slot = file.find(kUserSlot, row.text(0));
        if (role.ok() && roleAllows(role.value(), permission) && slot && slot->scheme == 2)
            out.insert(row.text(0), slot->boxPublic);
    }));
    return out;
}

// Who should hold the key by the verified chain: roles as administrators set them, each
// account's latest registered key.
Result<QMap<QString, QByteArray>> provenHolders(Session &session, Permission permission)
{
    MUCO_READ(chain, AuditChain::verify(session.db()));
    if (!chain.intact)
        return Error::storage(Tr::tr("The audit trail is broken at row %1 (%2); no key is sealed to anyone until it is "
                                     "repaired.").arg(chain.firstBroken).arg(chain.problem));
    QMap<QString, QByteArray> out;
    for (auto it = chain.accountRoles.cbegin(); it != chain.accountRoles.cend(); ++it) {
        const auto role = parseRole(it.value());
        const QList<QByteArray> keys = chain.publicKeys.value(it.key());
        if (!role.ok() || !roleAllows(role.value(), permission) || keys.isEmpty())
            continue;
        const QByteArray box = KeySlotFile::boxPublicFor(keys.last());
        if (!box.isEmpty())
            out.insert(it.key(), box);
    }
    return out;
}

// Removes the copies of `purpose` held by those of `holders` who are not in `keep`.
Status removeCopies(Database &db, const QString &purpose, const QMap<QString, QByteArray> &holders,
                    const QMap<QString, QByteArray> &keep)
{
    MUCO_READ(del, db.prepare(QStringLiteral("DELETE FROM sealed_keys WHERE purpose = ? AND owner = ?")));
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (keep.contains(it.key()))
            continue;
        del.bind(1, purpose).bind(2, it.key());
        MUCO_TRY(del.run());
        del.reset();
    }
    return {};
}

QString names(const QMap<QString, QByteArray> &holders)
{
    return holders.keys().join(QLatin1Char(' '));
}

} // namespace

Result<QMap<QString, QByteArray>> SealedKeys::holders(Database &db, const QString &purpose)
{
    MUCO_READ(st, db.prepare(QStringLiteral("SELECT owner, box_public FROM sealed_keys WHERE purpose = ?")));
    st.bind(1, purpose);
    QMap<QString, QByteArray> out;
    MUCO_TRY(st.forEachRow([&](const Statement &row) { out.insert(row.text(0), QByteArray::fromHex(row.text(1).toLatin1())); }));
    return out;
}

Result<bool> SealedKeys::exists(Database &db, const QString &purpose)
{
    MUCO_READ(st, db.prepare(QStringLiteral("SELECT 1 FROM sealed_keys WHERE purpose = ? LIMIT 1")));
    st.bind(1, purpose);
    return st.next();
}

Permission SealedKeys::permissionFor(const QString &purpose)
{
    // An unknown purpose falls to the narrowest permission nobody but an administrator holds.
    if (purpose == QLatin1String(kIdentity))
        return Permission::ViewIdentity;
    if (purpose == QLatin1String(kSync))
        return Permission::SyncNow;
    return Permission::ManageUsers;
}

QString SealedKeys::describe(const QString &purpose)
{
    if (purpose == QLatin1String(kIdentity))
        return Tr::tr("patients' identities");
    if (purpose == QLatin1String(kSync))
        return Tr::tr("the sync token");
    return purpose;
}

QString SealedKeys::fingerprint(const QString &purpose, const SecureBytes &key)
{
    initSodium();
    const QByteArray message = QStringLiteral("mucotrack-sealed-key-v1:%1").arg(purpose).toUtf8();
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), crypto_generichash_BYTES,
                       reinterpret_cast<const unsigned char *>(message.constData()), static_cast<unsigned long long>(message.size()),
                       key.data(), key.size());
    return QString::fromLatin1(out.toHex());
}

namespace {

QByteArray endorsementMessage(const QString &purpose, const QString &owner, const QString &fingerprint)
{
    return QStringLiteral("mucotrack-sealed-key-endorsement-v1:%1:%2:%3").arg(purpose, owner, fingerprint).toUtf8();
}

// A copy that does not open, or is not the committed key, goes: a holder seals the right one
// at their next sign-in (reconcile compares only who holds a copy and to which public key).
void dropOwnCopy(Session &session, const QString &purpose)
{
    (void)removeCopies(session.db(), purpose, {{session.user().username, {}}}, {});
}

} // namespace

Result<SecureBytes> SealedKeys::open(Session &session, const QString &purpose)
{
    if (session.signingKey().isNull())
        return SecureBytes();
    MUCO_READ(st, session.db().prepare(QStringLiteral("SELECT sealed, endorsement FROM sealed_keys WHERE purpose = ? AND owner = ?")));
    st.bind(1, purpose).bind(2, session.user().username);
    MUCO_READ(found, st.next());
    if (!found)
        return SecureBytes();
    const QByteArray sealed = QByteArray::fromHex(st.text(0).toLatin1());
    const QByteArray endorsement = QByteArray::fromHex(st.text(1).toLatin1());
    st.reset();
    auto key = KeySlotFile::openSealed(session.signingKey().seed(), sealed);
    if (!key.ok() || key->size() != kKeyBytes) {
        // Sealed to an older key of this account (before a password reset), or damaged.
        dropOwnCopy(session, purpose);
        return SecureBytes();
    }
    const QString print = fingerprint(purpose, key.value());
    const QString me = session.user().username;
    if (SigningKey::verify(session.signingKey().publicKey(), endorsementMessage(purpose, me, print), endorsement))
        return std::move(key).value();
    // Not endorsed yet (a new copy) or endorsed for another key: the trail decides.
    MUCO_READ(chain, AuditChain::verify(session.db()));
    if (!chain.intact)
        return SecureBytes();   // nothing can be checked; the copy stays for when it is repaired
    if (chain.sealedKeyCommitments.value(purpose) != print) {
        dropOwnCopy(session, purpose);
        return SecureBytes();
    }
    (void)endorse(session, purpose, key.value());   // best effort: a read-only disk checks again next time
    return std::move(key).value();
}

Status SealedKeys::commit(Session &session, const QString &purpose, const SecureBytes &key)
{
    return session.audit({{}, QString::fromLatin1(kCreated), QStringLiteral("sealed_keys"), purpose, QStringLiteral("fingerprint"),
                          {}, fingerprint(purpose, key), {}});
}

Status SealedKeys::endorse(Session &session, const QString &purpose, const SecureBytes &key)
{
    const QString me = session.user().username;
    const QByteArray signature = session.signingKey().sign(endorsementMessage(purpose, me, fingerprint(purpose, key)));
    MUCO_READ(st, session.db().prepare(QStringLiteral("UPDATE sealed_keys SET endorsement = ? WHERE purpose = ? AND owner = ?")));
    st.bind(1, QString::fromLatin1(signature.toHex())).bind(2, purpose).bind(3, me);
    return st.run();
}

Status SealedKeys::reconcile(Session &session, const QString &purpose, Permission permission, const SecureBytes &key)
{
    if (key.size() != kKeyBytes)
        return Error::storage(QStringLiteral("SealedKeys::reconcile: a key of the wrong size"));
    Database &db = session.db();
    std::optional<Transaction> tx;
    if (!db.inTransaction()) {
        tx.emplace(db);
        MUCO_TRY(tx->begun());
    }
    MUCO_READ(current, holders(db, purpose));
    MUCO_READ(claimed, claimedHolders(session, permission));
    if (claimed == current)
        return tx ? tx->commit() : Status{};
    auto provenOr = provenHolders(session, permission);
    if (!provenOr.ok()) {
        // The trail does not verify: nothing is sealed, but whoever the users table no longer
        // gives the role loses the copy (a demotion is not held up by a broken trail).
        MUCO_TRY(removeCopies(db, purpose, current, claimed));
        if (tx)
            MUCO_TRY(tx->commit());
        return provenOr.error();
    }
    const QMap<QString, QByteArray> proven = std::move(provenOr).value();
    if (proven == current)
        return tx ? tx->commit() : Status{};

    MUCO_TRY(removeCopies(db, purpose, current, proven));
    MUCO_READ(put, db.prepare(QStringLiteral("INSERT OR REPLACE INTO sealed_keys (purpose, owner, box_public, sealed) VALUES (?,?,?,?)")));
    for (auto it = proven.cbegin(); it != proven.cend(); ++it) {
        if (current.value(it.key()) == it.value())
            continue;
        const QByteArray sealed = KeySlotFile::sealToBox(it.value(), key);
        if (sealed.isEmpty())
            return Error::storage(Tr::tr("The key of %1 registered in the audit trail is malformed.").arg(it.key()));
        put.bind(1, purpose).bind(2, it.key()).bind(3, QString::fromLatin1(it.value().toHex()))
            .bind(4, QString::fromLatin1(sealed.toHex()));
        MUCO_TRY(put.run());
        put.reset();
    }
    // Who holds which key is part of the trail: a holder added or removed, never the key.
    MUCO_TRY(session.audit({{}, QStringLiteral("keys_sealed"), QStringLiteral("sealed_keys"), purpose, QStringLiteral("holders"),
                            names(current), names(proven), {}}));
    return tx ? tx->commit() : Status{};
}

Result<SecureBytes> SealedKeys::create(Session &session, const QString &purpose, bool replace)
{
    Database &db = session.db();
    // Whether a key was ever made is the trail's word, not the tables' (which a key holder can
    // fill with values that look encrypted, so that nothing would ever be encrypted).
    MUCO_READ(chain, AuditChain::verify(db));
    if (!chain.intact)
        return Error::storage(Tr::tr("The audit trail is broken at row %1 (%2); no key is made for %3 until it is repaired.")
                                  .arg(chain.firstBroken).arg(chain.problem, describe(purpose)));
    if (chain.sealedKeyCommitments.contains(purpose) && !replace)
        return Error::storage(Tr::tr("No account holds the key to %1 any more. Restore the site from a backup.").arg(describe(purpose)));
    if (replace) {
        MUCO_READ(st, db.prepare(QStringLiteral("DELETE FROM sealed_keys WHERE purpose = ?")));
        st.bind(1, purpose);
        MUCO_TRY(st.run());
    }
    SecureBytes fresh = SecureBytes::random(kKeyBytes);
    MUCO_TRY(commit(session, purpose, fresh));
    MUCO_TRY(reconcile(session, purpose, permissionFor(purpose), fresh));
    MUCO_READ(now, holders(db, purpose));
    if (!now.contains(session.user().username))
        return SecureBytes();   // nothing is encrypted for nobody: the caller keeps nothing
    MUCO_TRY(endorse(session, purpose, fresh));
    return fresh;
}

Status SealedKeys::prepare(Session &session, const Use &use, SecureBytes &held)
{
    const Permission permission = permissionFor(use.purpose);
    if (!session.can(permission))
        return {};
    MUCO_READ(key, open(session, use.purpose));
    if (!key.isEmpty()) {
        held = std::move(key);
        MUCO_TRY(reconcile(session, use.purpose, permission, held));
        // Anything in clear (written before the key, or by someone bypassing MucoTrack) is
        // encrypted now: a value in clear is read as it is, so it must not stay so.
        Transaction tx(session.db());
        MUCO_TRY(tx.begun());
        MUCO_TRY(use.protect(session, held, false));
        return tx.commit();
    }
    Transaction tx(session.db());   // decided and done under the write lock: two first sign-ins make one key
    MUCO_TRY(tx.begun());
    MUCO_READ(exists, SealedKeys::exists(session.db(), use.purpose));
    if (exists)
        return {};   // others hold it; one of them seals a copy to this account at their sign-in
    MUCO_READ(wanted, use.wanted(session));
    if (!wanted)
        return {};
    MUCO_READ(fresh, create(session, use.purpose));
    if (fresh.isEmpty())
        return {};
    MUCO_TRY(use.protect(session, fresh, true));
    MUCO_TRY(tx.commit());
    held = std::move(fresh);
    return {};
}

} // namespace muco
