#pragma once
// The device's side of anchoring its audit chain at the central site (docs/security.md,
// "Anchoring"; the central side is central/AuditAnchors). Each sync begins by asking the
// central site which row of this device's chain it anchored last (GET /v1/anchor), then
// sends the hash its chain holds now at that row with the new head, signed by the user
// syncing (POST). A chain rewritten or cut before that row cannot answer with the anchored
// hash: the central site refuses the sync and raises an alarm. Asking first keeps a lost
// answer harmless: the next run asks again.
#include "common/Result.h"
#include <QJsonObject>

namespace muco {

class Session;

class AuditAnchoring {
public:
    // The POST body, from the central site's answer to the GET ({"anchored": {"seq", "hash"} or null}).
    static Result<QJsonObject> request(Session &session, const QJsonObject &anchoredAnswer);
};

} // namespace muco
