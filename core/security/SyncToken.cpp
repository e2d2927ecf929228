#include "security/SyncToken.h"
#include "common/Sha256.h"
#include "common/Ids.h"
#include "security/AuditChain.h"
#include "security/IdentityCipher.h"
#include "security/SealedKeys.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QFile>
#include <optional>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncToken)
};

const auto kPurpose = QString::fromLatin1(SealedKeys::kSync);
const auto kMetaKey = QStringLiteral("sync_token");
const auto kDueKey = QStringLiteral("sync_token_replacement_due");
const auto kPendingKey = QStringLiteral("sync_token_next");
const auto kPendingDueKey = QStringLiteral("sync_token_next_due");   // the count of departures it answers

// "mucotrack-sync-token-v2", then the server, device id, CA path and the SHA-256 of the CA's
// bytes, one per line: a token opens only for the destination it was stored for.
QByteArray associatedData(const SyncToken::Destination &to)
{
    QByteArray caDigest;
    if (!to.caCert.isEmpty()) {
        QFile ca(to.caCert);
        if (ca.open(QIODevice::ReadOnly)) {
            caDigest = sha256(ca.readAll()).toHex();
        } else {
            caDigest = "unreadable";
        }
    }
    return QByteArrayLiteral("mucotrack-sync-token-v2\n") + to.server.toUtf8() + '\n' + to.deviceId.toUtf8() + '\n'
        + to.caCert.toUtf8() + '\n' + caDigest;
}

Result<SyncToken::Destination> storedDestination(Session &session)
{
    MUCO_READ(server, session.db().meta(QStringLiteral("sync_server")));
    MUCO_READ(device, session.db().meta(QStringLiteral("sync_device_id")));
    MUCO_READ(caCert, session.db().meta(QStringLiteral("sync_ca_cert")));
    return SyncToken::Destination{server, device, caCert};
}

// A token in clear is one from before encryption only while the verified trail is intact and
// has never committed a sync key; after that it was put there outside MucoTrack (to be sent, or
// to be encrypted as if it were the site's). Why it is not one from before, or empty if it is.
Result<QString> clearTokenRefusal(Session &session)
{
    MUCO_READ(chain, AuditChain::verify(session.db()));
    if (!chain.intact)
        return Tr::tr("The stored sync token is in clear and the audit trail is broken at row %1 (%2): "
                      "it is not used until the trail is repaired.").arg(chain.firstBroken).arg(chain.problem);
    if (chain.sealedKeyCommitments.contains(kPurpose))
        return Tr::tr("The stored sync token is in clear, but this device encrypts it: it was replaced "
                      "outside MucoTrack. Enrol the device again.");
    return QString();
}

Result<bool> storedInClear(Session &session)
{
    MUCO_READ(stored, session.db().meta(kMetaKey));
    if (stored.isEmpty() || IdentityCipher::isSealed(stored))
        return false;
    MUCO_READ(refusal, clearTokenRefusal(session));
    return refusal.isEmpty();
}

// Encrypts a token from before, with the key just made for it; nothing else is ever encrypted
// here (a token in clear beside a key already made is refused by read(), not adopted).
Status protect(Session &session, const SecureBytes &key, bool made)
{
    if (!made)
        return {};
    MUCO_READ(stored, session.db().meta(kMetaKey));
    if (stored.isEmpty() || IdentityCipher::isSealed(stored))
        return {};
    MUCO_READ(to, storedDestination(session));
    // The token in clear must not stay readable in the file's free pages.
    MUCO_TRY(session.db().exec(QStringLiteral("PRAGMA secure_delete = ON")));
    const Status put = session.db().putMeta(kMetaKey, IdentityCipher::sealValue(key, associatedData(to), stored));
    (void)session.db().exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    MUCO_TRY(put);
    // A change of storage, not of the enrolment: recorded without the token, as at enrolment.
    return session.audit({{}, QStringLiteral("sync_token_encrypted"), QStringLiteral("meta"), kMetaKey, {}, {}, {}, {}});
}

// A pending token is bound to where it goes too, and told apart from the token itself, so that
// neither can stand in for the other.
QByteArray pendingAssociatedData(const SyncToken::Destination &to)
{
    return associatedData(to) + QByteArrayLiteral("\nnext");
}

