#include "security/KeySlotFile.h"
#include "common/AtomicFile.h"
#include "common/StrictJson.h"
#include "security/SigningKey.h"
#include <algorithm>
#include <optional>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>
#include <QRecursiveMutex>
#include <QRegularExpression>
#include <sodium.h>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)
};

const auto kFormat = QStringLiteral("mucotrack-keyslots");
constexpr int kVersion = 2;
// crypto_kdf context (8 bytes) and sub-key id of the key file's MAC key.
constexpr char kMacContext[crypto_kdf_CONTEXTBYTES + 1] = "MTkeyMAC";
constexpr std::uint64_t kMacSubkeyId = 1;
// The most any slot may ask of Argon2id: more would let an edited file hang or exhaust the PC.
constexpr unsigned long long kMaxOpslimit = 32;
constexpr std::size_t kMaxMemlimit = std::size_t(4) * 1024 * 1024 * 1024;

QByteArray associatedData(int scheme, const QString &kind, const QString &name)
{
    // Binds a slot to its owner: a slot copied under another name does not open. The scheme
    // is in it too: what a slot's plaintext means cannot be changed by editing its number.
    return QStringLiteral("mucotrack-slot-v%1:%2:%3").arg(scheme).arg(kind, name).toUtf8();
}

constexpr std::size_t kDatabaseKeyBytes = 32;

// The X25519 key pair of a slot, converted from the Ed25519 key pair of its seed (libsodium's
// conversion), so that an account's sealing key follows from the signing key the audit chain
// registers for it.
struct BoxKeys {
    QByteArray publicKey;
    SecureBytes secretKey;
};

std::optional<BoxKeys> boxKeysFromSeed(const SecureBytes &seed)
{
    if (seed.size() != crypto_sign_SEEDBYTES)
        return std::nullopt;
    QByteArray edPublic(crypto_sign_PUBLICKEYBYTES, '\0');
    SecureBytes edSecret(crypto_sign_SECRETKEYBYTES);
    if (crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(edPublic.data()), edSecret.data(), seed.data()) != 0)
        return std::nullopt;
    BoxKeys keys;
    keys.publicKey = KeySlotFile::boxPublicFor(edPublic);
    keys.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    if (keys.publicKey.isEmpty() || crypto_sign_ed25519_sk_to_curve25519(keys.secretKey.data(), edSecret.data()) != 0)
        return std::nullopt;
    return keys;
}

QByteArray sealTo(const QByteArray &boxPublic, const SecureBytes &databaseKey)
{
    QByteArray sealed(static_cast<qsizetype>(databaseKey.size() + crypto_box_SEALBYTES), '\0');
    if (boxPublic.size() != crypto_box_PUBLICKEYBYTES
        || crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), databaseKey.data(), databaseKey.size(),
                           reinterpret_cast<const unsigned char *>(boxPublic.constData()))
            != 0)
        return {};
    return sealed;
}

QString b64(const QByteArray &b) { return QString::fromLatin1(b.toBase64()); }
QByteArray unb64(const QJsonValue &v) { return QByteArray::fromBase64(v.toString().toLatin1()); }

QByteArray canonical(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QByteArray macOf(const QJsonObject &sealed, const SecureBytes &databaseKey)
{
    if (databaseKey.size() != crypto_kdf_KEYBYTES)
        return {};
    SecureBytes macKey(crypto_auth_KEYBYTES);
    crypto_kdf_derive_from_key(macKey.data(), macKey.size(), kMacSubkeyId, kMacContext, databaseKey.data());
    const QByteArray bytes = canonical(sealed);
    QByteArray mac(crypto_auth_BYTES, '\0');
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()), reinterpret_cast<const unsigned char *>(bytes.constData()),
                static_cast<unsigned long long>(bytes.size()), macKey.data());
    return mac;
}

Error damaged(const QString &path, const QString &what)
{
    return Error::storage(Tr::tr("The key file %1 is damaged or is not a MucoTrack key file (%2).").arg(path, what));
}

} // namespace

