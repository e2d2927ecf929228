#include "security/SyncToken.h"
#include "security/IdentityCipher.h"
#include "security/SealedKeys.h"
#include "security/Session.h"
#include <QCoreApplication>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncToken)
};

const auto kPurpose = QString::fromLatin1(SealedKeys::kSync);
const auto kMetaKey = QStringLiteral("sync_token");
// The token's associated data: a value sealed for anything else (an identity) does not open as it.
constexpr QByteArrayView kAssociatedData("mucotrack-sync-token-v1");

Result<bool> storedInClear(Session &session)
{
    MUCO_READ(stored, session.db().meta(kMetaKey));
    return !stored.isEmpty() && !IdentityCipher::isSealed(stored);
}

Status protect(Session &session, const SecureBytes &key)
{
    MUCO_READ(stored, session.db().meta(kMetaKey));
    if (stored.isEmpty() || IdentityCipher::isSealed(stored))
        return {};
    MUCO_TRY(session.db().putMeta(kMetaKey, IdentityCipher::sealValue(key, kAssociatedData, stored)));
    // A change of storage, not of the enrolment: recorded without the token, as at enrolment.
    return session.audit({{}, QStringLiteral("sync_token_encrypted"), QStringLiteral("meta"), kMetaKey, {}, {}, {}, {}});
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
    return SealedKeys::reconcile(session, kPurpose, SealedKeys::permissionFor(kPurpose), session.syncKey());
}

Result<QString> SyncToken::read(Session &session)
{
    MUCO_READ(stored, session.db().meta(kMetaKey));
    if (!IdentityCipher::isSealed(stored))
        return stored;   // empty, or from a version before: encrypted at the next sign-in
    if (session.syncKey().isEmpty()) {
        MUCO_READ(held, SealedKeys::exists(session.db(), kPurpose));
        if (!held)
            return Error::denied(Tr::tr("No account holds this device's sync key any more: an administrator must enrol "
                                        "the device again."));
        return Error::denied(Tr::tr("Your account holds no copy of this device's sync key yet: it gets one at the next "
                                    "sign-in of an account that holds it."));
    }
    auto token = IdentityCipher::openValue(session.syncKey(), kAssociatedData, QByteArrayView(stored.toUtf8()));
    if (!token)
        return Error::storage(Tr::tr("The stored sync token does not open with the sync key: it was altered. Enrol the "
                                     "device again."));
    return *token;
}

Status SyncToken::store(Session &session, const QString &token)
{
    if (session.syncKey().isEmpty()) {
        MUCO_READ(exists, SealedKeys::exists(session.db(), kPurpose));
        if (exists)
            return Error::denied(Tr::tr("Your account holds no copy of this device's sync key yet: it gets one at the "
                                        "next sign-in of an account that holds it. Then enrol again."));
        // The first enrolment, or every copy lost: the token is replaced anyway, so a new key may be.
        MUCO_READ(fresh, SealedKeys::create(session, kPurpose, true));
        if (fresh.isEmpty())
            return Error::denied(Tr::tr("The audit trail does not give your account a role that may sync."));
        session.setSyncKey(std::move(fresh));
    }
    return session.db().putMeta(kMetaKey, IdentityCipher::sealValue(session.syncKey(), kAssociatedData, token));
}

} // namespace muco
