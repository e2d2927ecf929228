#include "security/KeyCertificate.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "security/AuditChain.h"
#include "security/Roles.h"
#include "security/Session.h"
#include "security/SigningKey.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyCertificate)
};

const QString kRecoveryOwner = QStringLiteral("#recovery");

bool isHex(const QString &s, int digits)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]+$"));
    return s.size() == digits && re.match(s).hasMatch();
}

bool isKnownRole(const QString &role)
{
    return parseRole(role).ok() || role == QLatin1String(KeyCertificate::kRecovery) || role == QLatin1String(KeyCertificate::kDeactivated);
}

// Rows of the trail that change what an administrator certifies: keys, roles, deactivations.
const QString kAccountChanges = QStringLiteral(
    "SELECT 1 FROM audit WHERE seq > ? AND seq <= ? AND (action = 'key_registered' OR action = 'deactivate'"
    " OR (table_name = 'users' AND field = 'role')) LIMIT 1");

QString bookmarkOf(const QString &user)
{
    // ".v2": since keys a reset or a new recovery key replaced are withdrawn too, each
    // administrator's first sign-in after the upgrade looks at the whole trail again, so those
    // replaced before it are withdrawn then, not at some later account change.
    return QStringLiteral("certified_seq.v2:") + user;
}

// Whether this certifier's latest certificate of the key says the same already (a role given
// back after a demotion is certified again: the central site goes by the certificate in force).
Result<bool> held(Database &db, const KeyCertificate &c)
{
    MUCO_READ(st, db.prepare(QStringLiteral("SELECT role FROM key_certificates WHERE account = ? AND public_key = ?"
                                            " AND certifier_key = ? ORDER BY id DESC LIMIT 1")));
    st.bind(1, c.account).bind(2, c.publicKey).bind(3, c.certifierKey);
    MUCO_READ(found, st.next());
    return found && st.text(0) == c.role;
}

Result<bool> everCertified(Database &db, const QString &publicKeyHex)
{
    MUCO_READ(st, db.prepare(QStringLiteral("SELECT 1 FROM key_certificates WHERE public_key = ? AND role <> ?")));
    st.bind(1, publicKeyHex).bind(2, QString::fromLatin1(KeyCertificate::kDeactivated));
    return st.next();
}

Status store(Database &db, const KeyCertificate &c)
{
    MUCO_READ(st, db.prepare(QStringLiteral("INSERT INTO key_certificates (account, public_key, role, certifier_key, certificate)"
                                            " VALUES (?,?,?,?,?)")));
    st.bind(1, c.account).bind(2, c.publicKey).bind(3, c.role).bind(4, c.certifierKey)
        .bind(5, QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)));
    return st.run();
}

} // namespace

QByteArray KeyCertificate::message() const
{
    // Every field is checked to hold no line break (fromJson), so the lines cannot be shifted.
    return QStringLiteral("mucotrack-key-certificate-v1\n%1\n%2\n%3\n%4\n%5\n%6\n%7")
        .arg(site, account, publicKey, role, certifier, certifierKey, certifiedUtc)
        .toUtf8();
}

bool KeyCertificate::holds() const
{
    return SigningKey::verify(QByteArray::fromHex(certifierKey.toLatin1()), message(), QByteArray::fromHex(signature.toLatin1()));
}

bool KeyCertificate::isRoot() const
{
    return selfCertified() && role == roleId(Role::Administrator) && holds();
}

bool KeyCertificate::roleCertifies(const QString &role)
{
    return role == roleId(Role::Administrator) || role == QLatin1String(kRecovery);
}

bool KeyCertificate::isPublicKeyHex(const QString &text)
{
    return isHex(text, 64);
}

QJsonObject KeyCertificate::toJson() const
{
    return {{QStringLiteral("site"), site},
            {QStringLiteral("account"), account},
            {QStringLiteral("public_key"), publicKey},
            {QStringLiteral("role"), role},
            {QStringLiteral("certifier"), certifier},
            {QStringLiteral("certifier_key"), certifierKey},
            {QStringLiteral("certified_utc"), certifiedUtc},
            {QStringLiteral("signature"), signature}};
}

Result<KeyCertificate> KeyCertificate::fromJson(const QJsonValue &json, const QString &path)
{
    if (!json.isObject())
        return Error::invalid(path, Tr::tr("a key certificate is an object"));
    const QJsonObject o = json.toObject();
    const auto text = [&](const char *name) { return o.value(QLatin1String(name)).toString(); };
    KeyCertificate c{text("site"), text("account"), text("public_key"), text("role"), text("certifier"), text("certifier_key"),
                     text("certified_utc"), text("signature")};
    static const QRegularExpression siteCode(QStringLiteral("^[A-Z0-9]{2,10}$"));
    if (!siteCode.match(c.site).hasMatch())
        return Error::invalid(path + QStringLiteral(".site"), Tr::tr("a site code is 2 to 10 capital letters or digits"));
    if (!isOpaqueAccountId(c.account))
        return Error::invalid(path + QStringLiteral(".account"), Tr::tr("an account is named by its opaque id (U. and 12 hex digits)"));
    if (!isOpaqueAccountId(c.certifier))
        return Error::invalid(path + QStringLiteral(".certifier"), Tr::tr("an account is named by its opaque id (U. and 12 hex digits)"));
    if (!isPublicKeyHex(c.publicKey))
        return Error::invalid(path + QStringLiteral(".public_key"), Tr::tr("a public key is 64 lower-case hex digits"));
    if (!isPublicKeyHex(c.certifierKey))
        return Error::invalid(path + QStringLiteral(".certifier_key"), Tr::tr("a public key is 64 lower-case hex digits"));
    if (!isKnownRole(c.role))
        return Error::invalid(path + QStringLiteral(".role"), Tr::tr("\"%1\" is not a role").arg(c.role.left(32)));
    // Compared as text with the other certificates' times and records' signing times: only the
    // one form every device writes orders as time.
    if (!isIsoUtc(c.certifiedUtc))
        return Error::invalid(path + QStringLiteral(".certified_utc"), Tr::tr("a time in UTC as YYYY-MM-DDTHH:MM:SS.mmmZ"));
    if (!isHex(c.signature, 128))
        return Error::invalid(path + QStringLiteral(".signature"), Tr::tr("a signature is 128 lower-case hex digits"));
    return c;
}

