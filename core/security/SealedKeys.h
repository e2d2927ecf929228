#pragma once
// Keys that only some accounts may hold (docs/security.md, "Identities under a second key").
// A random key is sealed (crypto_box_seal) to the X25519 form of each such account's signing
// key, one row per account in `sealed_keys`; an account opens its copy with the seed its
// password unwraps at sign-in. The database key alone opens none of them: whoever extracts it
// (a monitor with `db raw-key`) reads only sealed copies and ciphertext.
//
// Who gets a copy is decided from the verified audit chain, never from the users table nor
// from the key file, both of which whoever holds the database key can edit: the account's role
// as administrators set it (AuditVerification::accountRoles) and the public key registered for
// it (AuditVerification::publicKeys).
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "security/Roles.h"
#include <QMap>

namespace muco {

class Database;
class Session;

class SealedKeys {
public:
    // Patients' names, record numbers and phone numbers (records/IdentityCipher): held by the
    // roles that may see identities (Permission::ViewIdentity), never by monitors.
    static constexpr auto kIdentity = "identity";
    static constexpr std::size_t kKeyBytes = 32;

    // The key for `purpose` sealed to the signed-in account; empty when none is sealed to it.
    static Result<SecureBytes> open(Session &session, const QString &purpose);
    // Whether any account holds a key for `purpose`.
    static Result<bool> exists(Database &db, const QString &purpose);
    // Each holder of `purpose` and the X25519 key its copy is sealed to.
    static Result<QMap<QString, QByteArray>> holders(Database &db, const QString &purpose);

    // Makes the holders of `key` exactly the active accounts whose role allows `permission`,
    // each with a copy sealed to its registered key. Cheap when nothing changed (the users
    // table and the key file agree with the holders); otherwise it verifies the audit chain and
    // takes roles and keys from it, so an account whose role was set outside the chain gets no
    // copy, and an account that lost the role loses it. A change of holders is audited
    // (action keys_sealed). Runs in its own transaction, or the caller's.
    static Status reconcile(Session &session, const QString &purpose, Permission permission, const SecureBytes &key);
};

} // namespace muco
