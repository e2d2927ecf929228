#pragma once
// The copies of a queried value that a query and its answers carry (queries.value_at_raise,
// query_messages.corrected_value), held at the central site as a monitor sees them: a birth
// date as its year (records/Minimisation). A query's copy names its target, so Minimisation
// reduces it alone; an answer's correction names only its query, looked up here.
#include "central/CentralBackend.h"
#include <QJsonObject>

namespace muco {

class PushBatch;

namespace QueryCopies {

// `change` with an answer's corrected value reduced as its query's target requires: a device
// from before 4aa66ae sends a corrected birth date whole. Other changes are returned as they are.
Result<QJsonObject> reduceAnswer(const QJsonObject &change, PushBatch &batch);

// Copies stored before the central site reduced them, reduced once (central_upgrades): in the
// records, the feed and the conflicts.
Status scrubStored(CentralBackend &backend);

} // namespace QueryCopies

} // namespace muco
