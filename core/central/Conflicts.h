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
    QString deviceId;   // the device whose push raised or closed it (the trail's actor)
    QString changeId;   // the change that raised or closed it
};

namespace Conflicts {

// A conflict as devices receive it, from a row (id, table, record, field, central value,
// device value (canonical JSON text), status).
QJsonObject toJson(const QVariantList &row);

// Opens one: `central` and `device` as canonical JSON text; appended to `answer`. It belongs to
// `owner` (the device whose value lost), at.deviceId's when empty.
Status open(CentralBackend &backend, const Clock &clock, const ConflictAt &at, const QString &central, const QString &device,
            QJsonArray &answer, const QString &owner = {});

// Closes the conflict a resolution names (`conflictId`, of at.site), as at.changeId of
// at.deviceId; at's table, record and field are read from it. Recorded in the trail when it was
// still open.
Status resolve(CentralBackend &backend, const Clock &clock, const QString &conflictId, ConflictAt at);

// An open conflict: the device whose value it holds, and that value (canonical JSON text).
struct Held {
    QString deviceId;
    QString deviceValue;
};
// Closes every open conflict on at's field (a signature settled it) and returns them; appended
// to `answer` as resolved, so that the devices close them too.
Result<QList<Held>> closeAll(CentralBackend &backend, const Clock &clock, const ConflictAt &at, QJsonArray &answer);

} // namespace Conflicts
} // namespace muco
