#pragma once
// The device's sync token (its bearer secret at the central site), stored in `meta` encrypted
// under the sync key (SealedKeys::kSync), which is sealed to the accounts whose role may sync.
// The database key alone (a raw key printed by `db raw-key`, or leaked with a backup) no longer
// reads it (issue 11, C1: "any user can also read the device's sync token from meta"). Every
// role syncs, monitors included, so any account's own secret still opens it: this stops the
// key, not the people (docs/security.md).
#include "common/Result.h"
#include "common/SecureBytes.h"

namespace muco {

class Session;

class SyncToken {
public:
    // At sign-in: this account's copy of the sync key opened into the session, the holders
    // kept in step, and a token stored in clear (by a version from before) encrypted; on such
    // a site, the first signing-in account makes the key.
    static Status prepare(Session &session);
    // After an account was added, reset, changed role or left (as IdentityKey::reseal).
    static Status reseal(Session &session);

    // The stored token in clear; empty when none is stored. Refused, saying why, when it is
    // encrypted and this session holds no copy of the key.
    static Result<QString> read(Session &session);
    // Stores `token` encrypted, in the caller's transaction, under the session's key or, on a
    // site without one (its first enrolment, or every copy lost), a new one that the session
    // holds from then on (the caller drops it should its transaction roll back).
    static Status store(Session &session, const QString &token);
};

} // namespace muco