KeyCertificate KeyCertificate::make(const QString &site, const SigningKey &certifier, const QString &owner, const QByteArray &publicKey,
                                    const QString &role, const QDateTime &atUtc)
{
    KeyCertificate c{site, opaqueAccountId(owner), QString::fromLatin1(publicKey.toHex()), role, opaqueAccountId(certifier.owner()),
                     certifier.publicKeyHex(), isoUtc(atUtc), {}};
    c.signature = QString::fromLatin1(certifier.sign(c.message()).toHex());
    return c;
}

Status KeyCertificates::prepare(Session &s)
{
    if (s.user().role != Role::Administrator || s.signingKey().isNull())
        return {};
    const QString bookmark = bookmarkOf(s.user().username);
    MUCO_READ(since, s.db().meta(bookmark, QStringLiteral("0")));
    MUCO_READ(before, AuditChain::head(s.db()));
    if (before.seq <= since.toLongLong())
        return {};
    MUCO_READ(changes, s.db().prepare(kAccountChanges));
    changes.bind(1, since.toLongLong()).bind(2, before.seq);
    MUCO_READ(changed, changes.next());
    if (!changed)   // moved on, so the next look starts here
        return s.db().putMeta(bookmark, QString::number(before.seq));
    // What the administrator certifies is what the trail proves, each key and role signed by an
    // administrator there: never the users table, which the database key alone can change.
    MUCO_READ(v, AuditChain::verify(s.db()));
    if (!v.intact)
        return Error{ErrorKind::Integrity,
                     Tr::tr("The audit trail does not verify (%1), so no key is certified; run `audit verify`.").arg(v.problem), {}};
    QList<KeyCertificate> made;
    const QDateTime now = s.now();
    const auto certify = [&](const QString &owner, const QByteArray &key, const QString &role) -> Status {
        const KeyCertificate c = KeyCertificate::make(s.site(), s.signingKey(), owner, key, role, now);
        MUCO_READ(already, held(s.db(), c));
        if (!already)
            made.append(c);
        return {};
    };
    // Keys the central site was told of, withdrawn there from now on: what they signed before
    // still counts, nothing they sign after.
    const auto withdraw = [&](const QString &owner, const QByteArray &key) -> Status {
        MUCO_READ(told, everCertified(s.db(), QString::fromLatin1(key.toHex())));
        return told ? certify(owner, key, QLatin1String(KeyCertificate::kDeactivated)) : Status();
    };
    for (auto it = v.publicKeys.cbegin(); it != v.publicKeys.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QByteArray &current = it.value().last();
        if (it.key() == kRecoveryOwner) {
            MUCO_TRY(certify(it.key(), current, QLatin1String(KeyCertificate::kRecovery)));
        } else if (v.accountRoles.contains(it.key())) {
            MUCO_TRY(certify(it.key(), current, v.accountRoles.value(it.key())));
        } else {
            // A departed account: every key it held.
            for (const QByteArray &key : it.value())
                MUCO_TRY(withdraw(it.key(), key));
            continue;
        }
        // Keys a password reset or a new recovery key replaced.
        for (const QByteArray &key : it.value())
            if (key != current)
                MUCO_TRY(withdraw(it.key(), key));
    }
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    for (const KeyCertificate &c : made)
        MUCO_TRY(store(s.db(), c));
    if (!made.isEmpty())
        MUCO_TRY(s.audit({{}, QLatin1String(kCertified), QStringLiteral("key_certificates"), s.user().username, {}, {},
                          QString::number(made.size()), {}}));
    MUCO_READ(head, AuditChain::head(s.db()));
    MUCO_TRY(s.db().putMeta(bookmark, QString::number(head.seq)));
    return tx.commit();
}

Result<QJsonArray> KeyCertificates::all(Database &db)
{
    MUCO_READ(st, db.prepare(QStringLiteral("SELECT certificate FROM key_certificates ORDER BY id")));
    QJsonArray out;
    MUCO_TRY(st.forEachRow([&](const Statement &row) {
        out.append(QJsonDocument::fromJson(row.text(0).toUtf8()).object());
    }));
    return out;
}

Result<KeyCertificate> KeyCertificates::root(Session &s)
{
    if (s.user().role != Role::Administrator || s.signingKey().isNull())
        return Error::denied(Tr::tr("Only an administrator with a signing key enrols a device; sign in again."));
    return KeyCertificate::make(s.site(), s.signingKey(), s.user().username, s.signingKey().publicKey(),
                                roleId(Role::Administrator), s.now());
}

} // namespace muco
