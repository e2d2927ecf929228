#pragma once
// A throwaway site database for tests: cheap Argon2id, one account per role, a frozen clock.
#include "common/Clock.h"
#include "security/Session.h"
#include <QTemporaryDir>
#include <memory>

namespace muco::test {

inline const QString kPassword = QStringLiteral("test-password-1");

class TestSite {
public:
    // Creates the site and the accounts: admin, doctor (investigator), nurse, coord, monitor.
    explicit TestSite(const QString &siteCode = QStringLiteral("GX01"));
    bool ok() const { return m_ok; }
    QString path() const { return m_dir.path() + QStringLiteral("/site.db"); }
    QString dir() const { return m_dir.path(); }
    QString recoveryKey() const { return m_recovery; }
    std::shared_ptr<FixedClock> clock() const { return m_clock; }
    std::unique_ptr<Session> signIn(const QString &user, const QString &password = kPassword) const;
    // The insider's way in (issue 11, C1): `user` unwraps his own slot outside MucoTrack and
    // opens the database with the raw key; null when that fails.
    std::unique_ptr<Database> openWithExtractedKey(const QString &user) const;

private:
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    QString m_recovery;
    bool m_ok = false;
};

} // namespace muco::test
