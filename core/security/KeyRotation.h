#pragma once
// Replacing the database key (docs/security.md, "Key rotation"), after an account is
// deactivated: what its holder may have kept (a copy of the key file, the raw key unwrapped
// with their password) opens nothing written since. Every remaining slot is sealed to the new
// key from its public key alone (KeySlotFile, scheme 2): nobody's password is needed.
//
// Order, so that a crash at any point loses nothing: the new key file is written beside the
// old one (PATH.keys.next), then the database is re-encrypted (one transaction), then the new
// file replaces the old, then the generation is recorded. Until the rekey commits, the old
// file opens the database; after it, the new one does, and sign-in finishes the rest.
#include "common/Result.h"
#include <functional>

namespace muco {

class Database;
class Session;

class KeyRotation {
public:
    static constexpr auto kDueKey = "key_rotation_due";

    // Every slot but `leaving`'s can be sealed to a new key: written in scheme 2, its public
    // key the one the verified audit chain registered for its owner (so that no one holding the
    // key can have redirected a slot to a key of their own before leaving). Nothing changes.
    static Status checkRotatable(Session &session, const QString &leaving = {});
    // Marks a rotation due (meta), in the caller's transaction: if rotate() cannot finish, the
    // next sign-in does it.
    static Status markDue(Database &db);
    static Result<bool> isDue(Database &db);
    // Rotates and audits it (`why`); outside any transaction. On success the session holds
    // the new key.
    static Status rotate(Session &session, const QString &why);

    // For tests: called after each step; returning true stops the rotation there, as a crash
    // would (nothing after it runs). Empty outside tests.
    enum class Step { NextKeyFileWritten, DatabaseRekeyed, KeyFileReplaced };
    static std::function<bool(Step)> &interruptForTests();
};

} // namespace muco
