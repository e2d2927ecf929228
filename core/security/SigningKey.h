#pragma once
// One account's Ed25519 key pair (libsodium crypto_sign). The 32-byte seed is what the
// account's key slot wraps beside the database key, under the account's password; the
// public key is registered in the audit chain by the administrator who made the account.
// Audit entries and electronic signatures are signed with it (docs/security.md, C1).
#include "common/SecureBytes.h"
#include <QByteArray>
#include <QString>
#include <memory>

namespace muco {

// Copies share one guarded copy of the seed and secret key (sodium_malloc, wiped when the last
// copy goes): a transaction keeps the key of each of its signers until it commits, and copying
// into new guarded memory and deriving the key pair again cost a tenth of adding a patient.
class SigningKey {
public:
    static constexpr std::size_t kSeedBytes = 32;

    SigningKey() = default;
    // From a seed unwrapped from a key slot; empty (isNull) when the seed has the wrong size.
    SigningKey(QString owner, SecureBytes seed);
    static SigningKey generate(const QString &owner);

    bool isNull() const { return !m_keys; }
    const QString &owner() const { return m_owner; }
    const SecureBytes &seed() const;
    QByteArray publicKey() const { return m_public; }
    const QString &publicKeyHex() const { return m_publicHex; }
    // A detached signature of `message`, empty when the key is null.
    QByteArray sign(const QByteArray &message) const;

    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    struct Secret {
        SecureBytes seed;
        SecureBytes secretKey;
    };
    QString m_owner;
    std::shared_ptr<const Secret> m_keys;
    QByteArray m_public;
    QString m_publicHex;   // asked for every audit entry a signer appends
};

} // namespace muco
