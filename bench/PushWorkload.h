#pragma once
// The changes a device of site GX01 pushes, shaped like real ones: one patient, then nine lab
// results of that patient (7 fields each), and so on. Used by the push and pull benchmarks.
#include "central/CentralStore.h"
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace muco::bench {

// Changes number `first` .. `first + count - 1` of the workload.
QJsonArray workload(int first, int count);

// Pushes `total` changes in batches of 500 through the store (in-process, no HTTP) and answers
// {changes, seconds, changes_per_s, changes_per_s_by_tenth}, or an object with "error".
QJsonObject measurePush(CentralStore &store, int total);

// A central backend with empty tables: embedded in `dir`, or PostgreSQL (its central tables are
// dropped and created again) when `conninfo` is given.
Result<std::unique_ptr<CentralBackend>> freshBackend(const QString &dir, const QString &conninfo);

} // namespace muco::bench