// `stored` opened with the session's sync key or, should that fail, with the account's copy of
// the key as it is now: another program (a `sync now` beside the app) may have replaced the key
// since this session opened its copy. Nothing when neither opens it.
Result<std::optional<QString>> openSealed(Session &session, const QByteArray &associated, const QString &stored)
{
    const QByteArray bytes = stored.toUtf8();
    if (!session.syncKey().isEmpty())
        if (auto opened = IdentityCipher::openValue(session.syncKey(), associated, QByteArrayView(bytes)))
            return opened;
    MUCO_READ(key, SealedKeys::open(session, kPurpose));
    if (key.isEmpty() || key.equals(session.syncKey()))
        return std::optional<QString>();
    auto opened = IdentityCipher::openValue(key, associated, QByteArrayView(bytes));
    if (opened)
        session.setSyncKey(std::move(key));
    return opened;
}

} // namespace

Status SyncToken::prepare(Session &session)
{
    const SealedKeys::Use use{kPurpose, storedInClear, protect};
    SecureBytes key;
    const Status prepared = SealedKeys::prepare(session, use, key);
    if (!key.isEmpty())
        session.setSyncKey(std::move(key));
    return prepared;
}

Status SyncToken::reseal(Session &session)
{
    if (session.syncKey().isEmpty())
        return {};
    // Another program may have replaced the key since this session opened its copy (a token
    // replaced): the key as it is now is sealed, never an old one; none, if this account no
    // longer holds it.
    MUCO_READ(current, SealedKeys::open(session, kPurpose));
    if (current.isEmpty())
        return {};
    if (!current.equals(session.syncKey()))
        session.setSyncKey(std::move(current));
    return SealedKeys::reconcile(session, kPurpose, SealedKeys::permissionFor(kPurpose), session.syncKey());
}

Result<QString> SyncToken::read(Session &session, const Destination &to)
{
    MUCO_READ(stored, session.db().meta(kMetaKey));
    if (stored.isEmpty())
        return stored;
    if (!IdentityCipher::isSealed(stored)) {
        MUCO_READ(refusal, clearTokenRefusal(session));
        if (!refusal.isEmpty())
            return Error::storage(refusal);
        return stored;   // from a version before: encrypted at the next sign-in
    }
    if (session.syncKey().isEmpty()) {
        // A copy sealed since this session began (an enrolment elsewhere) opens now.
        MUCO_READ(key, SealedKeys::open(session, kPurpose));
        if (!key.isEmpty())
            session.setSyncKey(std::move(key));
    }
    if (session.syncKey().isEmpty()) {
        MUCO_READ(held, SealedKeys::exists(session.db(), kPurpose));
        if (!held)
            return Error::denied(Tr::tr("No account holds this device's sync key any more: an administrator must enrol "
                                        "the device again."));
        return Error::denied(Tr::tr("Your account holds no copy of this device's sync key: it is sealed to an account "
                                    "when an account that holds it signs in, if the audit trail gives the account a "
                                    "role that may sync."));
    }
    MUCO_READ(token, openSealed(session, associatedData(to), stored));
    if (!token)
        return Error::storage(Tr::tr("The stored sync token does not open: it, the central site's address, the device "
                                     "id or the certificate was changed outside MucoTrack. Enrol the device again."));
    return *token;
}

Status SyncToken::store(Session &session, const QString &token, const Destination &to, SecureBytes &made)
{
    // A new key at every enrolment, sealed to every holder in place of the old one.
    MUCO_READ(fresh, SealedKeys::create(session, kPurpose, true));
    if (fresh.isEmpty())
        return Error::denied(Tr::tr("The audit trail does not give your account a role that may sync."));
    MUCO_TRY(session.db().putMeta(kMetaKey, IdentityCipher::sealValue(fresh, associatedData(to), token)));
    // A token stored fresh ends any replacement: one drawn before and not this one was refused
    // or never sent (the central site holds the token just stored).
    MUCO_TRY(session.db().putMeta(kPendingKey, {}));
    MUCO_TRY(session.db().putMeta(kPendingDueKey, {}));
    MUCO_TRY(session.db().putMeta(kDueKey, {}));
    made = std::move(fresh);
    return {};
}

