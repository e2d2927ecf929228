#include "security/IdentityKey.h"
#include "security/AuditChain.h"
#include "security/IdentityCipher.h"
#include "security/SealedKeys.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <array>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IdentityKey)
};

const auto kPurpose = QString::fromLatin1(SealedKeys::kIdentity);

// Every identity stored in clear, encrypted with `key`, in the caller's transaction. A change
// of storage, not of what the record says: the trail records one row for all of them.
Status encryptStored(Session &session, const SecureBytes &key)
{
    Database &db = session.db();
    struct Row {
        QString id;
        std::array<QString, 3> values;
    };
    QList<Row> rows;
    {
        // Only rows holding a value in clear (a scan inside SQLite: nothing to do is the rule).
        MUCO_READ(st, db.prepare(QStringLiteral(
            "SELECT id, name, mrn, phone FROM patient_identity WHERE substr(name, 1, 4) <> 'mt1:'"
            " OR substr(mrn, 1, 4) <> 'mt1:' OR substr(phone, 1, 4) <> 'mt1:'")));
        MUCO_TRY(st.forEachRow([&](const Statement &r) { rows.append({r.text(0), {r.text(1), r.text(2), r.text(3)}}); }));
    }
    if (rows.isEmpty())
        return {};
    // What was in clear must not stay readable in the file's free pages once encrypted.
    MUCO_TRY(db.exec(QStringLiteral("PRAGMA secure_delete = ON")));
    MUCO_READ(put, db.prepare(QStringLiteral("UPDATE patient_identity SET name = ?, mrn = ?, phone = ? WHERE id = ?")));
    qint64 count = 0;
    for (Row &row : rows) {
        bool plain = false;
        for (std::size_t i = 0; i < IdentityCipher::kFields.size(); ++i) {
            QString &v = row.values.at(i);
            if (v.isEmpty() || IdentityCipher::isSealed(v))
                continue;
            QString sealed = IdentityCipher::seal(key, row.id, IdentityCipher::fieldName(i), v);
            wipe(v);
            v = std::move(sealed);
            plain = true;
        }
        if (!plain)
            continue;
        for (int i = 0; i < 3; ++i)
            put.bind(i + 1, row.values.at(static_cast<std::size_t>(i)).isEmpty() ? QVariant() : QVariant(row.values.at(static_cast<std::size_t>(i))));
        put.bind(4, row.id);
        MUCO_TRY(put.run());
        put.reset();
        ++count;
    }
    (void)db.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (count == 0)
        return {};
    return session.audit({{}, QStringLiteral("identities_encrypted"), QStringLiteral("patient_identity"), {}, {}, {},
                          QString::number(count), {}});
}

} // namespace

bool &IdentityKey::skipForTests()
{
    static bool skip = false;
    return skip;
}

Status IdentityKey::prepare(Session &session)
{
    if (!session.can(Permission::ViewIdentity) || skipForTests())
        return {};
    MUCO_READ(key, SealedKeys::open(session, kPurpose));
    if (!key.isEmpty()) {
        // Held first: should the rest fail (a read-only disk, a broken trail), this account
        // still reads what it may.
        session.setIdentityKey(std::move(key));
        MUCO_TRY(SealedKeys::reconcile(session, kPurpose, Permission::ViewIdentity, session.identityKey()));
        // Anything in clear (written before the key, or by someone bypassing MucoTrack) is
        // encrypted now: a value in clear is shown as it is, so it must not stay so.
        Transaction tx(session.db());
        MUCO_TRY(tx.begun());
        MUCO_TRY(encryptStored(session, session.identityKey()));
        return tx.commit();
    }
    Database &db = session.db();
    Transaction tx(db);   // decided and done under the write lock: two first sign-ins make one key
    MUCO_TRY(tx.begun());
    MUCO_READ(held, SealedKeys::exists(db, kPurpose));
    if (held)
        return {};   // others hold it; one of them seals a copy to this account at their sign-in
    // Whether a key was ever made is the trail's word, not the tables' (which a key holder can
    // fill with values that look encrypted, to stop identities from ever being encrypted).
    MUCO_READ(chain, AuditChain::verify(db));
    if (!chain.intact)
        return Error::storage(Tr::tr("The audit trail is broken at row %1 (%2); patients' identities are not encrypted "
                                     "until it is repaired.").arg(chain.firstBroken).arg(chain.problem));
    if (chain.sealedKeyCommitments.contains(kPurpose))
        return Error::storage(Tr::tr("Patients' identities are encrypted, but no account holds their key any more. Restore "
                                     "the site from a backup."));
    // The site's first key: committed in the trail, sealed to its holders, and the identities
    // encrypted only when this account is one of them, so that none is encrypted for nobody.
    SecureBytes fresh = SecureBytes::random(SealedKeys::kKeyBytes);
    MUCO_TRY(SealedKeys::commit(session, kPurpose, fresh));
    MUCO_TRY(SealedKeys::reconcile(session, kPurpose, Permission::ViewIdentity, fresh));
    MUCO_READ(holders, SealedKeys::holders(db, kPurpose));
    if (!holders.contains(session.user().username))
        return {};   // the trail does not give this account the role: nothing is kept
    MUCO_TRY(SealedKeys::endorse(session, kPurpose, fresh));
    MUCO_TRY(encryptStored(session, fresh));
    MUCO_TRY(tx.commit());
    session.setIdentityKey(std::move(fresh));
    return {};
}

Status IdentityKey::reseal(Session &session)
{
    if (session.identityKey().isEmpty())
        return {};
    return SealedKeys::reconcile(session, kPurpose, Permission::ViewIdentity, session.identityKey());
}

} // namespace muco