const QStringList &KeySlotFile::failureReasons()
{
    static const QStringList reasons = {QStringLiteral("unknown user"), QStringLiteral("wrong password")};
    return reasons;
}

Result<KeySlotFile> KeySlotFile::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error::storage(Tr::tr("The key file %1 is missing; the site database cannot be opened without it.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("The key file %1 cannot be read (%2).").arg(path, f.errorString()));
    if (f.size() > 16 * 1024 * 1024)
        return damaged(path, Tr::tr("too large"));
    return parse(path, f.readAll());
}

Result<KeySlotFile> KeySlotFile::parse(const QString &path, const QByteArray &bytes)
{
    if (bytes.size() > 16 * 1024 * 1024)
        return damaged(path, Tr::tr("too large"));
    // A key given twice (two "slots", two "mac") is refused: the seal is checked over one reading.
    auto parsed = json::parseObject(bytes);
    const QJsonObject root = parsed.ok() ? parsed.value() : QJsonObject();
    if (!parsed.ok() || root.value(QStringLiteral("format")).toString() != kFormat)
        return Error::storage(Tr::tr("The key file %1 is damaged or is not a MucoTrack key file.").arg(path));

    KeySlotFile file;
    file.path = path;
    // Version 1 had no seal: its fields sat at the top level. It is read so that an older
    // site can be sealed at its next sign-in, and only while its database records no
    // generation (SiteVault::signIn).
    const bool sealedLayout = root.contains(QStringLiteral("sealed"));
    const QJsonObject sealed = sealedLayout ? root.value(QStringLiteral("sealed")).toObject() : root;
    if (sealedLayout) {
        file.m_loadedSealed = sealed;
        file.m_loadedMac = unb64(root.value(QStringLiteral("mac")));
    }
    file.site = sealed.value(QStringLiteral("site")).toString();
    auto cipher = CipherSettings::fromJson(sealed.value(QStringLiteral("cipher")).toObject());
    if (!cipher.ok())
        return damaged(path, cipher.error().field + QStringLiteral(": ") + cipher.error().why());
    file.cipher = cipher.value();
    const double generation = sealed.value(QStringLiteral("generation")).toDouble(0);
    if (generation < 0 || generation > 9e15 || generation != static_cast<double>(static_cast<qint64>(generation)))
        return damaged(path, QStringLiteral("generation"));
    file.generation = static_cast<quint64>(generation);
    for (const QJsonValue &v : sealed.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.kind = o.value(QStringLiteral("kind")).toString();
        s.name = o.value(QStringLiteral("name")).toString();
        const qint64 ops = o.value(QStringLiteral("opslimit")).toInteger(-1);
        const qint64 mem = o.value(QStringLiteral("memlimit")).toInteger(-1);
        if (ops < qint64(crypto_pwhash_OPSLIMIT_MIN) || ops > qint64(kMaxOpslimit)
            || mem < qint64(crypto_pwhash_MEMLIMIT_MIN) || mem > qint64(kMaxMemlimit))
            return damaged(path, Tr::tr("the Argon2id cost of the slot %1 is out of range").arg(s.name));
        s.cost.opslimit = static_cast<unsigned long long>(ops);
        s.cost.memlimit = static_cast<std::size_t>(mem);
        s.salt = unb64(o.value(QStringLiteral("salt")));
        s.nonce = unb64(o.value(QStringLiteral("nonce")));
        s.wrapped = unb64(o.value(QStringLiteral("wrapped")));
        s.scheme = o.value(QStringLiteral("scheme")).toInt(1);
        if (s.scheme == 2) {
            s.boxPublic = unb64(o.value(QStringLiteral("box_public")));
            s.sealedKey = unb64(o.value(QStringLiteral("sealed_key")));
            if (s.boxPublic.size() != crypto_box_PUBLICKEYBYTES
                || s.sealedKey.size() != qsizetype(kDatabaseKeyBytes + crypto_box_SEALBYTES))
                return damaged(path, Tr::tr("the slot %1 is malformed").arg(s.name));
        } else if (s.scheme != 1) {
            return damaged(path, Tr::tr("the slot %1 has an unknown scheme").arg(s.name));
        }
        file.keySlots.append(s);
    }
    const QJsonObject sealedFailures = sealed.value(QStringLiteral("failures")).toObject();
    for (auto it = sealedFailures.begin(); it != sealedFailures.end(); ++it)
        file.sealedFailures.insert(it.key(), it.value().toInt());
    const QJsonObject failures = root.value(QStringLiteral("failures")).toObject();
    for (auto it = failures.begin(); it != failures.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        file.failures.insert(it.key(), {o.value(QStringLiteral("count")).toInt(),
                                        QDateTime::fromString(o.value(QStringLiteral("last_utc")).toString(), Qt::ISODateWithMs)});
    }
    if (!sealedLayout) {
        // Version 1 kept the live counters at the top level: they are the snapshot too.
        for (auto it = file.failures.begin(); it != file.failures.end(); ++it)
            file.sealedFailures.insert(it.key(), it->count);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("pending_audit")).toArray()) {
        const QJsonObject o = v.toObject();
        file.pendingAudit.append({QDateTime::fromString(o.value(QStringLiteral("at_utc")).toString(), Qt::ISODateWithMs),
                                  o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("action")).toString(),
                                  o.value(QStringLiteral("detail")).toString()});
    }
    if (!sealedLayout)   // version 1's pending events were never counted against a snapshot
        for (const PendingAuditEvent &e : file.pendingAudit)
            file.sealedFailures[e.user] -= 1;
    return file;
}

