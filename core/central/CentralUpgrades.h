#pragma once
// One-off upgrades of what a central store already holds (a value kept whole before the central
// site kept less of it), each run once per store and recorded in central_upgrades.
#include "central/CentralBackend.h"
#include <functional>

namespace muco::CentralUpgrades {

// Runs `work` in one transaction with writes locked, unless an upgrade of that name is
// recorded (asked again under the lock: another process may be opening the same store), and
// records it in the same transaction.
Status runOnce(CentralBackend &backend, const QString &name, const std::function<Status()> &work);

} // namespace muco::CentralUpgrades
