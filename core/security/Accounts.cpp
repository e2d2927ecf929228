#include "security/Accounts.h"
#include "common/Ids.h"
#include "security/IdentityKey.h"
#include "security/KeyCertificate.h"
#include "security/SyncToken.h"
#include "security/KeyRotation.h"
#include "security/KeySlotFile.h"
#include "security/Session.h"
#include "security/SiteVault.h"
#include "security/AuditChain.h"
#include "security/SigningKey.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};
const auto kUserSlot = QStringLiteral("user");

// `user`'s slot wrapped under `password` with their signing key's seed (Argon2id runs here,
// outside the key file's lock); the caller puts it in the key file at the point of its
// transaction where a slot may appear.
Result<KeySlot> newSlot(Session &session, const QString &user, const Secret &password, const KdfCost &cost,
                        const SigningKey &signingKey)
{
    MUCO_TRY(SiteVault::checkSlotCost(session.db(), cost));
    return KeySlotFile::wrap(kUserSlot, user, password, session.databaseKey(), cost, &signingKey.seed());
}

// The sealed keys' holders after an account change, from this session's copies. Not part of
// the change's transaction: the change stands if this fails (a broken trail), and the next
// holder's sign-in does it (IdentityKey::prepare, SyncToken::prepare).
void resealKeys(Session &session)
{
    if (const Status resealed = IdentityKey::reseal(session); !resealed.ok())
        qWarning("identity key not re-sealed: %s", qPrintable(resealed.error().message));
    if (const Status resealed = SyncToken::reseal(session); !resealed.ok())
        qWarning("sync key not re-sealed: %s", qPrintable(resealed.error().message));
    // The change certified for the central site at once (the next administrator's sign-in
    // otherwise): a new key or role counts there only with a certificate.
    if (const Status certified = KeyCertificates::prepare(session); !certified.ok())
        qWarning("keys not certified: %s", qPrintable(certified.error().message));
}

// A new key pair for `user`, its public key registered in the chain by the administrator.
Status registerNewKey(Session &session, const SigningKey &key, const QString &why)
{
    if (session.signingKey().isNull())
        return Error::denied(Tr::tr("Your account has no signing key yet; sign in again."));
    return AuditChain::registerKey(session.db(), key.owner(), key.publicKey(), why, session.now(), session.signingKey());
}
} // namespace

Result<Account> Accounts::add(Session &session, const QString &username, const QString &displayName, Role role,
                              const Secret &password, const KdfCost &cost)
{
    MUCO_TRY(session.require(Permission::ManageUsers));
    MUCO_TRY(validateUsername(username, QStringLiteral("name")));
    MUCO_TRY(validatePassword(password, QStringLiteral("new-password")));
    const QString user = normalizedUsername(username);
    Account account{newUuid(), user, displayName.trimmed().isEmpty() ? user : displayName.trimmed(), role, true};

    Database &db = session.db();
    Transaction tx(db);
    MUCO_TRY(tx.begun());
    auto exists = db.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    if (!exists.ok())
        return exists.error();
    exists->bind(1, user);
    auto found = exists->next();
    if (!found.ok())
        return found.error();
    if (found.value())
        return Error::invalid(QStringLiteral("name"), Tr::tr("an account named %1 already exists").arg(user));

    const QString now = isoUtc(session.now());
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO users (id, username, display_name, role, active, created_utc, modified_utc) VALUES (?,?,?,?,1,?,?)"));
    if (!ins.ok())
        return ins.error();
    ins->bind(1, account.id).bind(2, user).bind(3, account.displayName).bind(4, roleId(role)).bind(5, now).bind(6, now);
    MUCO_TRY(ins->run());
    MUCO_TRY(session.audit({{}, QStringLiteral("create"), QStringLiteral("users"), user, QStringLiteral("role"), {}, roleId(role), {}}));
    MUCO_TRY(session.audit({{}, QStringLiteral("create"), QStringLiteral("users"), user, QStringLiteral("display_name"), {}, account.displayName, {}}));
    const SigningKey signingKey = SigningKey::generate(user);
    MUCO_TRY(registerNewKey(session, signingKey, QStringLiteral("account created")));

    // The slot is written before the commit; should the commit fail, the key file goes back
    // as it was (SiteVault::rewriteKeyFile), so an account never exists without a way to sign
    // in, nor a slot without an account.
    MUCO_READ(slot, newSlot(session, user, password, cost, signingKey));
    MUCO_TRY(SiteVault::rewriteKeyFile(session, [&](KeySlotFile &f) {
        f.put(slot);
        return Status{};
    }));
    MUCO_TRY(tx.commit());
    resealKeys(session);
    return account;
}

