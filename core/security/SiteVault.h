#pragma once
// Creating a site database and signing in to it: the only places where a database
// key is made or unwrapped.
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Kdf.h"
#include "security/Session.h"
#include <memory>

namespace muco {

struct SiteSetup {
    QString databasePath;
    QString siteCode;
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
    QString timeZone = QStringLiteral("UTC");
    KdfCost cost = KdfCost::standard();
};

// Checks shared by every place that takes one of these from a person.
Status validatePassword(const QString &password, const QString &field = QStringLiteral("password"));
Status validateUsername(const QString &username, const QString &field = QStringLiteral("user"));
Status validateSiteCode(const QString &code, const QString &field = QStringLiteral("site"));
QString normalizedUsername(const QString &username);

// Failed sign-ins beyond this many slow down exponentially.
constexpr int kFreeSignInAttempts = 5;
qint64 signInDelaySeconds(int failures);

class SiteVault {
public:
    // Returns the recovery key, to be shown once. Nothing is left behind on failure.
    static Result<QString> create(const SiteSetup &setup, const Clock &clock);
    static Result<std::unique_ptr<Session>> signIn(const QString &databasePath, const QString &username,
                                                   const QString &password, std::shared_ptr<Clock> clock);
    // Disaster recovery: the raw database key, opened with the recovery key's slot.
    static Result<SecureBytes> recoverKey(const QString &databasePath, const QString &recoveryKey);
};

} // namespace muco
