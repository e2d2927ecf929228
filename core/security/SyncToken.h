#pragma once
// The device's sync token (its bearer secret at the central site), stored in `meta` encrypted
// under the sync key (SealedKeys::kSync), which is sealed to the accounts whose role may sync.
// The database key alone (a raw key printed by `db raw-key`, or leaked with a backup) no longer
// reads it (issue 11, C1: "any user can also read the device's sync token from meta"). The
// token is bound to where it is sent (server, device id, CA certificate path and bytes), so
// that whoever holds the database key cannot point it at a host of his own. Every role syncs,
// monitors included, so any account's own secret still opens it: this stops the key, not the
// people (docs/security.md).
#include "common/Result.h"
#include "common/SecureBytes.h"
#include <QString>

namespace muco {

class Session;

class SyncToken {
public:
    // Where the token goes: bound into its encryption (associated data).
    struct Destination {
        QString server;
        QString deviceId;
        QString caCert;   // path of a CA certificate, or empty; its bytes are bound too
    };

    // At sign-in: this account's copy of the sync key opened into the session and the holders
    // kept in step. On a site from before, whose token is in clear and whose trail never
    // committed a sync key, the first account to sign in makes the key and encrypts the token.
    static Status prepare(Session &session);
    // After an account was added, reset, changed role or left (as IdentityKey::reseal).
    static Status reseal(Session &session);

    // The stored token in clear; empty when none is stored. Refused, saying why, when this
    // account holds no copy of the key, when the token or where it goes was changed outside
    // MucoTrack, or when a token in clear stands where the trail says one was encrypted.
    static Result<QString> read(Session &session, const Destination &to);
    // Stores `token` for `to`, in the caller's transaction, under a new sync key sealed to
    // every holder in place of the old one (so that a departed account's copy of the old key
    // opens nothing new). `made` receives the key, for the session once the caller commits.
    static Status store(Session &session, const QString &token, const Destination &to, SecureBytes &made);
};

} // namespace muco
