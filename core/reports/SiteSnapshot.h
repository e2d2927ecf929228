#pragma once
// A snapshot of one site's database for its reports and exports: the synced tables (never
// patient_identity) and the audit trail of their records, read in one read transaction so
// every table shows the same moment.
#include "common/Result.h"
#include "reports/TrialSnapshot.h"

namespace muco {

class Session;

Result<TrialSnapshot> siteSnapshot(Session &session);

} // namespace muco
