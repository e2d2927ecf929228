#pragma once
// The device's side of anchoring its audit chain at the central site (docs/security.md,
// "Anchoring"; the central side is central/AuditAnchors). Each sync begins by asking the
// central site which row of this device's chain it anchored last (GET /v1/anchor), then
// sends the hash its chain holds now at that row with the new head, signed by the user
// syncing (POST). A chain rewritten or cut before that row cannot answer with the anchored
// hash: the central site refuses the sync and raises an alarm. Asking first keeps a lost
// answer harmless: the next run asks again.
// Then the device sends the public keys its verified chain registered (POST /v1/keys), by
// opaque account id, so that the central site checks its records' electronic signatures
// (central/CentralSignatures). Only when the chain registered a key since the last time: the
// chain is verified whole before any key leaves, so a key written in by someone holding the
// database key, without an administrator's signature, never reaches the central site.
#include "common/Result.h"
#include <QJsonObject>
#include <optional>

namespace muco {

class Session;

class AuditAnchoring {
public:
    // The POST body, from the central site's answer to the GET ({"anchored": {"seq", "hash"} or null}).
    static Result<QJsonObject> request(Session &session, const QJsonObject &anchoredAnswer);
    struct KeysRequest {
        QJsonObject body;     // what POST /v1/keys sends
        qint64 through = 0;   // the trail row of the last key it holds, for keysSent
    };
    // The keys to send, or nothing when no key was registered since the last ones sent. An
    // error when the chain does not verify (its keys cannot be vouched for).
    static Result<std::optional<KeysRequest>> keysRequest(Session &session);
    // The keys up to trail row `through` reached the central site: not sent again until another
    // is registered.
    static Status keysSent(Session &session, qint64 through);
    // A new enrolment: the next sync sends every key, and the records signed before, again.
    static Status forgetKeysSent(Session &session);
};

} // namespace muco