Status SyncToken::markReplacementDue(Session &session)
{
    MUCO_READ(stored, session.db().meta(kMetaKey));
    if (stored.isEmpty())
        return {};
    // A count, not a flag: a token drawn before this account left (and which it may have read)
    // is replaced again once it is taken (adopt).
    MUCO_READ(due, session.db().meta(kDueKey));
    return session.db().putMeta(kDueKey, QString::number(due.toLongLong() + 1));
}

Result<bool> SyncToken::replacementUnderway(Session &session)
{
    MUCO_READ(due, session.db().meta(kDueKey));
    MUCO_READ(pending, session.db().meta(kPendingKey));
    return !due.isEmpty() || !pending.isEmpty();
}

Result<SyncToken::Pending> SyncToken::pending(Session &session, const Destination &to)
{
    // Under the write lock: two programs syncing at once send the same token.
    Transaction tx(session.db());
    MUCO_TRY(tx.begun());
    MUCO_READ(stored, session.db().meta(kPendingKey));
    if (!stored.isEmpty()) {
        MUCO_READ(drawn, openSealed(session, pendingAssociatedData(to), stored));
        if (drawn) {
            MUCO_TRY(tx.commit());
            return Pending{*drawn, false};
        }
        // Sealed for another destination or outside MucoTrack: never sent from here. Drawn anew.
    }
    MUCO_READ(current, read(session, to));
    if (current.isEmpty())
        return Error::storage(Tr::tr("This device holds no sync token to replace; enrol it again."));
    MUCO_READ(due, session.db().meta(kDueKey));
    // A new sync key first, sealed to the accounts that may sync now, under which both tokens are
    // stored. Made before anything is sent, so that a key that cannot be made (a broken trail)
    // stops the replacement here, never after the central site took the new token.
    MUCO_READ(fresh, SealedKeys::create(session, kPurpose, true));
    if (fresh.isEmpty())
        return Error::denied(Tr::tr("The audit trail does not give your account a role that may sync."));
    const QString next = randomHex(32);
    MUCO_TRY(session.db().putMeta(kMetaKey, IdentityCipher::sealValue(fresh, associatedData(to), current)));
    MUCO_TRY(session.db().putMeta(kPendingKey, IdentityCipher::sealValue(fresh, pendingAssociatedData(to), next)));
    MUCO_TRY(session.db().putMeta(kPendingDueKey, due));
    MUCO_TRY(tx.commit());
    session.setSyncKey(std::move(fresh));
    return Pending{next, true};
}

Status SyncToken::discardPending(Session &session, const QString &token, const Destination &to)
{
    Transaction tx(session.db());
    MUCO_TRY(tx.begun());
    MUCO_READ(stored, session.db().meta(kPendingKey));
    if (stored.isEmpty())
        return {};
    MUCO_READ(drawn, openSealed(session, pendingAssociatedData(to), stored));
    if (!drawn || *drawn != token)
        return {};
    MUCO_TRY(session.db().putMeta(kPendingKey, {}));
    MUCO_TRY(session.db().putMeta(kPendingDueKey, {}));
    return tx.commit();
}

Result<bool> SyncToken::adopt(Session &session, const QString &token, const Destination &to)
{
    Transaction tx(session.db());
    MUCO_TRY(tx.begun());
    // Still the pending token? Not when another program stored it already, or when the device
    // was enrolled again meanwhile (store() cleared it): then nothing here changes.
    MUCO_READ(stored, session.db().meta(kPendingKey));
    if (stored.isEmpty())
        return false;
    MUCO_READ(drawn, openSealed(session, pendingAssociatedData(to), stored));
    if (!drawn || *drawn != token)
        return false;
    MUCO_TRY(session.db().putMeta(kMetaKey, IdentityCipher::sealValue(session.syncKey(), associatedData(to), token)));
    MUCO_READ(due, session.db().meta(kDueKey));
    MUCO_READ(dueWhenDrawn, session.db().meta(kPendingDueKey));
    MUCO_TRY(session.db().putMeta(kPendingKey, {}));
    MUCO_TRY(session.db().putMeta(kPendingDueKey, {}));
    // An account that left after the token was drawn may have read it: replaced again.
    if (due == dueWhenDrawn)
        MUCO_TRY(session.db().putMeta(kDueKey, {}));
    MUCO_TRY(session.audit({{}, QStringLiteral("sync_token_replaced"), QStringLiteral("meta"), kMetaKey, {}, {}, {}, {}}));
    MUCO_TRY(tx.commit());
    return true;
}

} // namespace muco
