#include "records/DemoSite.h"
#include "records/Patients.h"
#include "security/Accounts.h"
#include "security/SiteVault.h"
#include <QFileInfo>
#include <QRandomGenerator>

namespace muco {

QStringList DemoSite::usernames()
{
    return {QStringLiteral("admin"), QStringLiteral("doctor"), QStringLiteral("nurse"), QStringLiteral("coord"), QStringLiteral("monitor")};
}

Status DemoSite::ensure(const QString &path, const std::shared_ptr<Clock> &clock)
{
    if (QFileInfo::exists(path))
        return {};
    // The demo uses the cheap key derivation: its data is synthetic and its password public.
    SiteSetup setup{path, siteCode(), QStringLiteral("admin"), QStringLiteral("DEMO Administrator"), password(),
                    QStringLiteral("Asia/Shanghai"), KdfCost::fast()};
    auto created = SiteVault::create(setup, *clock);
    if (!created.ok())
        return created.error();
    auto admin = SiteVault::signIn(path, QStringLiteral("admin"), password(), clock);
    if (!admin.ok())
        return admin.error();
    const QList<std::tuple<QString, QString, Role>> staff = {
        {QStringLiteral("doctor"), QStringLiteral("DEMO Dr. Lin (oncologist)"), Role::Investigator},
        {QStringLiteral("nurse"), QStringLiteral("DEMO Nurse Huang"), Role::Nurse},
        {QStringLiteral("coord"), QStringLiteral("DEMO Coordinator Zhou"), Role::Coordinator},
        {QStringLiteral("monitor"), QStringLiteral("DEMO Monitor Xu"), Role::Monitor}};
    for (const auto &[name, display, role] : staff) {
        auto added = Accounts::add(**admin, name, display, role, password(), KdfCost::fast());
        if (!added.ok())
            return added.error();
    }
    // A fixed seed: every demo site looks the same, so training material can refer to it.
    QRandomGenerator rng(20261125);
    static const char *const family[] = {"Chen", "Li", "Wang", "Zhang", "Liu", "Huang", "Zhao", "Wu", "Zhou", "Xu"};
    static const char *const given[] = {"Wei", "Fang", "Jun", "Min", "Hua", "Lei", "Jing", "Tao", "Yan", "Bo"};
    auto coord = SiteVault::signIn(path, QStringLiteral("coord"), password(), clock);
    if (!coord.ok())
        return coord.error();
    const QDate today = clock->nowUtc().date();
    for (int i = 0; i < 20; ++i) {
        const QDate birth = today.addYears(-(35 + static_cast<int>(rng.bounded(40)))).addDays(-static_cast<int>(rng.bounded(365)));
        NewPatient p{{},
                     QStringLiteral("DEMO %1 %2").arg(QString::fromLatin1(family[rng.bounded(10)]), QString::fromLatin1(given[rng.bounded(10)])),
                     QStringLiteral("DEMO-%1").arg(100200 + i * 37),
                     {},
                     birth.toString(Qt::ISODate),
                     rng.bounded(4) == 0 ? QStringLiteral("female") : QStringLiteral("male")};
        auto added = Patients::add(**coord, p);
        if (!added.ok())
            return added.error();
    }
    return {};
}

} // namespace muco
