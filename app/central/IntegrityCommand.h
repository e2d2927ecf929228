#pragma once
#include "CliContext.h"
#include "central/CentralStore.h"

namespace muco::cli {
// mucotrack-central integrity --data DIR [--all] [--json]: the open integrity alarms (devices
// whose audit trail lost its anchored head, randomizations that do not match the list); with
// --all, also the audit-trail alarms acknowledged, with when, by whom and why.
// mucotrack-central integrity acknowledge --device ID --reason TEXT --data DIR [--json]: the
// operator has looked at the device; its open alarms are acknowledged and its next sync anchors
// its audit trail as it now stands (AuditAnchors::acknowledge). Options are parsed by the caller.
int runIntegrity(CliContext &ctx, CentralStore &store);
} // namespace muco::cli