Result<QList<Account>> Accounts::list(Session &session)
{
    // Staff accounts are the administrator's business (a monitor could list them all).
    MUCO_TRY(session.require(Permission::ManageUsers));
    auto st = session.db().prepare(QStringLiteral(
        "SELECT id, username, display_name, role, active FROM users ORDER BY username"));
    if (!st.ok())
        return st.error();
    QList<Account> out;
    MUCO_TRY(st->forEachRow([&](const Statement &row) {
        auto role = parseRole(row.text(3));
        out.append({row.text(0), row.text(1), row.text(2), role.ok() ? role.value() : Role::Monitor, row.integer(4) != 0});
    }));
    return out;
}

Result<QHash<QString, QString>> Accounts::displayNames(Session &session, const QSet<QString> &usernames)
{
    MUCO_TRY(session.require(Permission::ViewPatients));
    QHash<QString, QString> out;
    // Each name asked for, read alone (a record's few signers): never the table's rows at large.
    MUCO_READ(st, session.db().prepare(QStringLiteral("SELECT display_name FROM users WHERE username = ?")));
    for (const QString &user : usernames) {
        if (user.isEmpty())
            continue;
        st.reset();
        st.bind(1, user);
        MUCO_READ(found, st.next());
        if (found && !st.text(0).trimmed().isEmpty())
            out.insert(user, st.text(0));
    }
    return out;
}

