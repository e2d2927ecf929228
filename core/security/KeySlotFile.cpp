#include "security/KeySlotFile.h"
#include "common/AtomicFile.h"
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)
};

const auto kFormat = QStringLiteral("mucotrack-keyslots");

QByteArray associatedData(const QString &kind, const QString &name)
{
    // Binds a slot to its owner: a slot copied under another name does not open.
    return QStringLiteral("mucotrack-slot-v1:%1:%2").arg(kind, name).toUtf8();
}

QString b64(const QByteArray &b) { return QString::fromLatin1(b.toBase64()); }
QByteArray unb64(const QJsonValue &v) { return QByteArray::fromBase64(v.toString().toLatin1()); }

} // namespace

Result<KeySlotFile> KeySlotFile::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error::storage(Tr::tr("The key file %1 is missing; the site database cannot be opened without it.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("The key file %1 cannot be read (%2).").arg(path, f.errorString()));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    const QJsonObject root = doc.object();
    if (perr.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat)
        return Error::storage(Tr::tr("The key file %1 is damaged or is not a MucoTrack key file.").arg(path));

    KeySlotFile file;
    file.path = path;
    file.site = root.value(QStringLiteral("site")).toString();
    file.cipher = CipherSettings::fromJson(root.value(QStringLiteral("cipher")).toObject());
    for (const QJsonValue &v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.kind = o.value(QStringLiteral("kind")).toString();
        s.name = o.value(QStringLiteral("name")).toString();
        s.cost.opslimit = static_cast<unsigned long long>(o.value(QStringLiteral("opslimit")).toInteger());
        s.cost.memlimit = static_cast<std::size_t>(o.value(QStringLiteral("memlimit")).toInteger());
        s.salt = unb64(o.value(QStringLiteral("salt")));
        s.nonce = unb64(o.value(QStringLiteral("nonce")));
        s.wrapped = unb64(o.value(QStringLiteral("wrapped")));
        file.keySlots.append(s);
    }
    const QJsonObject failures = root.value(QStringLiteral("failures")).toObject();
    for (auto it = failures.begin(); it != failures.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        file.failures.insert(it.key(), {o.value(QStringLiteral("count")).toInt(),
                                        QDateTime::fromString(o.value(QStringLiteral("last_utc")).toString(), Qt::ISODateWithMs)});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("pending_audit")).toArray()) {
        const QJsonObject o = v.toObject();
        file.pendingAudit.append({QDateTime::fromString(o.value(QStringLiteral("at_utc")).toString(), Qt::ISODateWithMs),
                                  o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("action")).toString(),
                                  o.value(QStringLiteral("detail")).toString()});
    }
    return file;
}

Status KeySlotFile::save() const
{
    QJsonArray slotArray;
    for (const KeySlot &s : keySlots) {
        slotArray.append(QJsonObject{{QStringLiteral("kind"), s.kind},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                                     {QStringLiteral("opslimit"), static_cast<qint64>(s.cost.opslimit)},
                                     {QStringLiteral("memlimit"), static_cast<qint64>(s.cost.memlimit)},
                                     {QStringLiteral("aead"), QStringLiteral("xchacha20poly1305_ietf")},
                                     {QStringLiteral("salt"), b64(s.salt)},
                                     {QStringLiteral("nonce"), b64(s.nonce)},
                                     {QStringLiteral("wrapped"), b64(s.wrapped)}});
    }
    QJsonObject failureObject;
    for (auto it = failures.begin(); it != failures.end(); ++it)
        failureObject.insert(it.key(), QJsonObject{{QStringLiteral("count"), it->count},
                                                   {QStringLiteral("last_utc"), it->lastUtc.toString(Qt::ISODateWithMs)}});
    QJsonArray pending;
    for (const PendingAuditEvent &e : pendingAudit)
        pending.append(QJsonObject{{QStringLiteral("at_utc"), e.atUtc.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("user"), e.user},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("detail"), e.detail}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("site"), site},
                           {QStringLiteral("cipher"), cipher.toJson()},
                           {QStringLiteral("slots"), slotArray},
                           {QStringLiteral("failures"), failureObject},
                           {QStringLiteral("pending_audit"), pending}};
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<KeySlot> KeySlotFile::wrap(const QString &kind, const QString &name, const QString &secret,
                                  const SecureBytes &databaseKey, const KdfCost &cost)
{
    initSodium();
    KeySlot slot;
    slot.kind = kind;
    slot.name = name;
    slot.cost = cost;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), static_cast<std::size_t>(slot.salt.size()));
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), static_cast<std::size_t>(slot.nonce.size()));
    auto kek = deriveKey(secret, slot.salt, cost);
    if (!kek.ok())
        return kek.error();
    const QByteArray ad = associatedData(kind, name);
    slot.wrapped.resize(static_cast<qsizetype>(databaseKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.wrapped.data()), &written, databaseKey.data(), databaseKey.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek->data());
    slot.wrapped.resize(static_cast<qsizetype>(written));
    return slot;
}

Result<SecureBytes> KeySlotFile::unwrap(const KeySlot &slot, const QString &secret)
{
    auto kek = deriveKey(secret, slot.salt, slot.cost);
    if (!kek.ok())
        return kek.error();
    if (slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || slot.wrapped.size() <= crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return Error::storage(Tr::tr("A key slot is damaged."));
    const QByteArray ad = associatedData(slot.kind, slot.name);
    SecureBytes key(static_cast<std::size_t>(slot.wrapped.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        key.data(), &written, nullptr, reinterpret_cast<const unsigned char *>(slot.wrapped.constData()),
        static_cast<unsigned long long>(slot.wrapped.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), reinterpret_cast<const unsigned char *>(slot.nonce.constData()),
        kek->data());
    if (rc != 0)
        return Error::denied(Tr::tr("The password is wrong."));
    return key;
}

const KeySlot *KeySlotFile::find(const QString &kind, const QString &name) const
{
    for (const KeySlot &s : keySlots)
        if (s.kind == kind && s.name == name)
            return &s;
    return nullptr;
}

void KeySlotFile::put(KeySlot slot)
{
    remove(slot.kind, slot.name);
    keySlots.append(std::move(slot));
}

bool KeySlotFile::remove(const QString &kind, const QString &name)
{
    return keySlots.removeIf([&](const KeySlot &s) { return s.kind == kind && s.name == name; }) > 0;
}

} // namespace muco
