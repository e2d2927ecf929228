#include "security/IdentityKey.h"
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
const std::array<QString, 3> kFields{QStringLiteral("name"), QStringLiteral("mrn"), QStringLiteral("phone")};

Result<qint64> sealedValues(Database &db)
{
    return db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM patient_identity WHERE name LIKE 'mt1:%' OR mrn LIKE 'mt1:%'"
                                       " OR phone LIKE 'mt1:%'"));
}

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
        MUCO_READ(st, db.prepare(QStringLiteral("SELECT id, name, mrn, phone FROM patient_identity")));
        MUCO_TRY(st.forEachRow([&](const Statement &r) { rows.append({r.text(0), {r.text(1), r.text(2), r.text(3)}}); }));
    }
    MUCO_READ(put, db.prepare(QStringLiteral("UPDATE patient_identity SET name = ?, mrn = ?, phone = ? WHERE id = ?")));
    qint64 count = 0;
    for (Row &row : rows) {
        bool plain = false;
        for (std::size_t i = 0; i < kFields.size(); ++i) {
            QString &v = row.values.at(i);
            if (v.isEmpty() || IdentityCipher::isSealed(v))
                continue;
            v = IdentityCipher::seal(key, row.id, kFields.at(i), v);
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
    for (Row &row : rows)
        for (QString &v : row.values)
            wipe(v);
    if (count == 0)
        return {};
    return session.audit({{}, QStringLiteral("identities_encrypted"), QStringLiteral("patient_identity"), {}, {}, {},
                          QString::number(count), {}});
}

} // namespace

Status IdentityKey::prepare(Session &session)
{
    if (!session.can(Permission::ViewIdentity))
        return {};
    MUCO_READ(key, SealedKeys::open(session, kPurpose));
    if (!key.isEmpty()) {
        // Held first: should the holders not be brought up to date (a read-only disk, a broken
        // trail), this account still reads what it may.
        session.setIdentityKey(std::move(key));
        return SealedKeys::reconcile(session, kPurpose, Permission::ViewIdentity, session.identityKey());
    }
    Database &db = session.db();
    MUCO_READ(held, SealedKeys::exists(db, kPurpose));
    if (held)
        return {};   // others hold it; one of them seals a copy to this account at their sign-in
    MUCO_READ(already, sealedValues(db));
    if (already > 0)
        return Error::storage(Tr::tr("Patients' identities are encrypted, but no account holds their key any more. Restore "
                                     "the site from a backup."));
    // The site's first key: sealed to its holders first, and the identities encrypted only
    // when this account is one of them, so that no identity is ever encrypted for nobody.
    SecureBytes fresh = SecureBytes::random(SealedKeys::kKeyBytes);
    Transaction tx(db);
    MUCO_TRY(tx.begun());
    MUCO_TRY(SealedKeys::reconcile(session, kPurpose, Permission::ViewIdentity, fresh));
    MUCO_READ(mine, SealedKeys::open(session, kPurpose));
    if (mine.isEmpty())
        return {};   // the chain does not give this account the role: nothing is kept
    MUCO_TRY(encryptStored(session, mine));
    MUCO_TRY(tx.commit());
    session.setIdentityKey(std::move(mine));
    return {};
}

Status IdentityKey::reseal(Session &session)
{
    if (session.identityKey().isEmpty())
        return {};
    return SealedKeys::reconcile(session, kPurpose, Permission::ViewIdentity, session.identityKey());
}

} // namespace muco
