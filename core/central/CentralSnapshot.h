#pragma once
// A snapshot of the whole trial as the central site holds it (every site's synced records,
// their change feed as the audit trail), for the same reports and exports a site makes of its
// own data (core/reports, core/export).
#include "central/CentralBackend.h"
#include "reports/TrialSnapshot.h"

namespace muco {

Result<TrialSnapshot> centralSnapshot(CentralBackend &backend, const QDateTime &nowUtc);

} // namespace muco