QJsonObject KeySlotFile::sealedContent() const
{
    QJsonArray slotArray;
    for (const KeySlot &s : keySlots) {
        QJsonObject o{{QStringLiteral("kind"), s.kind},
                      {QStringLiteral("name"), s.name},
                      {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                      {QStringLiteral("opslimit"), static_cast<qint64>(s.cost.opslimit)},
                      {QStringLiteral("memlimit"), static_cast<qint64>(s.cost.memlimit)},
                      {QStringLiteral("aead"), QStringLiteral("xchacha20poly1305_ietf")},
                      {QStringLiteral("salt"), b64(s.salt)},
                      {QStringLiteral("nonce"), b64(s.nonce)},
                      {QStringLiteral("wrapped"), b64(s.wrapped)}};
        if (s.scheme == 2) {   // a scheme 1 slot is written as it always was
            o.insert(QStringLiteral("scheme"), 2);
            o.insert(QStringLiteral("box_public"), b64(s.boxPublic));
            o.insert(QStringLiteral("sealed_key"), b64(s.sealedKey));
        }
        slotArray.append(o);
    }
    QJsonObject counters;
    for (auto it = sealedFailures.begin(); it != sealedFailures.end(); ++it)
        if (it.value() != 0)
            counters.insert(it.key(), it.value());
    return {{QStringLiteral("site"), site},
            {QStringLiteral("cipher"), cipher.toJson()},
            {QStringLiteral("generation"), static_cast<qint64>(generation)},
            {QStringLiteral("slots"), slotArray},
            {QStringLiteral("failures"), counters}};
}

namespace {

QByteArray fileText(const QJsonObject &sealed, const QByteArray &mac, const QMap<QString, SignInFailures> &failures,
                    const QList<PendingAuditEvent> &pendingAudit)
{
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
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("sealed"), sealed},
                           {QStringLiteral("mac"), b64(mac)},
                           {QStringLiteral("failures"), failureObject},
                           {QStringLiteral("pending_audit"), pending}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

Status KeySlotFile::seal(const SecureBytes &databaseKey, quint64 generationFloor)
{
    if (databaseKey.size() != crypto_kdf_KEYBYTES)
        return Error::storage(Tr::tr("The key file cannot be sealed without the database key."));
    initSodium();
    // The counters as they stand become the sealed snapshot, less the failures still waiting
    // to be audited (each of those is one step above it).
    QMap<QString, int> snapshot;
    for (auto it = failures.begin(); it != failures.end(); ++it)
        snapshot.insert(it.key(), it->count);
    for (const PendingAuditEvent &e : pendingAudit)
        snapshot[e.user] -= 1;
    sealedFailures = snapshot;
    generation = std::max(generation, generationFloor) + 1;
    const QJsonObject sealed = sealedContent();
    const QByteArray mac = macOf(sealed, databaseKey);
    MUCO_TRY(writeFileAtomically(path, fileText(sealed, mac, failures, pendingAudit)));
    m_loadedSealed = sealed;
    m_loadedMac = mac;
    return {};
}

Status KeySlotFile::saveJournal() const
{
    // An unsealed (version 1) file stays unsealed: without the key, nothing else is possible.
    const QJsonObject sealed = m_loadedSealed.isEmpty() ? sealedContent() : m_loadedSealed;
    return writeFileAtomically(path, fileText(sealed, m_loadedMac, failures, pendingAudit));
}

Status KeySlotFile::locked(const QString &path, const std::function<Status()> &work, Unwritable unwritable)
{
    // Every writer holds the lock from reading to renaming, so no update is lost: twelve
    // wrong passwords at once count twelve. QLockFile tells processes apart by their PID;
    // threads of one process (the desktop app's, the tests') are kept apart by a mutex first
    // (recursive: the key rotation calls update() while holding the lock).
    static QRecursiveMutex threads;
    const QMutexLocker inProcess(&threads);
    thread_local int depth = 0;
    if (depth > 0) {
        ++depth;
        const Status done = work();
        --depth;
        return done;
    }
    QLockFile lock(path + QStringLiteral(".lock"));
    // Held for one read and one atomic write (with fsync), or one key rotation; a lock older
    // than 2 minutes is left over by a process that died, and may be taken.
    lock.setStaleLockTime(120000);
    const bool held = lock.tryLock(90000);
    if (!held && lock.error() == QLockFile::LockFailedError)
        return Error::storage(Tr::tr("The key file %1 is locked by another program; try again.").arg(path));
    if (!held && unwritable == Unwritable::Fail)
        return Error::storage(Tr::tr("The key file %1 cannot be changed: its lock file cannot be written (is the disk full?).").arg(path));
    ++depth;
    const Status done = work();
    --depth;
    return done;
}

Result<KeySlotFile> KeySlotFile::update(const QString &path, const std::function<Status(KeySlotFile &)> &change,
                                        const SecureBytes *databaseKey, quint64 generationFloor, bool allowUnsealed)
{
    KeySlotFile file;
    const Status done = locked(path, [&]() -> Status {
        MUCO_READ(loaded, load(path));
        file = std::move(loaded);
        if (databaseKey) {
            const Seal seal = file.verify(*databaseKey);
            if (seal == Seal::Invalid || (seal == Seal::Missing && !allowUnsealed))
                return Error::denied(Tr::tr("The key file %1 has been altered since it was sealed; it was not changed.").arg(path));
        }
        MUCO_TRY(change(file));
        if (databaseKey)
            return file.seal(*databaseKey, generationFloor);
        return file.saveJournal();
    });
    if (!done.ok())
        return done.error();
    return file;
}

Result<bool> KeySlotFile::settleUndo(const QString &path, quint64 recordedGeneration)
{
    bool putBack = false;
    const Status settled = locked(path, [&]() -> Status {
        const QString undo = undoPath(path);
        if (!QFileInfo::exists(undo))
            return {};
        auto current = load(path);
        if (!current.ok() || current->generation > recordedGeneration) {
            MUCO_TRY(replaceFileWith(undo, path));
            putBack = true;
            return {};
        }
        QFile::remove(undo);
        return {};
    }, Unwritable::GoOn);
    if (!settled.ok())
        return settled.error();
    return putBack;
}

KeySlotFile::Seal KeySlotFile::verify(const SecureBytes &databaseKey) const
{
    if (m_loadedSealed.isEmpty() && m_loadedMac.isEmpty())
        return Seal::Missing;
    initSodium();
    const QByteArray expected = macOf(m_loadedSealed, databaseKey);
    if (expected.isEmpty() || m_loadedMac.size() != expected.size()
        || sodium_memcmp(expected.constData(), m_loadedMac.constData(), static_cast<std::size_t>(expected.size())) != 0)
        return Seal::Invalid;
    return Seal::Valid;
}

QString KeySlotFile::journalProblem() const
{
    QMap<QString, int> pending;
    for (const PendingAuditEvent &e : pendingAudit) {
        if (e.action != QLatin1String("sign_in_failed") || !failureReasons().contains(e.detail) || !e.atUtc.isValid())
            return Tr::tr("a pending audit event that no sign-in wrote (%1: %2)").arg(e.action, e.detail);
        pending[e.user] += 1;
    }
    QStringList users = failures.keys() + sealedFailures.keys() + pending.keys();
    users.removeDuplicates();
    for (const QString &user : users) {
        const int live = failures.value(user).count;
        const int sealed = sealedFailures.value(user);
        if (live < sealed || live - sealed != pending.value(user))
            return Tr::tr("the failed sign-in counter of %1 was altered (%2 now, %3 when sealed, %4 failures waiting)")
                .arg(user).arg(live).arg(sealed).arg(pending.value(user));
    }
    return {};
}

void KeySlotFile::addFailure(const QString &user, const QDateTime &now, const QString &reason)
{
    SignInFailures &f = failures[user];
    f.count += 1;
    f.lastUtc = now;
    pendingAudit.append({now, user, QStringLiteral("sign_in_failed"), reason});
}

Result<KeySlot> KeySlotFile::wrap(const QString &kind, const QString &name, const Secret &secret,
                                  const SecureBytes &databaseKey, const KdfCost &cost, const SecureBytes *seed)
{
    initSodium();
    if (databaseKey.size() != kDatabaseKeyBytes)
        return Error::storage(Tr::tr("A key slot needs the 32-byte database key."));
    SecureBytes ownSeed;
    if (!seed) {
        ownSeed = SecureBytes::random(crypto_sign_SEEDBYTES);
        seed = &ownSeed;
    }
    const auto box = boxKeysFromSeed(*seed);
    if (!box)
        return Error::storage(Tr::tr("A key slot needs a 32-byte key seed."));
    KeySlot slot;
    slot.kind = kind;
    slot.name = name;
    slot.cost = cost;
    slot.scheme = 2;
    slot.boxPublic = box->publicKey;
    slot.sealedKey = sealTo(slot.boxPublic, databaseKey);
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), static_cast<std::size_t>(slot.salt.size()));
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), static_cast<std::size_t>(slot.nonce.size()));
    auto kek = deriveKey(secret, slot.salt, cost);
    if (!kek.ok())
        return kek.error();
    const QByteArray ad = associatedData(slot.scheme, kind, name);
    slot.wrapped.resize(static_cast<qsizetype>(seed->size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.wrapped.data()), &written, seed->data(), seed->size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek->data());
    slot.wrapped.resize(static_cast<qsizetype>(written));
    return slot;
}

