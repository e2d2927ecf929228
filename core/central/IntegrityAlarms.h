#pragma once
// Everything `mucotrack-central integrity` reports, in one list: devices whose audit chain lost
// its anchored head (AuditAnchors) and randomizations that do not match the allocation list
// (AllocationList, reconciled first). Oldest first.
#include "central/CentralStore.h"
#include "central/IntegrityAlarm.h"
#include <QList>

namespace muco {

Result<QList<IntegrityAlarm>> integrityAlarms(CentralStore &store);

} // namespace muco
