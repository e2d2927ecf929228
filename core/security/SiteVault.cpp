#include "security/SiteVault.h"
#include "storage/DiskState.h"
#include "common/Ids.h"
#include "security/IdentityKey.h"
#include "security/KeyCertificate.h"
#include "security/SyncToken.h"
#include "security/KeyRotation.h"
#include "security/KeySlotFile.h"
#include "common/AtomicFile.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <sodium.h>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SiteVault)
};

const auto kUserSlot = QStringLiteral("user");
const auto kRecoverySlot = QStringLiteral("recovery");

// 128 random bits as 8 groups of 4 hex digits: short enough to write down.
QString makeRecoveryKey()
{
    SecureBytes raw = SecureBytes::random(16);
    QByteArray hex = raw.toHex();
    QString grouped;
    for (int i = 0; i < hex.size(); i += 4) {
        if (i)
            grouped += QLatin1Char('-');
        grouped += QString::fromLatin1(hex.mid(i, 4));
    }
    wipe(hex);
    return grouped;
}

// The key as its slot was wrapped: without surrounding white space, the dashes and spaces
// between its groups, or capitals. Done on the guarded bytes, never through a QString.
Secret normalizedRecoveryKey(const Secret &key)
{
    // White space as QString::trimmed took it: ASCII's, the no-break space (C2 A0) and the
    // ideographic space (E3 80 80) that a Chinese input method types.
    const unsigned char *k = key.data();
    const auto spaceAt = [&](std::size_t i, std::size_t limit) -> std::size_t {   // its length, or 0
        if (k[i] == ' ' || (k[i] >= '\t' && k[i] <= '\r'))
            return 1;
        if (i + 1 < limit && k[i] == 0xC2 && k[i + 1] == 0xA0)
            return 2;
        if (i + 2 < limit && k[i] == 0xE3 && k[i + 1] == 0x80 && k[i + 2] == 0x80)
            return 3;
        return 0;
    };
    std::size_t begin = 0;
    std::size_t end = key.size();
    while (begin < end) {
        const std::size_t n = spaceAt(begin, end);
        if (n == 0)
            break;
        begin += n;
    }
    while (end > begin) {
        if (k[end - 1] == ' ' || (k[end - 1] >= '\t' && k[end - 1] <= '\r'))
            end -= 1;
        else if (end - begin >= 2 && spaceAt(end - 2, end) == 2)
            end -= 2;
        else if (end - begin >= 3 && spaceAt(end - 3, end) == 3)
            end -= 3;
        else
            break;
    }
    SecureBytes out(end - begin);
    std::size_t n = 0;
    for (std::size_t i = begin; i < end; ++i) {
        unsigned char c = key.data()[i];
        if (c == '-' || c == ' ')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = static_cast<unsigned char>(c - 'A' + 'a');
        out.data()[n++] = c;
    }
    return Secret::fromUtf8(out.data(), n);
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Under the key file's lock, read again: parallel failures all count. Only the journal is
// written (no key is at hand); the sealed part stays byte for byte as it was.
Status recordFailure(const QString &keyPath, const QString &user, const QDateTime &now, const QString &why)
{
    auto saved = KeySlotFile::update(keyPath, [&](KeySlotFile &f) {
        f.addFailure(user, now, why);
        return Status{};
    });
    return saved.ok() ? Status{} : Status(saved.error());
}

bool belowStandard(const KdfCost &cost)
{
    const KdfCost standard = KdfCost::standard();
    return cost.opslimit < standard.opslimit || cost.memlimit < standard.memlimit;
}

const QString kGenerationKey = KeySlotFile::generationMetaKey();
const auto kKdfFloorKey = QStringLiteral("kdf_floor");

// A key file rewrite parted from its transaction by a crash, or left because its settling
// failed (rewriteKeyFileImpl), is settled before the sign-in reads the key file: by the
// generation the database recorded, holding the database's write lock so that it is not
// another program's rewrite still in progress. The database is opened with whichever of the
// two files takes this password; should neither, the sign-in goes on and fails as it would.
// On a disk that cannot be written the kept file stays until one can.
Status settleLeftoverRewrite(const QString &databasePath, const QString &user, const Secret &password)
{
    const QString keyPath = KeySlotFile::pathFor(databasePath);
    for (const QString &candidate : {keyPath, KeySlotFile::undoPath(keyPath)}) {
        auto file = KeySlotFile::load(candidate);
        const KeySlot *slot = file.ok() ? file->find(kUserSlot, user) : nullptr;
        if (!slot)
            continue;
        auto secrets = KeySlotFile::open(*slot, password);
        if (!secrets.ok())
            continue;
        auto db = Database::open(databasePath, secrets->databaseKey, file->cipher, Database::Mode::OpenExisting);
        if (!db.ok())
            continue;
        Transaction tx(**db);
        if (!tx.begun().ok())
            return {};
        MUCO_READ(recorded, (*db)->meta(kGenerationKey));
        MUCO_TRY(KeySlotFile::settleUndo(keyPath, recorded.toULongLong()));
        return {};
    }
    return {};
}

Status rewriteKeyFileImpl(Session &session, const std::function<Status(KeySlotFile &)> &change, bool allowUnsealed)
{
    Database &db = session.db();
    const QString path = KeySlotFile::pathFor(session.databasePath());
    MUCO_READ(recorded, db.meta(kGenerationKey));
    // Inside a transaction the new file is in force before the database records it: should
    // the commit then fail (a full disk, issue 13), a password change reported as not saved
    // would be in force all the same. The file as it was before the transaction stays under a
    // second name until the transaction ends, and goes back in place unless the database
    // recorded the new one. A leftover of another program that died before its commit is
    // settled first: this transaction holds the write lock, so no rewrite is in progress.
    Result<KeySlotFile> file = Error::storage(QString());
    const Status written = KeySlotFile::locked(path, [&]() -> Status {
        if (db.inTransaction()) {
            MUCO_READ(first, db.whenTransactionEnds(KeySlotFile::undoPath(path), [&db, path] {
                // Unread, the kept file stays for the next sign-in to settle.
                if (auto now = db.meta(kGenerationKey); now.ok())
                    (void)KeySlotFile::settleUndo(path, now->toULongLong());
            }));
            if (first) {
                MUCO_TRY(KeySlotFile::settleUndo(path, recorded.toULongLong()));
                MUCO_TRY(keepHardLink(path, KeySlotFile::undoPath(path)));
            }
        }
        file = KeySlotFile::update(path, change, &session.databaseKey(), recorded.toULongLong(), allowUnsealed);
        return file.ok() ? Status{} : Status(file.error());
    });
    if (!written.ok())
        return written;
    return db.putMeta(kGenerationKey, QString::number(file->generation));
}

} // namespace

