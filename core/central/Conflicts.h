#pragma once
// The central site's conflicts: a field a device changed where the central site holds another
// value. Opened and closed here only, so that every one is stored, answered to the device that
// pushed, and recorded in the central audit trail (which record and field, never the values:
// they are the trial's data, not the trail's).
#include "central/CentralBackend.h"
#include "common/Clock.h"
#include <QJsonArray>
#include <QJsonObject>

namespace muco {

// Where a conflict is and what raised it.
struct ConflictAt {
    QString site, table, record, field;
    QString deviceId;   // open: the device whose value lost; settle: the device whose change settled it
    QString changeId;   // the change that raised or settled it
};

namespace Conflicts {

// A conflict as devices receive it, from a row (id, table, record, field, central value,
// device value (canonical JSON text), status).
QJsonObject toJson(const QVariantList &row);

// Opens one: `central` and `device` as canonical JSON text; appended to `answer`.
Status open(CentralBackend &backend, const Clock &clock, const ConflictAt &at, const QString &central, const QString &device,
            QJsonArray &answer);

// Closes the open conflicts on at's field whose device value is `value` (canonical JSON text):
// a change made it the central value, so nothing is left to decide. Appended to `answer` as
// resolved, so that the devices close them too.
Status settle(CentralBackend &backend, const Clock &clock, const ConflictAt &at, const QString &value, QJsonArray &answer);

} // namespace Conflicts
} // namespace muco
