#pragma once
// The device's side of anchoring its audit chain at the central site (docs/security.md,
// "Anchoring"; the central side is central/AuditAnchors). Each sync begins by sending the
// chain's head, signed by the user syncing, with the hash the chain now holds at the row the
// central site anchored last time. A chain rewritten or cut before that row cannot answer
// with the anchored hash: the central site refuses the sync and raises an alarm.
#include "common/Result.h"
#include <QJsonObject>

namespace muco {

class Session;

class AuditAnchoring {
public:
    static Result<QJsonObject> request(Session &session);
    // The central site's answer: the row it anchored, remembered for the next sync.
    static Status remember(Session &session, const QJsonObject &response);
};

} // namespace muco
