#include "security/SealedKeys.h"
#include "security/AuditChain.h"
#include "security/KeySlotFile.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <optional>

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

Result<SecureBytes> SealedKeys::open(Session &session, const QString &purpose)
{
    if (session.signingKey().isNull())
        return SecureBytes();
    MUCO_READ(st, session.db().prepare(QStringLiteral("SELECT box_public, sealed FROM sealed_keys WHERE purpose = ? AND owner = ?")));
    st.bind(1, purpose).bind(2, session.user().username);
    MUCO_READ(found, st.next());
    if (!found)
        return SecureBytes();
    const QByteArray sealed = QByteArray::fromHex(st.text(1).toLatin1());
    st.reset();
    auto key = KeySlotFile::openSealed(session.signingKey().seed(), sealed);
    // A copy sealed to an older key of this account (before a password reset) opens nothing
    // until a holder seals it again: the account simply holds no key yet.
    if (!key.ok() || key->size() != kKeyBytes)
        return SecureBytes();
    return std::move(key).value();
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
    MUCO_READ(proven, provenHolders(session, permission));
    if (proven == current)
        return tx ? tx->commit() : Status{};

    MUCO_READ(del, db.prepare(QStringLiteral("DELETE FROM sealed_keys WHERE purpose = ? AND owner = ?")));
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (proven.contains(it.key()))
            continue;
        del.bind(1, purpose).bind(2, it.key());
        MUCO_TRY(del.run());
        del.reset();
    }
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

} // namespace muco
