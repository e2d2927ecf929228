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

} // namespace muco
