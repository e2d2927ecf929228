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

    // Replacing the token (docs/security.md, "Key rotation"). An account that could read it
    // left, so whatever copy it kept must open nothing at the central site: the device draws a
    // new token at its next sync, and the central site takes it in place of the old one. Marked
    // (counted) in the caller's transaction, the deactivation's; nothing is marked on a device
    // that holds no token.
    static Status markReplacementDue(Session &session);
    // A replacement is due, or one was sent whose answer never came.
    static Result<bool> replacementUnderway(Session &session);
    struct Pending {
        QString token;
        bool drawn = false;   // just now (else drawn before and perhaps taken already)
    };
    // The token to put in place of the current one: the one drawn before and not yet known to be
    // taken, or a new one (32 random bytes as 64 hex digits), drawn under the write lock so that
    // two programs syncing at once send the same one. Drawing makes a new sync key first, sealed
    // to the accounts that may sync now, and stores both tokens under it.
    static Result<Pending> pending(Session &session, const Destination &to);
    // The central site took `token`: stored in place of the current one, and the replacement is
    // done unless an account left since the token was drawn (then another is due). Audited
    // without the token. False, changing nothing, when `token` is no longer the pending one:
    // another program stored it already, or the device was enrolled again meanwhile.
    static Result<bool> adopt(Session &session, const QString &token, const Destination &to);
    // The central site refused `token` as not available (a token it knew already): forgotten,
    // if it is still the pending one, for a new one to be drawn.
    static Status discardPending(Session &session, const QString &token, const Destination &to);
};

} // namespace muco
