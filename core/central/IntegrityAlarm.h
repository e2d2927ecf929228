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
    // An audit-trail alarm the operator acknowledged (`integrity acknowledge`): when, by whom
    // (the server account) and why. Empty while it is open.
    QString acknowledgedUtc;
    QString acknowledgedBy;
    QString reason;
};

} // namespace muco
