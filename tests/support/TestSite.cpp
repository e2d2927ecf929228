#include "TestSite.h"
#include "security/Accounts.h"
#include "security/KeySlotFile.h"
#include "security/SiteVault.h"
#include <QtTest>

namespace muco::test {

TestSite::TestSite(const QString &siteCode)
    : m_clock(std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc())))
{
    SiteSetup setup{path(), siteCode, QStringLiteral("admin"), QStringLiteral("Site Admin"), kPassword,
                    QStringLiteral("Asia/Shanghai"), KdfCost::fast()};
    setup.testing = true;   // the cheap Argon2id cost is for tests (and the DEMO site) only
    auto created = SiteVault::create(setup, *m_clock);
    if (!created.ok()) {
        qWarning() << created.error().message;
        return;
    }
    m_recovery = created.value();
    auto admin = signIn(QStringLiteral("admin"));
    if (!admin)
        return;
    const QList<QPair<QString, Role>> staff = {{QStringLiteral("doctor"), Role::Investigator},
                                               {QStringLiteral("nurse"), Role::Nurse},
                                               {QStringLiteral("coord"), Role::Coordinator},
                                               {QStringLiteral("monitor"), Role::Monitor}};
    for (const auto &[name, role] : staff) {
        auto added = Accounts::add(*admin, name, name, role, kPassword, KdfCost::fast());
        if (!added.ok()) {
            qWarning() << added.error().message;
            return;
        }
    }
    m_ok = true;
}

std::unique_ptr<Session> TestSite::signIn(const QString &user, const QString &password) const
{
    auto s = SiteVault::signIn(path(), user, password, m_clock);
    if (!s.ok()) {
        qWarning() << s.error().message;
        return nullptr;
    }
    return std::move(s).value();
}

std::unique_ptr<Database> TestSite::openWithExtractedKey(const QString &user) const
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(path()));
    const KeySlot *slot = keys.ok() ? keys->find(QStringLiteral("user"), user) : nullptr;
    if (!slot)
        return nullptr;
    auto secrets = KeySlotFile::open(*slot, kPassword);
    if (!secrets.ok())
        return nullptr;
    auto db = Database::open(path(), secrets->databaseKey, keys->cipher, Database::Mode::OpenExisting);
    return db.ok() ? std::move(db).value() : nullptr;
}

} // namespace muco::test
