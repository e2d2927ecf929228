#pragma once
// The identity key (SealedKeys::kIdentity) in a session: opened at sign-in by an account that
// may see identities, made on a site that has none yet, and re-sealed when accounts change.
#include "common/Result.h"
#include <QString>

namespace muco {

class Session;

class IdentityKey {
public:
    // At sign-in, for an account whose role may see identities: its copy of the key goes into
    // the session. On a site that has no identity key yet (identities stored before they were
    // encrypted), one is made and every stored identity encrypted with it, in one transaction.
    // Then the holders are brought up to date (SealedKeys::reconcile). An account no copy is
    // sealed to yet (added by an administrator who held none) signs in without identities.
    static Status prepare(Session &session);
    // After an account was added, reset, changed role or left: the holders brought up to date
    // from this session's key; nothing when it holds none (the next holder's sign-in does it).
    static Status reseal(Session &session);

    // The statement that finds identities still in clear, through a partial index.
    static QString clearValuesQuery();

    // For tests: sign-ins as before identities were encrypted (prepare does nothing), to build
    // a site from before. False outside tests.
    static bool &skipForTests();
};

} // namespace muco