Status KeySlotFile::reseal(KeySlot &slot, const SecureBytes &databaseKey)
{
    initSodium();
    if (slot.scheme != 2)
        return Error::storage(Tr::tr("The key slot of %1 was written before key rotation; it cannot be sealed again without its "
                                     "password.").arg(slot.name));
    const QByteArray sealed = sealTo(slot.boxPublic, databaseKey);
    if (sealed.isEmpty())
        return Error::storage(Tr::tr("A key slot is damaged."));
    slot.sealedKey = sealed;
    return {};
}

QByteArray KeySlotFile::sealToBox(const QByteArray &boxPublic, const SecureBytes &key)
{
    initSodium();
    return sealTo(boxPublic, key);
}

Result<SecureBytes> KeySlotFile::openSealed(const SecureBytes &seed, const QByteArray &sealed)
{
    initSodium();
    const auto box = boxKeysFromSeed(seed);
    if (!box || sealed.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES))
        return Error::denied(Tr::tr("The sealed key is damaged or not sealed to this account."));
    SecureBytes out(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(out.data(), reinterpret_cast<const unsigned char *>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char *>(box->publicKey.constData()), box->secretKey.data())
        != 0)
        return Error::denied(Tr::tr("The sealed key is damaged or not sealed to this account."));
    return out;
}

