#include "central/CentralUpgrades.h"
#include "common/Clock.h"
#include <QDateTime>

namespace muco::CentralUpgrades {

Status runOnce(CentralBackend &backend, const QString &name, const std::function<Status()> &work)
{
    const QString recorded = QStringLiteral("SELECT 1 FROM central_upgrades WHERE name = ?");
    MUCO_READ(done, backend.query(recorded, {name}));
    if (!done.isEmpty())
        return {};
    CentralTransaction tx(backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(backend.lockWrites());
    MUCO_READ(doneMeanwhile, backend.query(recorded, {name}));
    if (!doneMeanwhile.isEmpty())
        return {};
    MUCO_TRY(work());
    MUCO_TRY(backend.exec(QStringLiteral("INSERT INTO central_upgrades (name, done_utc) VALUES (?, ?)"),
                          {name, isoUtc(QDateTime::currentDateTimeUtc())}));
    return tx.commit();
}

} // namespace muco::CentralUpgrades
