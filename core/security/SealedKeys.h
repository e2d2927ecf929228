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
#include <functional>

namespace muco {

class Database;
class Session;

class SealedKeys {
public:
    // Patients' names, record numbers and phone numbers (records/IdentityCipher): held by the
    // roles that may see identities (Permission::ViewIdentity), never by monitors.
    static constexpr auto kIdentity = "identity";
    // The device's sync token (security/SyncToken): held by the roles that may sync.
    static constexpr auto kSync = "sync";
    static constexpr std::size_t kKeyBytes = 32;
    // The trail's row that makes a key: its fingerprint, signed by its maker (commit()).
    static constexpr auto kCreated = "sealed_key_created";

    // The role permission that lets an account hold the key for `purpose`.
    static Permission permissionFor(const QString &purpose);
    // What the key for `purpose` protects, for messages ("patients' identities").
    static QString describe(const QString &purpose);

    // What a purpose does with its key at sign-in.
    struct Use {
        QString purpose;
        // Whether a key should be made when the site has none (something waits to be protected).
        std::function<Result<bool>(Session &)> wanted;
        // Encrypts what is still stored in clear, in the caller's transaction; `made`: with a
        // key made just now (else one the account already held).
        std::function<Status(Session &, const SecureBytes &, bool made)> protect;
    };
    // At sign-in, for an account whose role allows the purpose: its copy opened into `held`
    // (set as soon as it opens, so that a later failure leaves the account what it may read),
    // the holders brought up to date, and what is in clear protected. On a site with no key for
    // the purpose yet, one is made when `wanted` says so (create). An account no copy is sealed
    // to yet signs in without it.
    static Status prepare(Session &session, const Use &use, SecureBytes &held);
    // A new key for `purpose`, in the caller's transaction (under the write lock, so two first
    // sign-ins make one key): refused when the trail is broken. Without `replace` it is the
    // site's first, refused when the trail records a key already (no account holds it any
    // more: identities under it would be lost, not re-keyed). With `replace` (what it protects
    // is written anew, as a sync token at every enrolment) every copy of the old key goes and
    // the new one supersedes it. The key is committed in the trail, sealed to its holders and
    // endorsed; empty when this account is not one of them (the trail does not give it the role).
    static Result<SecureBytes> create(Session &session, const QString &purpose, bool replace = false);
    // A keyed hash of the key (BLAKE2b, the key as its key): names it without revealing it.
    static QString fingerprint(const QString &purpose, const SecureBytes &key);

    // The key for `purpose` sealed to the signed-in account; empty when none is, or when the
    // copy is not the key the trail committed to. Anyone may seal to a public key, so a copy is
    // trusted only when its fingerprint is the one the verified trail holds (a key planted by
    // whoever holds the database key, even the database key itself, is refused and its copy
    // removed, for a holder to seal the right one). The account then endorses its copy with its
    // own signing key, so later sign-ins check that signature instead of the whole trail.
    static Result<SecureBytes> open(Session &session, const QString &purpose);
    // Records a new key's fingerprint in the trail (kCreated), in the caller's transaction.
    static Status commit(Session &session, const QString &purpose, const SecureBytes &key);
    // The signed-in account's endorsement of its own copy of `key` (made or opened and checked).
    static Status endorse(Session &session, const QString &purpose, const SecureBytes &key);
    // Whether any account holds a key for `purpose`.
    static Result<bool> exists(Database &db, const QString &purpose);
    // Each holder of `purpose` and the X25519 key its copy is sealed to.
    static Result<QMap<QString, QByteArray>> holders(Database &db, const QString &purpose);

    // Makes the holders of `key` exactly the active accounts whose role allows `permission`,
    // each with a copy sealed to its registered key. Cheap when nothing changed (the users
    // table and the key file agree with the holders); otherwise it verifies the audit chain and
    // takes roles and keys from it, so an account whose role was set outside the chain gets no
    // copy, and an account that lost the role loses it. A change of holders is audited
    // (action keys_sealed). Should the trail not verify, copies are still taken from accounts
    // the users table no longer gives the role (removing a copy is always safe), and nothing is
    // sealed. Runs in its own transaction, or the caller's.
    static Status reconcile(Session &session, const QString &purpose, Permission permission, const SecureBytes &key);
};

} // namespace muco