QByteArray KeySlotFile::boxPublicFor(const QByteArray &signingPublicKey)
{
    initSodium();
    QByteArray out(crypto_box_PUBLICKEYBYTES, '\0');
    if (signingPublicKey.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char *>(out.data()),
                                                reinterpret_cast<const unsigned char *>(signingPublicKey.constData()))
            != 0)
        return {};
    return out;
}

Result<SecureBytes> KeySlotFile::unwrap(const KeySlot &slot, const Secret &secret)
{
    auto secrets = open(slot, secret);
    if (!secrets.ok())
        return secrets.error();
    return std::move(secrets->databaseKey);
}

Result<KeySlotFile::Secrets> KeySlotFile::open(const KeySlot &slot, const Secret &secret)
{
    initSodium();
    auto kek = deriveKey(secret, slot.salt, slot.cost);
    if (!kek.ok())
        return kek.error();
    if (slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || slot.wrapped.size() <= crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return Error::storage(Tr::tr("A key slot is damaged."));
    const QByteArray ad = associatedData(slot.scheme, slot.kind, slot.name);
    SecureBytes plain(static_cast<std::size_t>(slot.wrapped.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        plain.data(), &written, nullptr, reinterpret_cast<const unsigned char *>(slot.wrapped.constData()),
        static_cast<unsigned long long>(slot.wrapped.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), reinterpret_cast<const unsigned char *>(slot.nonce.constData()),
        kek->data());
    if (rc != 0)
        return Error::denied(Tr::tr("The password is wrong."));
    Secrets out;
    if (slot.scheme == 2) {
        if (written != SigningKey::kSeedBytes)
            return Error::storage(Tr::tr("A key slot is damaged."));
        out.signingSeed = std::move(plain);
        const auto box = boxKeysFromSeed(out.signingSeed);
        out.databaseKey = SecureBytes(kDatabaseKeyBytes);
        // The password was right; a sealed key that does not open was put in the slot by
        // someone else (sealed to another key).
        if (!box || box->publicKey != slot.boxPublic
            || crypto_box_seal_open(out.databaseKey.data(), reinterpret_cast<const unsigned char *>(slot.sealedKey.constData()),
                                    static_cast<unsigned long long>(slot.sealedKey.size()),
                                    reinterpret_cast<const unsigned char *>(box->publicKey.constData()), box->secretKey.data())
                != 0)
            return Error::storage(Tr::tr("The key slot of %1 does not hold a key sealed to it: it was altered.").arg(slot.name));
        return out;
    }
    if (written != kDatabaseKeyBytes && written != kDatabaseKeyBytes + SigningKey::kSeedBytes)
        return Error::storage(Tr::tr("A key slot is damaged."));
    out.databaseKey = SecureBytes(kDatabaseKeyBytes);
    std::copy_n(plain.data(), kDatabaseKeyBytes, out.databaseKey.data());
    if (written > kDatabaseKeyBytes) {
        out.signingSeed = SecureBytes(SigningKey::kSeedBytes);
        std::copy_n(plain.data() + kDatabaseKeyBytes, SigningKey::kSeedBytes, out.signingSeed.data());
    }
    return out;
}

QString KeySlotFile::chainOwner(const KeySlot &slot)
{
    return slot.kind == QLatin1String("recovery") ? QStringLiteral("#recovery") : slot.name;
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
