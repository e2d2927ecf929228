#pragma once
// Key certificates: an administrator's signed statement that a public key is an account's and
// what the account's role is, for the central site. The central site takes a signing key only
// with a certificate that chains, through administrators' keys, to the key pinned when the
// device enrolled (central/CentralSignatures): a token holder cannot register a key of his own
// in another account's name, nor give himself a role (issue 11; docs/security.md, "Keys the
// central site can prove").
//
// Every name in a certificate is an opaque account id (records/Minimisation): it leaves the site.
#include "common/Result.h"
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace muco {

class Database;
class Session;
class SigningKey;

struct KeyCertificate {
    static constexpr auto kRecovery = "recovery";         // the site's recovery key: certifies, signs no record
    // The key is withdrawn (its account deactivated, or the key replaced by a password reset or
    // a new recovery key): it signs and certifies nothing from the certificate's time on; what it
    // signed before still counts.
    static constexpr auto kDeactivated = "deactivated";

    QString site;
    QString account;        // opaque id of the key's owner
    QString publicKey;      // 64 hex digits
    QString role;           // a role id, kRecovery or kDeactivated
    QString certifier;      // opaque id of the administrator who certifies
    QString certifierKey;   // the certifier's public key, 64 hex digits
    QString certifiedUtc;   // ISO 8601, milliseconds, UTC
    QString signature;      // by certifierKey over message(), 128 hex digits

    QByteArray message() const;
    bool holds() const;
    bool selfCertified() const { return account == certifier && publicKey == certifierKey; }
    // An administrator's own certificate that holds: what a device's root must be.
    bool isRoot() const;
    // Whether a key of `role` certifies others (administrators and the recovery key).
    static bool roleCertifies(const QString &role);
    static bool isPublicKeyHex(const QString &text);   // 64 lower-case hex digits
    QJsonObject toJson() const;
    // Checked field by field; `path` names the certificate in messages ("certificates[3]").
    static Result<KeyCertificate> fromJson(const QJsonValue &json, const QString &path);
    static KeyCertificate make(const QString &site, const SigningKey &certifier, const QString &owner, const QByteArray &publicKey,
                               const QString &role, const QDateTime &atUtc);
};

class KeyCertificates {
public:
    static constexpr auto kCertified = "keys_certified";   // the audit action of a round of certificates

    // The signed-in administrator certifies, with their own key, every active account's current
    // key with its role, the recovery key, and the withdrawal of keys certified before that no
    // longer sign (a departed account's, a replaced one's), as the verified trail proves them; once for each change to accounts since they last did (a
    // bookmark per administrator), so a sign-in with nothing new costs one indexed look.
    // Does nothing for other roles. A trail that does not verify certifies nothing.
    static Status prepare(Session &session);
    // Every certificate the device holds, for the central site.
    static Result<QJsonArray> all(Database &db);
    // The enrolling administrator's certificate of their own key: the root the central site
    // pins for the device.
    static Result<KeyCertificate> root(Session &session);
};

} // namespace muco
