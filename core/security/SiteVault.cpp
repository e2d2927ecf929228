#include "security/SiteVault.h"
#include "common/Ids.h"
#include "security/KeySlotFile.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
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

QString normalizedRecoveryKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.remove(QLatin1Char('-'));
    k.remove(QLatin1Char(' '));
    return k;
}

Status insertMeta(Database &db, const QString &key, const QString &value)
{
    auto st = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!st.ok())
        return st.error();
    st->bind(1, key).bind(2, value);
    return st->run();
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Status recordFailure(KeySlotFile &keys, const QString &user, const QDateTime &now, const QString &why)
{
    SignInFailures &f = keys.failures[user];
    f.count += 1;
    f.lastUtc = now;
    keys.pendingAudit.append({now, user, QStringLiteral("sign_in_failed"), why});
    return keys.save();
}

} // namespace

QString normalizedUsername(const QString &username) { return username.trimmed().toLower(); }

Status validatePassword(const QString &password, const QString &field)
{
    if (password.size() < 10)
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

Result<QString> SiteVault::create(const SiteSetup &setup, const Clock &clock)
{
    MUCO_TRY(validateSiteCode(setup.siteCode));
    MUCO_TRY(validateUsername(setup.adminUsername, QStringLiteral("admin")));
    MUCO_TRY(validatePassword(setup.adminPassword));
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
    const QString now = isoUtc(clock.nowUtc());
    {
        auto db = Database::open(tmpPath, key, cipher, Database::Mode::Create);
        if (!db.ok())
            return db.error();
        Status built = [&]() -> Status {
            MUCO_TRY(migrate(**db));
            Transaction tx(**db);
            MUCO_TRY(tx.begun());
            MUCO_TRY(insertMeta(**db, QStringLiteral("site_code"), setup.siteCode));
            MUCO_TRY(insertMeta(**db, QStringLiteral("device_id"), newUuid()));
            MUCO_TRY(insertMeta(**db, QStringLiteral("created_utc"), now));
            MUCO_TRY(insertMeta(**db, QStringLiteral("time_zone"), setup.timeZone));
            MUCO_TRY(insertMeta(**db, QStringLiteral("cipher_settings"), cipher.pragmas().join(QLatin1Char(' '))));
            auto st = (*db)->prepare(QStringLiteral(
                "INSERT INTO users (id, username, display_name, role, active, created_utc, modified_utc)"
                " VALUES (?, ?, ?, 'administrator', 1, ?, ?)"));
            if (!st.ok())
                return st.error();
            st->bind(1, newUuid()).bind(2, admin)
                .bind(3, setup.adminDisplayName.isEmpty() ? admin : setup.adminDisplayName).bind(4, now).bind(5, now);
            MUCO_TRY(st->run());
            MUCO_TRY(AuditChain::append(**db, {admin, QStringLiteral("site_created"), QStringLiteral("meta"),
                                               setup.siteCode, {}, {}, setup.siteCode, {}}, clock.nowUtc()));
            MUCO_TRY(AuditChain::append(**db, {admin, QStringLiteral("create"), QStringLiteral("users"), admin,
                                               QStringLiteral("role"), {}, QStringLiteral("administrator"), {}},
                                        clock.nowUtc()));
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
    auto adminSlot = KeySlotFile::wrap(kUserSlot, admin, setup.adminPassword, key, setup.cost);
    auto recoverySlot = KeySlotFile::wrap(kRecoverySlot, kRecoverySlot, normalizedRecoveryKey(recovery), key, setup.cost);
    if (!adminSlot.ok() || !recoverySlot.ok()) {
        removeDatabaseFiles(tmpPath);
        return (!adminSlot.ok() ? adminSlot.error() : recoverySlot.error());
    }
    keys.put(adminSlot.value());
    keys.put(recoverySlot.value());
    // Key file first: a database without its key file would be unreadable, whereas a
    // stray key file without a database is simply overwritten by the next set-up.
    Status saved = keys.save();
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
                                                    const QString &password, std::shared_ptr<Clock> clock)
{
    if (!QFileInfo::exists(databasePath))
        return Error::storage(Tr::tr("The site database %1 does not exist.").arg(databasePath));
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(databasePath));
    if (!keys.ok())
        return keys.error();
    const QString user = normalizedUsername(username);
    const QDateTime now = clock->nowUtc();

    const SignInFailures failures = keys->failures.value(user);
    const qint64 delay = signInDelaySeconds(failures.count);
    if (delay > 0 && failures.lastUtc.isValid()) {
        const qint64 wait = now.secsTo(failures.lastUtc.addSecs(delay));
        if (wait > 0)
            return Error::denied(Tr::tr("Too many failed sign-ins for %1; wait %2 seconds and try again.").arg(user).arg(wait));
    }

    const KeySlot *slot = keys->find(kUserSlot, user);
    if (!slot) {
        (void)recordFailure(*keys, user, now, QStringLiteral("unknown user"));
        return Error::denied(Tr::tr("The user name or password is wrong."));
    }
    auto key = KeySlotFile::unwrap(*slot, password);
    if (!key.ok()) {
        if (key.error().kind == ErrorKind::Denied) {
            (void)recordFailure(*keys, user, now, QStringLiteral("wrong password"));
            return Error::denied(Tr::tr("The user name or password is wrong."));
        }
        return key.error();
    }

    auto db = Database::open(databasePath, *key, keys->cipher, Database::Mode::OpenExisting);
    if (!db.ok())
        return db.error();
    MUCO_TRY(migrate(**db));

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

    auto site = (*db)->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'site_code'"));
    if (!site.ok())
        return site.error();
    auto siteRow = site->next();
    if (!siteRow.ok())
        return siteRow.error();
    const QString siteCode = siteRow.value() ? site->text(0) : keys->site;

    auto session = std::make_unique<Session>(std::move(db).value(), std::move(key).value(), info, siteCode, clock);
    MUCO_TRY(session->loadSiteCalendar());
    {
        // Failed attempts could not be audited while the database was closed: they enter
        // the chain now, with this sign-in, in one transaction.
        Transaction tx(session->db());
        MUCO_TRY(tx.begun());
        for (const PendingAuditEvent &e : keys->pendingAudit)
            MUCO_TRY(AuditChain::append(session->db(), {e.user, e.action, QStringLiteral("users"), e.user, {}, {}, {}, e.detail}, e.atUtc));
        MUCO_TRY(session->audit({{}, QStringLiteral("sign_in"), QStringLiteral("users"), user, {}, {}, {}, {}}));
        MUCO_TRY(tx.commit());
    }
    if (!keys->pendingAudit.isEmpty() || keys->failures.contains(user)) {
        keys->pendingAudit.clear();
        keys->failures.remove(user);
        (void)keys->save();
    }
    return session;
}

Result<SecureBytes> SiteVault::recoverKey(const QString &databasePath, const QString &recoveryKey)
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
    return key;
}

} // namespace muco