QString normalizedUsername(const QString &username) { return username.trimmed().toLower(); }

Status validatePassword(const Secret &password, const QString &field)
{
    if (password.characters() < 10)
        return Error::invalid(field, Tr::tr("a password needs at least 10 characters"));
    return {};
}

Status validateUsername(const QString &username, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!re.match(normalizedUsername(username)).hasMatch())
        return Error::invalid(field, Tr::tr("a user name is 2 to 32 letters, digits, dots, dashes or underscores"));
    return {};
}

Status validateSiteCode(const QString &code, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,10}$"));
    if (!re.match(code).hasMatch())
        return Error::invalid(field, Tr::tr("a site code is 2 to 10 capital letters or digits"));
    return {};
}

qint64 signInDelaySeconds(int failures)
{
    if (failures < kFreeSignInAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeSignInAttempts, 10);
    return std::min<qint64>(qint64(1) << doublings, 15 * 60);
}

bool SiteVault::isDemoSite(const QString &siteCode)
{
    static const QRegularExpression demo(QStringLiteral("^DEMO[1-9]?$"));
    return demo.match(siteCode).hasMatch();
}

Result<QString> SiteVault::create(const SiteSetup &setup, const Clock &clock)
{
    MUCO_TRY(validateSiteCode(setup.siteCode));
    MUCO_TRY(validateUsername(setup.adminUsername, QStringLiteral("admin")));
    MUCO_TRY(validatePassword(setup.adminPassword));
    const bool fastKdf = belowStandard(setup.cost);
    if (fastKdf && !isDemoSite(setup.siteCode) && !setup.testing)
        return Error::invalid(QStringLiteral("cost"), Tr::tr("a real site's key slots need at least the standard Argon2id cost"));
    if (QFileInfo::exists(setup.databasePath))
        return Error::invalid(QStringLiteral("db"), Tr::tr("%1 already exists; choose a new path").arg(setup.databasePath));
    if (!QFileInfo(setup.databasePath).absoluteDir().exists())
        return Error::storage(Tr::tr("The folder for %1 does not exist.").arg(setup.databasePath));

    initSodium();
    const QString tmpPath = setup.databasePath + QStringLiteral(".creating");
    removeDatabaseFiles(tmpPath);
    const SecureBytes key = SecureBytes::random(32);
    const CipherSettings cipher;
    const QString admin = normalizedUsername(setup.adminUsername);
    // The first administrator's key is the root of the site's signatures: it registers itself
    // in the chain's first row; every later key is registered by an administrator.
    const SigningKey adminKey = SigningKey::generate(admin);
    // The recovery slot's key pair: its public key, registered in the chain by the first
    // administrator, is what a key rotation seals the new database key to (KeyRotation).
    const SigningKey recoveryPair = SigningKey::generate(QStringLiteral("#recovery"));
    const QString now = isoUtc(clock.nowUtc());
    {
        auto db = Database::open(tmpPath, key, cipher, Database::Mode::Create);
        if (!db.ok())
            return db.error();
        Status built = [&]() -> Status {
            MUCO_TRY(migrate(**db));
            Transaction tx(**db);
            MUCO_TRY(tx.begun());
            MUCO_TRY((*db)->putMeta(QStringLiteral("site_code"), setup.siteCode));
            MUCO_TRY((*db)->putMeta(QStringLiteral("device_id"), newUuid()));
            MUCO_TRY((*db)->putMeta(QStringLiteral("created_utc"), now));
            MUCO_TRY((*db)->putMeta(QStringLiteral("time_zone"), setup.timeZone));
            MUCO_TRY((*db)->putMeta(QStringLiteral("cipher_settings"), cipher.pragmas().join(QLatin1Char(' '))));
            MUCO_TRY((*db)->putMeta(kGenerationKey, QStringLiteral("1")));
            MUCO_TRY((*db)->putMeta(kKdfFloorKey, fastKdf ? QStringLiteral("fast") : QStringLiteral("standard")));
            auto st = (*db)->prepare(QStringLiteral(
                "INSERT INTO users (id, username, display_name, role, active, created_utc, modified_utc)"
                " VALUES (?, ?, ?, 'administrator', 1, ?, ?)"));
            if (!st.ok())
                return st.error();
            st->bind(1, newUuid()).bind(2, admin)
                .bind(3, setup.adminDisplayName.isEmpty() ? admin : setup.adminDisplayName).bind(4, now).bind(5, now);
            MUCO_TRY(st->run());
            MUCO_TRY(AuditChain::registerKey(**db, admin, adminKey.publicKey(), QStringLiteral("site created"),
                                             clock.nowUtc(), adminKey));
            MUCO_TRY(AuditChain::append(**db, {admin, QStringLiteral("site_created"), QStringLiteral("meta"),
                                               setup.siteCode, {}, {}, setup.siteCode, {}}, clock.nowUtc(), &adminKey));
            MUCO_TRY(AuditChain::append(**db, {admin, QStringLiteral("create"), QStringLiteral("users"), admin,
                                               QStringLiteral("role"), {}, QStringLiteral("administrator"), {}},
                                        clock.nowUtc(), &adminKey));
            MUCO_TRY(AuditChain::registerKey(**db, recoveryPair.owner(), recoveryPair.publicKey(),
                                             QStringLiteral("recovery key"), clock.nowUtc(), adminKey));
            return tx.commit();
        }();
        if (!built.ok()) {
            db->reset();
            removeDatabaseFiles(tmpPath);
            return built.error();
        }
    }   // closing the last connection checkpoints and removes the WAL

    const QString recovery = makeRecoveryKey();
    KeySlotFile keys;
    keys.path = KeySlotFile::pathFor(setup.databasePath);
    keys.site = setup.siteCode;
    keys.cipher = cipher;
    auto adminSlot = KeySlotFile::wrap(kUserSlot, admin, setup.adminPassword, key, setup.cost, &adminKey.seed());
    auto recoverySlot = KeySlotFile::wrap(kRecoverySlot, kRecoverySlot, normalizedRecoveryKey(recovery), key, setup.cost,
                                          &recoveryPair.seed());
    if (!adminSlot.ok() || !recoverySlot.ok()) {
        removeDatabaseFiles(tmpPath);
        return (!adminSlot.ok() ? adminSlot.error() : recoverySlot.error());
    }
    keys.put(adminSlot.value());
    keys.put(recoverySlot.value());
    // Key file first: a database without its key file would be unreadable, whereas a
    // stray key file without a database is simply overwritten by the next set-up.
    Status saved = keys.seal(key);   // generation 1, as recorded above
    if (!saved.ok() || !QFile::rename(tmpPath, setup.databasePath)) {
        QFile::remove(keys.path);
        removeDatabaseFiles(tmpPath);
        return saved.ok() ? Error::storage(Tr::tr("%1 could not be created.").arg(setup.databasePath)) : saved.error();
    }
    // Encrypted or not, the file is nobody else's business.
    QFile::setPermissions(setup.databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return recovery;
}

Result<std::unique_ptr<Session>> SiteVault::signIn(const QString &databasePath, const QString &username,
                                                    const Secret &password, std::shared_ptr<Clock> clock)
{
    if (!QFileInfo::exists(databasePath))
        return Error::storage(Tr::tr("The site database %1 does not exist.").arg(databasePath));
    const QString keyPath = KeySlotFile::pathFor(databasePath);
    const QString user = normalizedUsername(username);
    auto keys = KeySlotFile::load(keyPath);
    if (!keys.ok())
        return keys.error();
    const QDateTime now = clock->nowUtc();

    const SignInFailures failures = keys->failures.value(user);
    const qint64 delay = signInDelaySeconds(failures.count);
    if (delay > 0 && failures.lastUtc.isValid()) {
        const qint64 wait = now.secsTo(failures.lastUtc.addSecs(delay));
        if (wait > 0)
            return Error::denied(Tr::tr("Too many failed sign-ins for %1; wait %2 seconds and try again.").arg(user).arg(wait));
    }
    // Only after the wait: settling tries the password against both files (two Argon2id
    // unwraps), which a guesser made to wait must not get. Then the file in force is read again.
    if (QFileInfo::exists(KeySlotFile::undoPath(keyPath))) {
        MUCO_TRY(settleLeftoverRewrite(databasePath, user, password));
        keys = KeySlotFile::load(keyPath);
        if (!keys.ok())
            return keys.error();
    }

    const KeySlot *slot = keys->find(kUserSlot, user);
    if (!slot) {
        (void)recordFailure(keyPath, user, now, QStringLiteral("unknown user"));
        return Error::denied(Tr::tr("The user name or password is wrong."));
    }
    auto secrets = KeySlotFile::open(*slot, password);
    if (!secrets.ok()) {
        if (secrets.error().kind == ErrorKind::Denied) {
            (void)recordFailure(keyPath, user, now, QStringLiteral("wrong password"));
            return Error::denied(Tr::tr("The user name or password is wrong."));
        }
        return secrets.error();
    }
    Result<SecureBytes> key = std::move(secrets->databaseKey);
    // Empty for a slot written before accounts had signing keys: one is made below.
    SigningKey signingKey(user, std::move(secrets->signingSeed));

    // The database is opened whatever the seal says (the cipher settings are typed values from
    // a fixed list, nothing in them is executed) so that an altered file is recorded in the
    // audit trail before it is refused.
    auto db = Database::open(databasePath, *key, keys->cipher, Database::Mode::OpenExisting);
    // A key rotation leaves PATH.keys.next only if it stopped half-way (KeyRotation). Its lock
    // is held for the whole rotation, so inside it the state is settled: the old key still
    // opens the database (the rekey never committed: the new file is dropped), or the new
    // file's key does (it takes the old one's place). The old key is tried first: a rekey cut
    // short leaves a journal that only the old key can roll back.
    const QString nextPath = KeySlotFile::nextPath(keyPath);
    if (QFileInfo::exists(nextPath)) {
        const Status settled = KeySlotFile::locked(keyPath, [&]() -> Status {
            if (!QFileInfo::exists(nextPath))
                return {};
            if (db.ok()) {
                QFile::remove(nextPath);
                return {};
            }
            MUCO_READ(next, KeySlotFile::load(nextPath));
            const KeySlot *nextSlot = next.find(kUserSlot, user);
            if (!nextSlot)
                return {};
            MUCO_READ(nextSecrets, KeySlotFile::open(*nextSlot, password));
            auto nextDb = Database::open(databasePath, nextSecrets.databaseKey, next.cipher, Database::Mode::OpenExisting);
            if (!nextDb.ok())
                return {};
            MUCO_TRY(replaceFileWith(nextPath, keyPath));
            next.path = keyPath;
            keys = std::move(next);
            key = std::move(nextSecrets.databaseKey);
            signingKey = SigningKey(user, std::move(nextSecrets.signingSeed));
            db = std::move(nextDb);
            return {};
        });
        if (!settled.ok())
            return settled.error();
        slot = keys->find(kUserSlot, user);
        if (!slot)
            return Error::denied(Tr::tr("The user name or password is wrong."));
    }
    // The seal is checked with the key just unwrapped.
    const KeySlotFile::Seal seal = keys->verify(*key);
    const auto tampered = [&](const QString &what, bool recordedNow = true) {
        return Error::denied((recordedNow ? Tr::tr("The key file %1 has been altered (%2). Sign-in is refused and this was recorded in "
                                                   "the audit trail; put back the key file that belongs with this database, or ask the "
                                                   "administrator.")
                                          : Tr::tr("The key file %1 has been altered (%2). Sign-in is refused, and the next sign-in "
                                                   "records this in the audit trail; put back the key file that belongs with this "
                                                   "database, or ask the administrator."))
                                 .arg(keyPath, what));
    };
    if (!db.ok())
        return seal == KeySlotFile::Seal::Invalid ? tampered(Tr::tr("its seal does not match its content")) : db.error();
    MUCO_TRY(migrate(**db));
    {
        MUCO_READ(recordedGeneration, (*db)->meta(kGenerationKey));
        MUCO_READ(floor, (*db)->meta(kKdfFloorKey));
        MUCO_READ(recordedCipher, (*db)->meta(QStringLiteral("cipher_settings")));
        MUCO_READ(recordedSite, (*db)->meta(QStringLiteral("site_code")));
        QStringList problems;
        if (seal == KeySlotFile::Seal::Invalid)
            problems << Tr::tr("its seal does not match its content: it was edited");
        if (seal == KeySlotFile::Seal::Missing && !recordedGeneration.isEmpty())
            problems << Tr::tr("it is not sealed, but the database expects generation %1").arg(recordedGeneration);
        if (seal == KeySlotFile::Seal::Valid && !recordedGeneration.isEmpty() && keys->generation < recordedGeneration.toULongLong())
            problems << Tr::tr("it is generation %1, older than the generation %2 the database recorded: an old copy was put back")
                            .arg(keys->generation).arg(recordedGeneration);
        if (!recordedCipher.isEmpty() && recordedCipher != keys->cipher.pragmas().join(QLatin1Char(' ')))
            problems << Tr::tr("its cipher settings are not the ones the database recorded");
        const QString journal = keys->journalProblem();
        if (!journal.isEmpty())
            problems << journal;
        const bool fastAllowed = floor == QLatin1String("fast") || isDemoSite(recordedSite);
        if (!fastAllowed && belowStandard(slot->cost))
            problems << Tr::tr("the key slot of %1 is below the standard Argon2id cost").arg(user);
        // An account's slot holds the signing key the audit trail last registered for it: a
        // key holder had wrapped a slot for "doctor" around a key pair of her own, under her own
        // password, sealed the file with the database key and signed in as the doctor (H2). A
        // slot without a key belongs to an account from before signing keys, which has none
        // registered.
        MUCO_READ(registered, AuditChain::registeredKey(**db, user));
        const bool keyNotRegistered = !registered.isEmpty() && (signingKey.isNull() || signingKey.publicKey() != registered);
        if (keyNotRegistered)
            problems << Tr::tr("the key slot of %1 holds a signing key the audit trail did not register for %1").arg(user);
        if (!problems.isEmpty()) {
            const QString what = problems.join(QStringLiteral("; "));
            if (keyNotRegistered) {
                // Not written to the trail now: signed with a key the trail never registered for
                // the account, the row would fail `audit verify` for good (a review). Kept in the
                // database (a key file put back would take a note in its journal with it), and
                // entered in the trail by the next sign-in, under its own key.
                Transaction tx(**db);
                MUCO_TRY(tx.begun());
                MUCO_READ(note, (*db)->prepare(QStringLiteral("INSERT INTO refused_sign_ins (user_name, at_utc, detail) VALUES (?, ?, ?)")));
                note.bind(1, user).bind(2, isoUtc(now)).bind(3, what);
                MUCO_TRY(note.run());
                MUCO_TRY(tx.commit());
                return tampered(what, false);
            }
            Transaction tx(**db);
            MUCO_TRY(tx.begun());
            MUCO_TRY(AuditChain::append(**db, {user, QStringLiteral("key_file_tampered"), QStringLiteral("meta"), keyPath, {}, {}, {}, what},
                                        now, &signingKey));
            MUCO_TRY(tx.commit());
            return tampered(what);
        }
    }

    auto st = (*db)->prepare(QStringLiteral("SELECT id, display_name, role, active FROM users WHERE username = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, user);
    auto row = st->next();
    if (!row.ok())
        return row.error();
    if (!row.value() || st->integer(3) == 0)
        return Error::denied(Tr::tr("The account %1 is not active at this site.").arg(user));
    auto role = parseRole(st->text(2));
    if (!role.ok())
        return Error::storage(Tr::tr("The account %1 has an unknown role.").arg(user));
    UserInfo info{st->text(0), user, st->text(1), role.value()};

    MUCO_READ(siteCode, (*db)->meta(QStringLiteral("site_code"), keys->site));
    // A statement left on a row keeps its read transaction open, and SQLite does not wait
    // (busy timeout) for a connection that holds one to become a writer: the sign-in's own
    // transaction below would fail at once with "locked" whenever another program writes.
    st->reset();

    // An account older than signing keys gets its key pair now, the only time its password is
    // at hand: wrapped into its slot and registered in the chain by itself, which verify()
    // accepts only for an account created before the chain's first signed row.
    // A slot written before key rotation (scheme 1) is rewritten in scheme 2 with the same key
    // pair, so that a later rotation can seal the database key to it.
    std::optional<KeySlot> upgradedSlot;
    const bool newSigningKey = signingKey.isNull();
    if (newSigningKey)
        signingKey = SigningKey::generate(user);
    if (newSigningKey || slot->scheme != 2) {
        auto rewrapped = KeySlotFile::wrap(kUserSlot, user, password, *key, slot->cost, &signingKey.seed());
        if (!rewrapped.ok())
            return rewrapped.error();
        upgradedSlot = rewrapped.value();
    }
    auto session = std::make_unique<Session>(std::move(db).value(), std::move(key).value(), info, siteCode, clock,
                                             std::move(signingKey));
    MUCO_TRY(session->loadSiteCalendar());
    MUCO_TRY(session->loadDeviceScope());
    const Status audited = [&]() -> Status {
        // Failed attempts could not be audited while the database was closed: they enter
        // the chain now, with this sign-in, in one transaction.
        Transaction tx(session->db());
        MUCO_TRY(tx.begun());
        if (upgradedSlot) {
            if (newSigningKey)
                MUCO_TRY(AuditChain::registerKey(session->db(), user, session->signingKey().publicKey(),
                                                 QStringLiteral("first sign-in with signing keys"), now, session->signingKey()));
            MUCO_TRY(rewriteKeyFileImpl(*session, [&](KeySlotFile &f) {
                f.put(*upgradedSlot);
                return Status{};
            }, seal == KeySlotFile::Seal::Missing));
        }
        // journalProblem() has checked each: a sign-in failure with a known reason.
        for (const PendingAuditEvent &e : keys->pendingAudit)
            MUCO_TRY(AuditChain::append(session->db(), {e.user, e.action, QStringLiteral("users"), e.user, {}, {}, {}, e.detail},
                                        e.atUtc, &session->signingKey()));
        // Sign-ins refused for a slot whose key the trail did not register: a failed sign-in of
        // theirs, recorded by this one (the only row another account may sign for them). As the
        // journal's: a user name, a time and a fixed reason, nothing else from the table, which
        // whoever holds the database key can write to (its detail stays there, unsigned).
        {
            MUCO_READ(refused, session->db().prepare(QStringLiteral("SELECT user_name, at_utc FROM refused_sign_ins ORDER BY id")));
            QList<std::pair<QString, QDateTime>> waiting;
            bool any = false;
            MUCO_TRY(refused.forEachRow([&](const Statement &r) {
                any = true;
                const QString who = r.text(0);
                const QDateTime at = QDateTime::fromString(r.text(1), Qt::ISODate);
                if (!who.isEmpty() && who.size() <= 64 && who == normalizedUsername(who) && at.isValid())
                    waiting.append({who, at});
            }));
            for (const auto &[who, at] : waiting)
                MUCO_TRY(AuditChain::append(session->db(), {who, QStringLiteral("sign_in_failed"), QStringLiteral("users"), who, {}, {}, {},
                                                            QStringLiteral("key not registered")},
                                            at, &session->signingKey()));
            if (any)   // nearly always none: no write for them
                MUCO_TRY(session->db().exec(QStringLiteral("DELETE FROM refused_sign_ins")));
        }
        MUCO_TRY(session->audit({{}, QStringLiteral("sign_in"), QStringLiteral("users"), user, {}, {}, {}, {}}));
        return tx.commit();
    }();
    if (!audited.ok()) {
        // A full or read-only disk (issue 13, D6): the session reads, and every write fails
        // saying why. Nothing is lost: the failures stay in the key file's journal and enter
        // the chain with the next sign-in that can write.
        if (!unwritableDisk(session->databasePath()))
            return audited.error();
        (void)IdentityKey::prepare(*session);   // opens this account's copies; writes nothing it cannot
        (void)SyncToken::prepare(*session);
        return session;
    }
    if (!keys->pendingAudit.isEmpty() || keys->failures.contains(user) || seal == KeySlotFile::Seal::Missing) {
        // Sealed again under the lock, with the next generation recorded in the database.
        // Failures written by others since it was read stay waiting.
        const QList<PendingAuditEvent> absorbed = keys->pendingAudit;
        (void)rewriteKeyFileImpl(*session, [&](KeySlotFile &f) {
            for (const PendingAuditEvent &e : absorbed)
                f.pendingAudit.removeOne(e);
            const auto waiting = std::count_if(f.pendingAudit.cbegin(), f.pendingAudit.cend(),
                                               [&](const PendingAuditEvent &e) { return e.user == user; });
            if (waiting == 0)
                f.failures.remove(user);
            else
                f.failures[user].count = static_cast<int>(waiting);
            return Status{};
        }, seal == KeySlotFile::Seal::Missing);
    }
    // A deactivation whose key rotation could not finish (another program had the database
    // open, a crash): it is finished now, by whoever signs in first. Should it fail again, it
    // stays due; the sign-in itself goes on.
    if (auto due = KeyRotation::isDue(session->db()); due.ok() && due.value())
        (void)KeyRotation::rotate(*session, QStringLiteral("rotation due since a deactivation, finished at sign-in"));
    // The identity key: this account's copy opened, the holders brought up to date. A failure
    // (a broken trail) leaves identities to those who already hold the key; sign-in goes on.
    if (const Status identities = IdentityKey::prepare(*session); !identities.ok())
        qWarning("identity key: %s", qPrintable(identities.error().message));
    // The sync key, likewise: a failure leaves this account unable to sync, not to sign in.
    if (const Status sync = SyncToken::prepare(*session); !sync.ok())
        qWarning("sync key: %s", qPrintable(sync.error().message));
    // An administrator certifies for the central site what changed in the accounts since they
    // last did (the accounts from before certificates, at the first sign-in after the upgrade).
    if (const Status certified = KeyCertificates::prepare(*session); !certified.ok())
        qWarning("keys not certified: %s", qPrintable(certified.error().message));
    return session;
}

Status SiteVault::rewriteKeyFile(Session &session, const std::function<Status(KeySlotFile &)> &change)
{
    return rewriteKeyFileImpl(session, change, false);
}

Status SiteVault::checkSlotCost(Database &db, const KdfCost &cost)
{
    if (!belowStandard(cost))
        return {};
    MUCO_READ(floor, db.meta(kKdfFloorKey));
    MUCO_READ(site, db.meta(QStringLiteral("site_code")));
    if (floor == QLatin1String("fast") || isDemoSite(site))
        return {};
    return Error::invalid(QStringLiteral("cost"), Tr::tr("a real site's key slots need at least the standard Argon2id cost"));
}

Result<QString> SiteVault::replaceRecoveryKey(Session &session, const KdfCost &cost)
{
    MUCO_TRY(session.require(Permission::ManageUsers));
    MUCO_TRY(checkSlotCost(session.db(), cost));
    if (session.signingKey().isNull())
        return Error::denied(Tr::tr("Your account has no signing key yet; sign in again."));
    const SigningKey recoveryPair = SigningKey::generate(QStringLiteral("#recovery"));
    const QString recovery = makeRecoveryKey();
    MUCO_READ(slot, KeySlotFile::wrap(kRecoverySlot, kRecoverySlot, normalizedRecoveryKey(recovery), session.databaseKey(), cost,
                                      &recoveryPair.seed()));
    Transaction tx(session.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(AuditChain::registerKey(session.db(), recoveryPair.owner(), recoveryPair.publicKey(),
                                     QStringLiteral("recovery key replaced"), session.now(), session.signingKey()));
    MUCO_TRY(session.audit({{}, QStringLiteral("recovery_key_replaced"), QStringLiteral("meta"), QStringLiteral("recovery key"), {}, {}, {}, {}}));
    // In the transaction: should the commit fail, the key file goes back and the old
    // recovery key stays the one in force.
    MUCO_TRY(rewriteKeyFileImpl(session, [&](KeySlotFile &f) {
        f.put(slot);
        return Status{};
    }, false));
    MUCO_TRY(tx.commit());
    if (const Status certified = KeyCertificates::prepare(session); !certified.ok())
        qWarning("keys not certified: %s", qPrintable(certified.error().message));
    return recovery;
}

Result<SecureBytes> SiteVault::recoverKey(const QString &databasePath, const Secret &recoveryKey)
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(databasePath));
    if (!keys.ok())
        return keys.error();
    const KeySlot *slot = keys->find(kRecoverySlot, kRecoverySlot);
    if (!slot)
        return Error::storage(Tr::tr("The key file of %1 has no recovery slot.").arg(databasePath));
    auto key = KeySlotFile::unwrap(*slot, normalizedRecoveryKey(recoveryKey));
    if (!key.ok() && key.error().kind == ErrorKind::Denied)
        return Error::denied(Tr::tr("The recovery key is wrong."));
    // A key rotation that stopped after the rekey: the database's key is the new file's
    // (the old key is tried first, see signIn).
    const QString nextPath = KeySlotFile::nextPath(keys->path);
    if (key.ok() && QFileInfo::exists(nextPath)
        && !Database::open(databasePath, *key, keys->cipher, Database::Mode::OpenExisting).ok()) {
        auto next = KeySlotFile::load(nextPath);
        const KeySlot *nextSlot = next.ok() ? next->find(kRecoverySlot, kRecoverySlot) : nullptr;
        if (nextSlot) {
            auto nextKey = KeySlotFile::unwrap(*nextSlot, normalizedRecoveryKey(recoveryKey));
            if (nextKey.ok() && Database::open(databasePath, *nextKey, next->cipher, Database::Mode::OpenExisting).ok())
                return nextKey;
        }
    }
    return key;
}

} // namespace muco
