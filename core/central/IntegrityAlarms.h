#pragma once
// Everything `mucotrack-central integrity` reports, in one list: devices whose audit chain lost
// its anchored head (AuditAnchors) and randomizations that do not match the allocation list
// (AllocationList, reconciled first). Oldest first.
#include "central/CentralStore.h"
#include "central/IntegrityAlarm.h"
#include <QList>

namespace muco {

// With `acknowledged`, the audit-trail alarms the operator acknowledged are listed too.
Result<QList<IntegrityAlarm>> integrityAlarms(CentralStore &store, bool acknowledged = false);

// A device's alarms as they are kept (`integrity_alarms`, each with its kind beside it in
// `integrity_alarm_kinds`; the first kind, a chain that lost its anchor, has none: `kind` ""),
// in the caller's transaction. Raised once while one of the same kind (and `detail`, when
// given) is open: a device refused at every sync would fill the operator's list with one finding.
namespace DeviceAlarms {
Result<bool> isOpen(CentralBackend &backend, const QString &deviceId, const QString &kind, const QString &detail = {});
Status raise(CentralBackend &backend, const QString &deviceId, const QString &site, const QString &kind, const QString &seenUtc,
             const QString &detail);
} // namespace DeviceAlarms

} // namespace muco
