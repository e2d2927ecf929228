#pragma once
// Creating a site database and signing in to it: the only places where a database
// key is made or unwrapped.
#include "common/Secret.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Kdf.h"
#include "security/Session.h"
#include <functional>
#include <memory>

namespace muco {

struct SiteSetup {
    QString databasePath;
    QString siteCode;
    QString adminUsername;
    QString adminDisplayName;
    Secret adminPassword;
    QString timeZone = QStringLiteral("UTC");
    KdfCost cost = KdfCost::standard();
    // A cost below KdfCost::standard() is accepted for the DEMO site and, with this set by the
    // test support code, for tests only; the database records the floor (meta kdf_floor), so
    // nothing in the key file can lower it (docs/security.md).
    bool testing = false;
};

class KeySlotFile;

// Checks shared by every place that takes one of these from a person.
Status validatePassword(const Secret &password, const QString &field = QStringLiteral("password"));
Status validateUsername(const QString &username, const QString &field = QStringLiteral("user"));
Status validateSiteCode(const QString &code, const QString &field = QStringLiteral("site"));
QString normalizedUsername(const QString &username);

// Failed sign-ins beyond this many slow down exponentially.
constexpr int kFreeSignInAttempts = 5;
qint64 signInDelaySeconds(int failures);

class SiteVault {
public:
    // DEMO and DEMO1..DEMO9: the DEMO site and the DEMO trial's sites, synthetic data whose
    // password is public, the only sites allowed the cheap key derivation without `testing`.
    static bool isDemoSite(const QString &siteCode);
    // Returns the recovery key, to be shown once. Nothing is left behind on failure.
    static Result<QString> create(const SiteSetup &setup, const Clock &clock);
    static Result<std::unique_ptr<Session>> signIn(const QString &databasePath, const QString &username,
                                                   const Secret &password, std::shared_ptr<Clock> clock);
    // A new recovery key for the signed-in site (administrators), shown once: its slot replaces
    // the recovery slot and its public key is registered in the audit chain, so that key
    // rotation seals the database key to it; the old recovery key opens nothing from now on
    // (backups made before keep their own key file, and the old key for them). For a lost or
    // exposed recovery key, and for a site whose recovery slot predates key rotation.
    static Result<QString> replaceRecoveryKey(Session &session, const KdfCost &cost);
    // Disaster recovery: the raw database key, opened with the recovery key's slot.
    static Result<SecureBytes> recoverKey(const QString &databasePath, const Secret &recoveryKey);
    // Changes the signed-in site's key file under its lock and seals it again with the next
    // generation, which is recorded in the database (in the caller's transaction, if any).
    // Inside a transaction, the file follows the transaction: a rollback puts the old one back.
    static Status rewriteKeyFile(Session &session, const std::function<Status(KeySlotFile &)> &change);
    // Refuses a cost below the site's floor (standard, or fast for the DEMO and test sites).
    static Status checkSlotCost(Database &db, const KdfCost &cost);
};

} // namespace muco
