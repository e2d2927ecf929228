#pragma once
// Site accounts. Accounts are local to the site (they never sync); each change is
// audited and keeps the account's key slot in step with the users table.
#include "common/Secret.h"
#include "common/Result.h"
#include "security/Kdf.h"
#include "security/Roles.h"
#include <QHash>
#include <QList>
#include <QSet>

namespace muco {

class Session;

struct Account {
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Monitor;
    bool active = true;
};

class Accounts {
public:
    static Result<Account> add(Session &session, const QString &username, const QString &displayName, Role role,
                               const Secret &password, const KdfCost &cost = KdfCost::standard());
    // Administrators only (ManageUsers).
    static Result<QList<Account>> list(Session &session);
    // The display names of the accounts `usernames` names, for whoever sees the records they
    // signed: a signed record shows its signer's printed name (21 CFR 11.50), where a user name
    // ("doctor") said little (a walkthrough). Only those asked for (no one lists the staff this
    // way); a name with no account here (another device's, an opaque id) is left out.
    static Result<QHash<QString, QString>> displayNames(Session &session, const QSet<QString> &usernames);
    // The display names of those who signed `rows` (`signerOf` gives a row's user name); none
    // when they cannot be read: a list then shows the user names.
    template <typename Rows, typename SignerOf>
    static QHash<QString, QString> signerNames(Session &session, const Rows &rows, SignerOf signerOf)
    {
        QSet<QString> signers;
        for (const auto &row : rows)
            signers.insert(signerOf(row));
        return displayNames(session, signers).value_or({});
    }
    // An administrator sets a new password for a user who forgot theirs: one slot rewritten.
    static Status resetPassword(Session &session, const QString &username, const Secret &newPassword,
                                const KdfCost &cost = KdfCost::standard());
    // An administrator changes a user's role (staff change jobs), with a reason; audited.
    // The last active administrator keeps the role, so the site is never left unmanageable.
    static Status setRole(Session &session, const QString &username, Role role, const QString &reason);
    // Staff who leave: the account is kept (its name stays on everything it signed and in the
    // audit trail), marked inactive, and its key slot is removed, so its password opens nothing.
    // Never one's own account, nor the last active administrator.
    static Status deactivate(Session &session, const QString &username, const QString &reason);
    // The signed-in user's own password: checks the old one, rewrites one slot.
    static Status changeOwnPassword(Session &session, const Secret &oldPassword, const Secret &newPassword,
                                    const KdfCost &cost = KdfCost::standard());
};

} // namespace muco