Status Accounts::resetPassword(Session &session, const QString &username, const Secret &newPassword, const KdfCost &cost)
{
    MUCO_TRY(session.require(Permission::ManageUsers));
    MUCO_TRY(validatePassword(newPassword, QStringLiteral("new-password")));
    const QString user = normalizedUsername(username);
    auto exists = session.db().prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ? AND active = 1"));
    if (!exists.ok())
        return exists.error();
    exists->bind(1, user);
    auto found = exists->next();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::invalid(QStringLiteral("name"), Tr::tr("no active account is named %1").arg(user));
    // The old signing key is wrapped under the forgotten password: the account gets a new
    // pair, registered by the administrator; what was signed with the old key stays valid.
    // An administrator resetting their own password keeps the key their session signs with.
    const bool own = user == session.user().username;
    const SigningKey fresh = own ? SigningKey() : SigningKey::generate(user);
    MUCO_READ(slot, newSlot(session, user, newPassword, cost, own ? session.signingKey() : fresh));
    Transaction tx(session.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(session.audit({{}, QStringLiteral("password_reset"), QStringLiteral("users"), user, {}, {}, {}, {}}));
    if (!own)
        MUCO_TRY(registerNewKey(session, fresh, QStringLiteral("password reset")));
    MUCO_TRY(SiteVault::rewriteKeyFile(session, [&](KeySlotFile &f) {
        f.put(slot);
        f.failures.remove(user);
        return Status{};
    }));
    MUCO_TRY(tx.commit());
    resealKeys(session);   // the new key pair gets its copy
    return {};
}

namespace {
struct StoredAccount {
    QString role;
    bool active = false;
};

Result<std::optional<StoredAccount>> storedAccount(Session &session, const QString &user)
{
    auto st = session.db().prepare(QStringLiteral("SELECT role, active FROM users WHERE username = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, user);
    auto found = st->next();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return std::optional<StoredAccount>();
    return std::optional<StoredAccount>(StoredAccount{st->text(0), st->integer(1) != 0});
}

Result<qint64> activeAdministrators(Session &session)
{
    auto st = session.db().prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1"));
    if (!st.ok())
        return st.error();
    st->bind(1, roleId(Role::Administrator));
    auto found = st->next();
    if (!found.ok())
        return found.error();
    return st->integer(0);
}

// The account to change, active, with a reason: the checks setRole and deactivate share.
Result<StoredAccount> accountToChange(Session &session, const QString &user, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("a reason is required to change an account"));
    MUCO_READ(stored, storedAccount(session, user));
    if (!stored || !stored->active)
        return Error::invalid(QStringLiteral("name"), Tr::tr("no active account is named %1").arg(user));
    return *stored;
}

Status keepsAnAdministrator(Session &session, const StoredAccount &account)
{
    if (account.role != roleId(Role::Administrator))
        return {};
    MUCO_READ(admins, activeAdministrators(session));
    if (admins <= 1)
        return Error::invalid(QStringLiteral("role"), Tr::tr("this is the site's last active administrator; make another "
                                                             "administrator first"));
    return {};
}

Status markChanged(Session &session, const QString &user, const QString &column, const QVariant &value)
{
    // Column names come from this file only, never from input.
    auto st = session.db().prepare(QStringLiteral("UPDATE users SET %1 = ?, modified_utc = ? WHERE username = ?").arg(column));
    if (!st.ok())
        return st.error();
    st->bind(1, value).bind(2, isoUtc(session.now())).bind(3, user);
    return st->run();
}
} // namespace

Status Accounts::setRole(Session &session, const QString &username, Role role, const QString &reason)
{
    MUCO_TRY(session.require(Permission::ManageUsers));
    const QString user = normalizedUsername(username);
    Transaction tx(session.db());
    MUCO_TRY(tx.begun());
    MUCO_READ(account, accountToChange(session, user, reason));
    if (account.role == roleId(role))
        return {};
    MUCO_TRY(keepsAnAdministrator(session, account));
    MUCO_TRY(markChanged(session, user, QStringLiteral("role"), roleId(role)));
    MUCO_TRY(session.audit({{}, QStringLiteral("update"), QStringLiteral("users"), user, QStringLiteral("role"), account.role,
                            roleId(role), reason.trimmed()}));
    MUCO_TRY(tx.commit());
    resealKeys(session);   // a new role that may not see identities loses its copy at once
    return {};
}

Status Accounts::deactivate(Session &session, const QString &username, const QString &reason)
{
    MUCO_TRY(session.require(Permission::ManageUsers));
    const QString user = normalizedUsername(username);
    if (user == session.user().username)
        return Error::invalid(QStringLiteral("name"), Tr::tr("you cannot deactivate your own account"));
    {
        Transaction tx(session.db());
        MUCO_TRY(tx.begun());
        MUCO_READ(account, accountToChange(session, user, reason));
        MUCO_TRY(keepsAnAdministrator(session, account));
        // Before anything changes: every other slot must take the new database key.
        MUCO_TRY(KeyRotation::checkRotatable(session, user));
        MUCO_TRY(markChanged(session, user, QStringLiteral("active"), QVariant(qint64(0))));
        MUCO_TRY(session.audit({{}, QStringLiteral("deactivate"), QStringLiteral("users"), user, QStringLiteral("active"),
                                QStringLiteral("1"), QStringLiteral("0"), reason.trimmed()}));
        // Recorded with the deactivation: should the rotation below not finish, the next
        // sign-in does it.
        MUCO_TRY(KeyRotation::markDue(session.db()));
        // The account could read the device's sync token: the next sync replaces it at the
        // central site, so a copy kept opens nothing there (SyncToken::markReplacementDue).
        MUCO_TRY(SyncToken::markReplacementDue(session));
        // The slot goes last, just before the commit: if the key file cannot be rewritten the
        // transaction rolls back and the account stays as it was.
        MUCO_TRY(SiteVault::rewriteKeyFile(session, [&](KeySlotFile &f) {
            f.remove(kUserSlot, user);
            f.failures.remove(user);
            return Status{};
        }));
        MUCO_TRY(tx.commit());
    }
    // The departed user may have kept the database key (unwrapped with their password) and a
    // copy of the key file: the database goes under a new key that only the remaining slots
    // hold.
    resealKeys(session);
    Status rotated = KeyRotation::rotate(session, QStringLiteral("account %1 deactivated").arg(user));
    if (!rotated.ok())
        return Error::storage(Tr::tr("%1 is deactivated, but the database key was not replaced yet (%2). It is replaced at "
                                     "the next sign-in.").arg(user, rotated.error().message));
    return {};
}

Status Accounts::changeOwnPassword(Session &session, const Secret &oldPassword, const Secret &newPassword,
                                   const KdfCost &cost)
{
    MUCO_TRY(validatePassword(newPassword, QStringLiteral("new-password")));
    MUCO_TRY(session.confirmPassword(oldPassword));
    const QString user = session.user().username;
    MUCO_READ(slot, newSlot(session, user, newPassword, cost, session.signingKey()));
    Transaction tx(session.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(session.audit({{}, QStringLiteral("password_changed"), QStringLiteral("users"), user, {}, {}, {}, {}}));
    MUCO_TRY(SiteVault::rewriteKeyFile(session, [&](KeySlotFile &f) {
        f.put(slot);
        return Status{};
    }));
    return tx.commit();
}

} // namespace muco
