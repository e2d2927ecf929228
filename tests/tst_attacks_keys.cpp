// Attacks on the key file (issue 11, H1 and H2), each as it was shown against the built
// programs. Every test here failed on the code before the fix; docs/security.md says what
// each mechanism stops and what it does not.
#include "TestSite.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "records/Patients.h"
#include "security/KeyRotation.h"
#include "security/KeySlotFile.h"
#include "security/SigningKey.h"
#include "security/SiteVault.h"
#include "storage/CipherSettings.h"
#include "storage/Statement.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace muco;

namespace {

QString keyPath(const test::TestSite &site) { return KeySlotFile::pathFor(site.path()); }

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

// The object that holds site, cipher and slots (the sealed part, or the top level of an
// unsealed file), edited in place by `edit`.
void editKeyFile(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = readJson(path);
    if (root.contains(QStringLiteral("sealed"))) {
        QJsonObject sealed = root.value(QStringLiteral("sealed")).toObject();
        edit(sealed);
        root.insert(QStringLiteral("sealed"), sealed);
    } else {
        edit(root);
    }
    writeJson(path, root);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &b)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(b);
}

qint64 auditCount(Session &s, const QString &action)
{
    auto st = s.db().prepare(QStringLiteral("SELECT count(*) FROM audit WHERE action = ?"));
    st->bind(1, action);
    (void)st->next();
    return st->integer(0);
}

// Sign-ins of `user` refused for a slot whose key the trail did not register, as the next
// sign-in recorded them.
qint64 keyFileAlteredFor(Session &s, const QString &user)
{
    auto st = s.db().prepare(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'sign_in_failed' AND user_name = ?"
                                            " AND reason = 'key not registered'"));
    st->bind(1, user);
    (void)st->next();
    return st->integer(0);
}

// Later by a day at every reading: parallel sign-ins are never slowed down by each other.
class RacingClock final : public Clock {
public:
    QDateTime nowUtc() const override
    {
        return QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()).addDays(m_calls.fetch_add(1) + 1);
    }
private:
    mutable std::atomic<int> m_calls{0};
};

} // namespace

