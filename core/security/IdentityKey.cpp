#include "security/IdentityKey.h"
#include "security/IdentityCipher.h"
#include "security/SealedKeys.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <array>

namespace muco {

namespace {

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
        MUCO_READ(st, db.prepare(IdentityKey::clearValuesQuery()));
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

QString IdentityKey::clearValuesQuery()
{
    // The WHERE of the partial index patient_identity_in_clear (migration 19), word for word,
    // so that SQLite reads the index and not the table.
    return QStringLiteral("SELECT id, name, mrn, phone FROM patient_identity INDEXED BY patient_identity_in_clear"
                          " WHERE substr(name, 1, 4) <> 'mt1:' OR substr(mrn, 1, 4) <> 'mt1:' OR substr(phone, 1, 4) <> 'mt1:'");
}

bool &IdentityKey::skipForTests()
{
    static bool skip = false;
    return skip;
}

Status IdentityKey::prepare(Session &session)
{
    if (skipForTests())
        return {};
    const SealedKeys::Use use{kPurpose, [](Session &) -> Result<bool> { return true; },
                              [](Session &s, const SecureBytes &key, bool) { return encryptStored(s, key); }};
    SecureBytes key;
    const Status prepared = SealedKeys::prepare(session, use, key);
    if (!key.isEmpty())
        session.setIdentityKey(std::move(key));
    return prepared;
}

Status IdentityKey::reseal(Session &session)
{
    if (session.identityKey().isEmpty())
        return {};
    return SealedKeys::reconcile(session, kPurpose, Permission::ViewIdentity, session.identityKey());
}

} // namespace muco
