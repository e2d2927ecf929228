#pragma once
// One finding of `mucotrack-central integrity`: a device whose audit chain lost its anchored
// head (AuditAnchors), or a randomization that does not match the allocation list
// (AllocationList's reconciliation).
#include <QString>

namespace muco {

struct IntegrityAlarm {
    QString deviceId;
    QString site;
    QString seenUtc;
    QString detail;
};

} // namespace muco