class TestAttacksKeys : public QObject {
    Q_OBJECT
private slots:
    // H1: a crafted kdf_algorithm was pasted into a PRAGMA and run by sqlite3_exec: the next
    // sign-in attached a file and exported the users table to it in plaintext.
    void cipherSettingsFromTheKeyFileAreNeverExecuted()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        const QString leak = site.dir() + QStringLiteral("/leak.db");
        editKeyFile(keyPath(site), [&](QJsonObject &o) {
            QJsonObject cipher = o.value(QStringLiteral("cipher")).toObject();
            cipher.insert(QStringLiteral("kdf_algorithm"),
                          QStringLiteral("PBKDF2_HMAC_SHA1; ATTACH DATABASE '%1' AS leak KEY ''; "
                                         "CREATE TABLE leak.stolen AS SELECT * FROM main.users; UPDATE main.users SET role = "
                                         "'administrator' WHERE username = 'monitor'; --").arg(leak));
            o.insert(QStringLiteral("cipher"), cipher);
        });
        // The attacker prepares an empty file to attach (the site database is opened without
        // SQLITE_OPEN_CREATE, so ATTACH cannot create one).
        writeBytes(leak, {});
        auto s = SiteVault::signIn(site.path(), QStringLiteral("monitor"), test::kPassword, site.clock());
        QCOMPARE(QFileInfo(leak).size(), 0);   // nothing exported into it
        QVERIFY(!s.ok());
    }

    void cipherSettingsAreTypedAndRangeChecked()
    {
        QVERIFY(CipherSettings::fromJson(CipherSettings{}.toJson()).ok());
        QCOMPARE(CipherSettings::fromJson(CipherSettings{}.toJson()).value(), CipherSettings{});
        const QList<QPair<QString, QJsonValue>> bad = {
            {QStringLiteral("kdf_algorithm"), QStringLiteral("PBKDF2_HMAC_SHA1; DROP TABLE users")},
            {QStringLiteral("hmac_algorithm"), QStringLiteral("HMAC_MD5")},
            {QStringLiteral("kdf_iter"), 0},
            {QStringLiteral("kdf_iter"), QStringLiteral("64000; ATTACH 'x' AS y")},
            {QStringLiteral("page_size"), 4097},
            {QStringLiteral("page_size"), 1.5},
            {QStringLiteral("compatibility"), 5},
            {QStringLiteral("cipher_plaintext_header_size"), 32}};
        for (const auto &[key, value] : bad) {
            QJsonObject o = CipherSettings{}.toJson();
            o.insert(key, value);
            auto r = CipherSettings::fromJson(o);
            QVERIFY2(!r.ok(), qPrintable(key));
            QCOMPARE(r.error().field, QStringLiteral("cipher.") + key);
        }
        CipherSettings v4;
        v4.compatibility = 4;
        v4.hmacAlgorithm = CipherHmac::Sha512;
        v4.kdfAlgorithm = CipherKdf::Pbkdf2Sha512;
        QCOMPARE(CipherSettings::fromJson(v4.toJson()).value(), v4);
    }

    // H2: a nurse made a slot for "doctor" from her own and signed in as doctor. Slots are
    // bound to their owner (the AEAD's associated data) and the seal covers every slot.
    void aSlotSwappedToAnotherAccountDoesNotOpen()
    {
        test::TestSite site;
        editKeyFile(keyPath(site), [](QJsonObject &o) {
            QJsonArray slotList = o.value(QStringLiteral("slots")).toArray();
            QJsonObject nurse;
            for (const QJsonValue &v : slotList)
                if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("nurse"))
                    nurse = v.toObject();
            for (int i = 0; i < slotList.size(); ++i)
                if (slotList[i].toObject().value(QStringLiteral("name")).toString() == QLatin1String("doctor")) {
                    QJsonObject forged = nurse;
                    forged.insert(QStringLiteral("name"), QStringLiteral("doctor"));
                    slotList[i] = forged;
                }
            o.insert(QStringLiteral("slots"), slotList);
        });
        auto s = SiteVault::signIn(site.path(), QStringLiteral("doctor"), test::kPassword, site.clock());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Denied);
    }

    // H2 as a key holder does it (a review): the nurse, holding the database key, wraps a slot
    // for "doctor" around a key pair of her own under a password of hers and seals the file
    // with the key, a generation ahead of the database (which a crash can leave, and is
    // accepted). She signed in as the doctor; her entries failed only `audit verify`. Refused
    // now, and recorded, since the slot's key is not the one the trail registered for him.
    void aSlotForgedAndSealedByAKeyHolderDoesNotOpen()
    {
        test::TestSite site;
        QString generation;
        SecureBytes key;
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            QVERIFY(nurse);
            key = SecureBytes::fromHex(QString::fromLatin1(nurse->databaseKey().toHex()));
            generation = nurse->db().meta(QStringLiteral("key_file_generation")).value();
        }
        auto keys = KeySlotFile::load(keyPath(site));
        QVERIFY(keys.ok());
        const SigningKey hers = SigningKey::generate(QStringLiteral("doctor"));
        const QString password = QStringLiteral("the-nurses-own-1");
        keys->put(KeySlotFile::wrap(QStringLiteral("user"), QStringLiteral("doctor"), password, key, KdfCost::fast(), &hers.seed()).value());
        QVERIFY(keys->seal(key, generation.toULongLong() + 1).ok());
        auto forged = SiteVault::signIn(site.path(), QStringLiteral("doctor"), password, site.clock());
        QVERIFY2(!forged.ok(), "the forged slot signed in as the doctor");
        QCOMPARE(forged.error().kind, ErrorKind::Denied);
        QVERIFY2(forged.error().message.contains(QStringLiteral("did not register")), qPrintable(forged.error().message));
        // The honest accounts still sign in; the refusal enters the trail with the next sign-in,
        // signed by its own key, and the trail still verifies (signed with the forged key, the
        // refusal's row had broken it for good: a review).
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(keyFileAlteredFor(*admin, QStringLiteral("doctor")), qint64(1));
        const auto verified = AuditChain::verify(admin->db());
        QVERIFY2(verified.ok() && verified->intact, verified.ok() ? qPrintable(verified->problem) : "");
    }

    // A site from before migration 22 notes each account's latest registered key from its trail
    // (the doctor's second, after a reset), so its honest accounts go on signing in.
    void aSiteFromBeforeNotesItsRegisteredKeys()
    {
        test::TestSite site;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            const Status reset = Accounts::resetPassword(*admin, QStringLiteral("doctor"), QStringLiteral("a-new-password-1"));
            QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(reset.error().message));
        }
        {
            auto db = site.openWithExtractedKey(QStringLiteral("admin"));
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("DROP TABLE registered_keys")).ok());
            QVERIFY(db->exec(QStringLiteral("DROP TABLE refused_sign_ins")).ok());
            // Without the columns migration 24 adds (SQLite 3.15 drops no column: copied without them).
            for (const QString &table : {QStringLiteral("sdv_marks"), QStringLiteral("query_messages")}) {
                QStringList columns;
                auto info = db->prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
                QVERIFY(info->forEachRow([&](const Statement &r) { columns << r.text(1); }).ok());
                for (const char *added : {"signed_by", "signed_utc", "signature"})
                    QVERIFY(columns.removeOne(QLatin1String(added)));
                QVERIFY(db->exec(QStringLiteral("CREATE TABLE old_%1 AS SELECT %2 FROM %1").arg(table, columns.join(QLatin1Char(',')))).ok());
                QVERIFY(db->exec(QStringLiteral("DROP TABLE %1").arg(table)).ok());
                QVERIFY(db->exec(QStringLiteral("ALTER TABLE old_%1 RENAME TO %1").arg(table)).ok());
            }
            QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 21")).ok());
        }
        auto doctor = SiteVault::signIn(site.path(), QStringLiteral("doctor"), QStringLiteral("a-new-password-1"), site.clock());
        QVERIFY2(doctor.ok(), doctor.ok() ? "" : qPrintable(doctor.error().message));
        QCOMPARE(AuditChain::registeredKey((*doctor)->db(), QStringLiteral("doctor")).value(), (*doctor)->signingKey().publicKey());
    }

    // H2: the key file was rolled back: after an administrator reset a password, the copy
    // kept from before made the old password work again.
    void aRolledBackKeyFileIsRefused()
    {
        test::TestSite site;
        const QByteArray old = readBytes(keyPath(site));
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(Accounts::resetPassword(*admin, QStringLiteral("nurse"), QStringLiteral("brand-new-password"), KdfCost::fast()).ok());
        }
        const QByteArray current = readBytes(keyPath(site));
        writeBytes(keyPath(site), old);
        auto s = SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, site.clock());
        QVERIFY2(!s.ok(), "the old password opened the database again");
        QVERIFY2(s.error().message.contains(QStringLiteral("old copy")), qPrintable(s.error().message));
        // The refusal is in the audit trail (seen through the current key file).
        writeBytes(keyPath(site), current);
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        // Its slot holds the key the reset replaced: entered by this sign-in as the nurse's
        // failed sign-in, not signed with her old key (which broke `audit verify` for good).
        QCOMPARE(keyFileAlteredFor(*admin, QStringLiteral("nurse")), qint64(1));
        const auto verified = AuditChain::verify(admin->db());
        QVERIFY2(verified.ok() && verified->intact, verified.ok() ? qPrintable(verified->problem) : "");
    }

    // H2: anything edited in the sealed part (here: the site code) is refused once the
    // database key is at hand, and recorded in the audit trail.
    void anEditedKeyFileIsRefusedAndAudited()
    {
        test::TestSite site;
        const QByteArray good = readBytes(keyPath(site));
        editKeyFile(keyPath(site), [](QJsonObject &o) { o.insert(QStringLiteral("site"), QStringLiteral("GX99")); });
        auto s = SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, site.clock());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("altered")), qPrintable(s.error().message));
        writeBytes(keyPath(site), good);
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(auditCount(*admin, QStringLiteral("key_file_tampered")), 1);
    }

    // H2: the failed sign-in counter was reset by editing the file, so the guessing could go on.
    // Failures sealed by a later sign-in cannot be taken back: the next sign-in sees it.
    void aForgedCounterResetIsDetectedAtTheNextSignIn()
    {
        test::TestSite site;
        for (int i = 0; i < 3; ++i)
            QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("doctor"), QStringLiteral("guess-%1").arg(i), site.clock()).ok());
        QVERIFY(site.signIn(QStringLiteral("admin")));   // seals doctor's 3 failures
        for (int i = 3; i < 6; ++i)
            QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("doctor"), QStringLiteral("guess-%1").arg(i), site.clock()).ok());
        QJsonObject root = readJson(keyPath(site));
        root.insert(QStringLiteral("failures"), QJsonObject());
        root.insert(QStringLiteral("pending_audit"), QJsonArray());
        writeJson(keyPath(site), root);
        auto s = SiteVault::signIn(site.path(), QStringLiteral("doctor"), test::kPassword, site.clock());
        QVERIFY2(!s.ok(), "the reset counter let the doctor in at once");
        QVERIFY2(s.error().message.contains(QStringLiteral("counter")), qPrintable(s.error().message));
    }

    // H2: "pending audit events" written into the file entered the audit chain verbatim.
    void forgedPendingAuditEventsNeverEnterTheChain()
    {
        test::TestSite site;
        QJsonObject root = readJson(keyPath(site));
        QJsonArray pending = root.value(QStringLiteral("pending_audit")).toArray();
        pending.append(QJsonObject{{QStringLiteral("at_utc"), QStringLiteral("2026-11-19T08:00:00.000Z")},
                                   {QStringLiteral("user"), QStringLiteral("doctor")},
                                   {QStringLiteral("action"), QStringLiteral("sign")},
                                   {QStringLiteral("detail"), QStringLiteral("approved every visit")}});
        root.insert(QStringLiteral("pending_audit"), pending);
        writeJson(keyPath(site), root);
        auto s = SiteVault::signIn(site.path(), QStringLiteral("admin"), test::kPassword, site.clock());
        QVERIFY(!s.ok() || auditCount(**s, QStringLiteral("sign")) == 0);
        QVERIFY(!s.ok());
    }

    // H2: twelve wrong passwords at the same moment counted as one (each process read the
    // file, then wrote its own count back).
    void parallelWrongPasswordsAllCount()
    {
        test::TestSite site;
        auto clock = std::make_shared<RacingClock>();
        std::vector<std::thread> threads;
        QStringList errors[12];
        for (int i = 0; i < 12; ++i)
            threads.emplace_back([&, i] {
                auto r = SiteVault::signIn(site.path(), QStringLiteral("nurse"), QStringLiteral("wrong-guess-%1").arg(i), clock);
                errors[i] << (r.ok() ? QStringLiteral("signed in?") : r.error().message);
            });
        for (auto &t : threads)
            t.join();
        for (const QStringList &e : errors)
            QVERIFY2(e.value(0).contains(QStringLiteral("wrong")), qPrintable(e.value(0)));
        const QJsonObject root = readJson(keyPath(site));
        QCOMPARE(root.value(QStringLiteral("failures")).toObject().value(QStringLiteral("nurse")).toObject()
                     .value(QStringLiteral("count")).toInt(), 12);
        QCOMPARE(root.value(QStringLiteral("pending_audit")).toArray().size(), 12);
        // And all twelve are audited at the next sign-in (none is taken for tampering).
        auto nurse = SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, clock);
        QVERIFY2(nurse.ok(), nurse.ok() ? "" : qPrintable(nurse.error().message));
        QCOMPARE(auditCount(**nurse, QStringLiteral("sign_in_failed")), 12);
    }

    // H2 across processes: the failure counter is read and written under the key file's lock
    // (QLockFile), which tells processes apart by their PID. Wrong passwords racing from many
    // processes proved nothing on two cores (they mostly ran one after the other, and passed
    // with the lock taken out); here this test's process holds the lock, and the program's
    // wrong password must wait for it rather than write a count read before another's.
    void aSignInWaitsForTheKeyFileLockOfAnotherProcess()
    {
        test::TestSite site;
        const auto failures = [&] {
            return readJson(keyPath(site)).value(QStringLiteral("failures")).toObject().value(QStringLiteral("nurse")).toObject()
                .value(QStringLiteral("count")).toInt();
        };
        const auto start = [&](QProcess &cli) {
            cli.start(qEnvironmentVariable("MUCOTRACK_CLI"), {QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--db"), site.path(),
                                                               QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("--password-stdin")});
            QVERIFY(cli.waitForStarted());
            cli.write("a-wrong-guess\n");
            cli.closeWriteChannel();
        };
        // The same wrong password without the lock held, timed: the wait below is a multiple of
        // it, so that a slow machine's start-up is not taken for the lock.
        QElapsedTimer timer;
        timer.start();
        {
            QProcess unlocked;
            start(unlocked);
            QVERIFY(unlocked.waitForFinished(60000));
        }
        const int alone = static_cast<int>(timer.elapsed());
        QCOMPARE(failures(), 1);
        QLockFile lock(keyPath(site) + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        QProcess cli;
        start(cli);
        QVERIFY2(!cli.waitForFinished(std::max(3000, 4 * alone)), cli.readAllStandardError().constData());   // held back by the lock
        QCOMPARE(failures(), 1);
        lock.unlock();
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY(cli.exitCode() != 0);
        QVERIFY2(cli.readAllStandardError().contains("wrong"), "the refusal does not say the password is wrong");
        QCOMPARE(failures(), 2);
    }

    // H2: a slot with Argon2id at cost 1 and 8 KiB was accepted on a real site. The floor is
    // recorded in the database; the DEMO and test sites alone may go below the standard.
    void weakSlotsAreRefusedOnARealSite()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/real.db");
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        SiteSetup cheap{path, QStringLiteral("GX05"), QStringLiteral("admin"), {}, test::kPassword, QStringLiteral("UTC"), KdfCost::fast()};
        QCOMPARE(SiteVault::create(cheap, *clock).error().field, QStringLiteral("cost"));
        QVERIFY(!QFile::exists(path));

        SiteSetup real{path, QStringLiteral("GX05"), QStringLiteral("admin"), {}, test::kPassword, QStringLiteral("UTC"), KdfCost::standard()};
        QVERIFY(SiteVault::create(real, *clock).ok());
        auto admin = SiteVault::signIn(path, QStringLiteral("admin"), test::kPassword, clock);
        QVERIFY(admin.ok());
        // Through the API.
        QCOMPARE(Accounts::add(**admin, QStringLiteral("mallory"), {}, Role::Nurse, test::kPassword, KdfCost::fast()).error().field,
                 QStringLiteral("cost"));
        // An insider holding the database key writes a cheap slot and seals the file.
        auto keys = KeySlotFile::load(KeySlotFile::pathFor(path));
        QVERIFY(keys.ok());
        keys->put(KeySlotFile::wrap(QStringLiteral("user"), QStringLiteral("admin"), QStringLiteral("weak-password-1"),
                                    (*admin)->databaseKey(), KdfCost::fast()).value());
        QVERIFY(keys->seal((*admin)->databaseKey(), 1000).ok());
        admin.value().reset();
        auto weak = SiteVault::signIn(path, QStringLiteral("admin"), QStringLiteral("weak-password-1"), clock);
        QVERIFY(!weak.ok());
        QVERIFY2(weak.error().message.contains(QStringLiteral("Argon2id")), qPrintable(weak.error().message));
    }

    // Account life cycle: a nurse who leaves has kept a copy of the key file and the raw
    // database key (unwrapped from her slot with her password, as in tst_attacks_audit). Before
    // key rotation, deactivation removed her slot but the key she held still opened the
    // database, and so did her copy of the key file with any stock sqlcipher shell.
    void aDepartedUsersKeyAndKeyFileOpenNothingNew()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        const QByteArray keptFile = readBytes(keyPath(site));
        auto keys = KeySlotFile::load(keyPath(site));
        auto kept = KeySlotFile::unwrap(*keys->find(QStringLiteral("user"), QStringLiteral("nurse")), test::kPassword);
        QVERIFY(kept.ok());
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            const Status done = Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the hospital"));
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
            QVERIFY(Patients::add(*admin, {}).ok());   // written after she left
        }
        // Her raw key opens nothing (the stock-shell route).
        QVERIFY(!Database::open(site.path(), kept.value(), keys->cipher, Database::Mode::OpenExisting).ok());
        // Her copy of the key file, put back, opens nothing either, for her or for anyone.
        const QByteArray current = readBytes(keyPath(site));
        writeBytes(keyPath(site), keptFile);
        QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, site.clock()).ok());
        QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("doctor"), test::kPassword, site.clock()).ok());
        writeBytes(keyPath(site), current);
        // Everyone else, and the recovery key, still open the database.
        for (const char *user : {"admin", "doctor", "coord", "monitor"})
            QVERIFY2(site.signIn(QString::fromLatin1(user)), user);
        auto recovered = SiteVault::recoverKey(site.path(), site.recoveryKey());
        QVERIFY(recovered.ok());
        QVERIFY(Database::open(site.path(), recovered.value(), keys->cipher, Database::Mode::OpenExisting).ok());
    }

    // A key holder about to leave redirects the recovery slot to a key of his own (sealing the
    // edited file with the database key he holds), so that the rotation at his departure would
    // seal the new key to him. The rotation seals only to the keys the audit chain registered:
    // it is refused, naming the slot, and nothing changes.
    void aSlotRedirectedByAKeyHolderIsNotSealedTo()
    {
        test::TestSite site;
        auto monitor = site.signIn(QStringLiteral("monitor"));
        const SecureBytes key = SecureBytes::fromHex(QString::fromLatin1(monitor->databaseKey().toHex()));
        const QString generation = [&] {
            auto st = monitor->db().prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'key_file_generation'"));
            return st->next().value() ? st->text(0) : QString();
        }();
        monitor.reset();
        auto keys = KeySlotFile::load(keyPath(site));
        KeySlot redirected = *keys->find(QStringLiteral("recovery"), QStringLiteral("recovery"));
        const SigningKey mine = SigningKey::generate(QStringLiteral("monitor"));
        redirected.boxPublic = KeySlotFile::boxPublicFor(mine.publicKey());
        QVERIFY(KeySlotFile::reseal(redirected, key).ok());
        keys->put(redirected);
        QVERIFY(keys->seal(key, generation.toULongLong()).ok());

        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        const Status refused = Accounts::deactivate(*admin, QStringLiteral("monitor"), QStringLiteral("left"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("recovery key")), qPrintable(refused.error().message));
        QVERIFY(admin->databaseKey().equals(key));   // not rotated, not sealed to the monitor
        QVERIFY(KeyRotation::rotate(*admin, QStringLiteral("test")).error().message.contains(QStringLiteral("recovery key")));
    }

    void theDemoSiteMayUseTheFastCost()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/demo.db");
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        SiteSetup demo{path, QStringLiteral("DEMO"), QStringLiteral("admin"), {}, test::kPassword, QStringLiteral("UTC"), KdfCost::fast()};
        QVERIFY(SiteVault::create(demo, *clock).ok());
        QVERIFY(SiteVault::signIn(path, QStringLiteral("admin"), test::kPassword, clock).ok());
    }
};

QTEST_GUILESS_MAIN(TestAttacksKeys)
#include "tst_attacks_keys.moc"
