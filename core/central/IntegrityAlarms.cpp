#include "central/IntegrityAlarms.h"
#include "central/AllocationList.h"
#include "central/AuditAnchors.h"
#include <algorithm>

namespace muco {

Result<QList<IntegrityAlarm>> integrityAlarms(CentralStore &store, bool acknowledged)
{
    MUCO_READ(anchors, AuditAnchors(store.backend(), store.clock()).alarms(acknowledged));
    MUCO_READ(randomization, store.allocationList().alarms());
    QList<IntegrityAlarm> all = anchors + randomization;
    // ISO 8601 UTC strings sort as the instants they name.
    std::stable_sort(all.begin(), all.end(), [](const IntegrityAlarm &a, const IntegrityAlarm &b) { return a.seenUtc < b.seenUtc; });
    return all;
}

} // namespace muco
