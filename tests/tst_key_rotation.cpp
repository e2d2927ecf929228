// The account life cycle's key rotation (issue 11; docs/security.md, "Key rotation"):
// deactivating an account replaces the database key, every remaining slot is sealed to the new
// key without anyone's password, and a crash between any two steps loses nothing: the next
// sign-in opens the database and finishes the rotation. The attack itself (a departed user's
// old key file and key) is in tst_attacks_keys.
#include "TestSite.h"
#include "records/Patients.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "security/Kdf.h"
#include "security/KeyRotation.h"
#include "security/KeySlotFile.h"
#include "security/SiteVault.h"
#include "storage/Statement.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <sodium.h>
#include <QThread>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace muco;

namespace {

QString keyPath(const test::TestSite &site) { return KeySlotFile::pathFor(site.path()); }

SecureBytes keyOf(const test::TestSite &site, const QString &user)
{
    auto keys = KeySlotFile::load(keyPath(site));
    const KeySlot *slot = keys.ok() ? keys->find(QStringLiteral("user"), user) : nullptr;
    if (!slot)
        return {};
    auto key = KeySlotFile::unwrap(*slot, test::kPassword);
    return key.ok() ? std::move(key).value() : SecureBytes();
}

bool opensWith(const test::TestSite &site, const SecureBytes &key)
{
    auto keys = KeySlotFile::load(keyPath(site));
    return keys.ok() && Database::open(site.path(), key, keys->cipher, Database::Mode::OpenExisting).ok();
}

QString meta(Session &s, const QString &key)
{
    auto st = s.db().prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    st->bind(1, key);
    return st->next().value() ? st->text(0) : QString();
}

qint64 auditCount(Session &s, const QString &action)
{
    auto st = s.db().prepare(QStringLiteral("SELECT count(*) FROM audit WHERE action = ?"));
    st->bind(1, action);
    (void)st->next();
    return st->integer(0);
}

// Stops the rotation after `step` for as long as it lives, as a crash there would.
class Interrupt {
public:
    explicit Interrupt(KeyRotation::Step step)
    {
        KeyRotation::interruptForTests() = [step](KeyRotation::Step at) { return at == step; };
    }
    ~Interrupt() { KeyRotation::interruptForTests() = {}; }
};

// A slot as the code before key rotation wrote it (scheme 1: the database key and the signing
// seed wrapped under the password), to check that such a slot is renewed at sign-in.
KeySlot schemeOneSlot(const QString &name, const QString &password, const SecureBytes &databaseKey, const SecureBytes &seed)
{
    KeySlot slot;
    slot.kind = QStringLiteral("user");
    slot.name = name;
    slot.cost = KdfCost::fast();
    slot.scheme = 1;
    slot.salt = QByteArray(crypto_pwhash_SALTBYTES, '\x11');
    slot.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\x22');
    auto kek = deriveKey(password, slot.salt, slot.cost);
    QByteArray plain(reinterpret_cast<const char *>(databaseKey.data()), qsizetype(databaseKey.size()));
    plain.append(reinterpret_cast<const char *>(seed.data()), qsizetype(seed.size()));
    const QByteArray ad = QStringLiteral("mucotrack-slot-v1:user:%1").arg(name).toUtf8();
    slot.wrapped.resize(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.wrapped.data()), &written, reinterpret_cast<const unsigned char *>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, reinterpret_cast<const unsigned char *>(slot.nonce.constData()),
        kek->data());
    return slot;
}

} // namespace

class TestKeyRotation : public QObject {
    Q_OBJECT
private slots:
    void deactivationReplacesTheKeyForEveryoneElse()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        const SecureBytes oldKey = keyOf(site, QStringLiteral("nurse"));
        QVERIFY(!oldKey.isEmpty());
        QString generationBefore;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(Patients::add(*admin, {}).ok());
            generationBefore = meta(*admin, QStringLiteral("key_file_generation"));
            const Status done = Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the unit"));
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
            // The administrator's session goes on with the new key.
            QVERIFY(!admin->databaseKey().equals(oldKey));
            QVERIFY(Patients::add(*admin, {}).ok());
            QCOMPARE(auditCount(*admin, QStringLiteral("database_key_replaced")), 1);
            QCOMPARE(meta(*admin, QString::fromLatin1(KeyRotation::kDueKey)), QString());
            QVERIFY(meta(*admin, QStringLiteral("key_file_generation")).toULongLong() > generationBefore.toULongLong());
            QVERIFY(AuditChain::verify(admin->db()).value().intact);
        }
        QVERIFY(!opensWith(site, oldKey));
        QVERIFY(!QFileInfo::exists(KeySlotFile::nextPath(keyPath(site))));
        for (const char *user : {"admin", "doctor", "coord", "monitor"}) {
            auto s = site.signIn(QString::fromLatin1(user));
            QVERIFY2(s, user);
            QCOMPARE(Patients::list(*s).value().size(), 2);
            QVERIFY(AuditChain::verify(s->db()).value().intact);
        }
        QVERIFY(!site.signIn(QStringLiteral("nurse")));
        auto recovered = SiteVault::recoverKey(site.path(), site.recoveryKey());
        QVERIFY(recovered.ok());
        QVERIFY(opensWith(site, recovered.value()));
        QCOMPARE(recovered->toHex(), keyOf(site, QStringLiteral("doctor")).toHex());
        // The key file's generation and the database's agree.
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto keys = KeySlotFile::load(keyPath(site));
        QCOMPARE(QString::number(keys->generation), meta(*doctor, QStringLiteral("key_file_generation")));
    }

    // Issue 11: a lost or exposed recovery key could not be replaced (nor one written before
    // key rotation, which blocked every rotation). A new one replaces it, is registered in the
    // chain, and the next rotation seals the new database key to it.
    void aNewRecoveryKeyReplacesTheOldOneAndSurvivesRotation()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            QCOMPARE(SiteVault::replaceRecoveryKey(*nurse, KdfCost::fast()).error().kind, ErrorKind::Denied);
        }
        QString fresh;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            auto replaced = SiteVault::replaceRecoveryKey(*admin, KdfCost::fast());
            QVERIFY2(replaced.ok(), replaced.ok() ? "" : qPrintable(replaced.error().message));
            fresh = replaced.value();
            QVERIFY(fresh != site.recoveryKey());
            QCOMPARE(auditCount(*admin, QStringLiteral("recovery_key_replaced")), 1);
            QVERIFY(AuditChain::verify(admin->db()).value().intact);
        }
        QCOMPARE(SiteVault::recoverKey(site.path(), site.recoveryKey()).error().kind, ErrorKind::Denied);
        auto opened = SiteVault::recoverKey(site.path(), fresh);
        QVERIFY(opened.ok());
        QCOMPARE(opened->toHex(), keyOf(site, QStringLiteral("doctor")).toHex());
        QVERIFY(!QFileInfo::exists(KeySlotFile::undoPath(keyPath(site))));
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            const Status done = Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the unit"));
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        }
        auto afterRotation = SiteVault::recoverKey(site.path(), fresh);
        QVERIFY(afterRotation.ok());
        QVERIFY(!afterRotation->equals(opened.value()));
        QVERIFY(opensWith(site, afterRotation.value()));
    }

    // Re-sealing takes no password, hence no Argon2id: what each slot wraps under its password
    // (salt, nonce, wrapped seed) is untouched; only the sealed database key changes.
    void rotationNeedsNoPassword()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        const auto before = KeySlotFile::load(keyPath(site)).value();
        QElapsedTimer rotation;
        rotation.start();
        QVERIFY(KeyRotation::rotate(*admin, QStringLiteral("test")).ok());
        qInfo("a rotation of %lld slots: %lld ms", qint64(before.keySlots.size()), rotation.elapsed());
        const auto after = KeySlotFile::load(keyPath(site)).value();
        QCOMPARE(after.keySlots.size(), before.keySlots.size());
        for (const KeySlot &slot : before.keySlots) {
            const KeySlot *now = after.find(slot.kind, slot.name);
            QVERIFY(now);
            QCOMPARE(now->salt, slot.salt);
            QCOMPARE(now->nonce, slot.nonce);
            QCOMPARE(now->wrapped, slot.wrapped);
            QCOMPARE(now->boxPublic, slot.boxPublic);
            QVERIFY(now->sealedKey != slot.sealedKey);
        }
    }

    void aCrashBetweenStepsLosesNothing_data()
    {
        QTest::addColumn<KeyRotation::Step>("step");
        QTest::newRow("new key file written, database not yet rekeyed") << KeyRotation::Step::NextKeyFileWritten;
        QTest::newRow("database rekeyed, new key file not yet in place") << KeyRotation::Step::DatabaseRekeyed;
        QTest::newRow("new key file in place, generation not yet recorded") << KeyRotation::Step::KeyFileReplaced;
    }

    void aCrashBetweenStepsLosesNothing()
    {
        QFETCH(KeyRotation::Step, step);
        test::TestSite site;
        const SecureBytes oldKey = keyOf(site, QStringLiteral("nurse"));
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(Patients::add(*admin, {}).ok());
            const Interrupt crash(step);
            const Status done = Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the unit"));
            QVERIFY(!done.ok());
            QVERIFY2(done.error().message.contains(QStringLiteral("next sign-in")), qPrintable(done.error().message));
        }   // the "crashed" program's connection closes here
        // Whoever signs in first opens the database and finishes the rotation.
        auto doctor = site.signIn(QStringLiteral("doctor"));
        QVERIFY(doctor);
        QCOMPARE(Patients::list(*doctor).value().size(), 1);
        QCOMPARE(meta(*doctor, QString::fromLatin1(KeyRotation::kDueKey)), QString());
        QVERIFY(AuditChain::verify(doctor->db()).value().intact);
        QVERIFY(!QFileInfo::exists(KeySlotFile::nextPath(keyPath(site))));
        doctor.reset();
        QVERIFY(!opensWith(site, oldKey));
        for (const char *user : {"admin", "doctor", "coord", "monitor"})
            QVERIFY2(site.signIn(QString::fromLatin1(user)), user);
        QVERIFY(!site.signIn(QStringLiteral("nurse")));
        auto recovered = SiteVault::recoverKey(site.path(), site.recoveryKey());
        QVERIFY(recovered.ok() && opensWith(site, recovered.value()));
    }

    // A crash inside the rekey itself: the program is killed while SQLCipher rewrites the
    // pages. The rollback journal holds the pages under the old key, so the old key file, tried
    // first at sign-in, opens the database and rolls the half-done rekey back; then the
    // rotation runs again. (Were the journal under the new key, the database would be lost.)
    void aCrashInsideTheRekeyLosesNothing()
    {
        test::TestSite site;
        const SecureBytes oldKey = keyOf(site, QStringLiteral("nurse"));
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(Patients::add(*admin, {}).ok());
            // Enough pages for the rekey to take a while (a table of the test's own).
            QVERIFY(admin->db().exec(QStringLiteral("CREATE TABLE filler (x BLOB)")).ok());
            QVERIFY(admin->db().exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(40000000))")).ok());
        }
        const QString journal = site.path() + QStringLiteral("-journal");
        const pid_t child = fork();
        if (child == 0) {
            auto admin = SiteVault::signIn(site.path(), QStringLiteral("admin"), test::kPassword, site.clock());
            if (admin.ok())
                (void)Accounts::deactivate(**admin, QStringLiteral("nurse"), QStringLiteral("left"));
            _exit(0);
        }
        QElapsedTimer waited;
        waited.start();
        while (!QFileInfo::exists(journal) && waited.elapsed() < 60000)
            QThread::usleep(100);
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        if (!QFileInfo::exists(journal))
            QSKIP("the rekey finished before it could be interrupted here");
        QVERIFY(QFileInfo::exists(KeySlotFile::nextPath(keyPath(site))));

        auto doctor = site.signIn(QStringLiteral("doctor"));
        QVERIFY(doctor);
        QCOMPARE(Patients::list(*doctor).value().size(), 1);
        auto integrity = doctor->db().prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity->next().value());
        QCOMPARE(integrity->text(0), QStringLiteral("ok"));
        QCOMPARE(doctor->db().scalarInt(QStringLiteral("SELECT length(x) FROM filler")).value(), qint64(40000000));
        QCOMPARE(auditCount(*doctor, QStringLiteral("database_key_replaced")), 1);   // rotated at this sign-in
        doctor.reset();
        QVERIFY(!opensWith(site, oldKey));
        QVERIFY(!site.signIn(QStringLiteral("nurse")));
        QVERIFY(site.signIn(QStringLiteral("monitor")));
    }

    // The recovery key alone, after a crash that left the database under the new key and the
    // new file beside the old: disaster recovery finds the key that opens the database.
    void theRecoveryKeyWorksInTheMiddleOfARotation()
    {
        test::TestSite site;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            const Interrupt crash(KeyRotation::Step::DatabaseRekeyed);
            QVERIFY(!Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left")).ok());
        }
        QVERIFY(QFileInfo::exists(KeySlotFile::nextPath(keyPath(site))));
        auto recovered = SiteVault::recoverKey(site.path(), site.recoveryKey());
        QVERIFY(recovered.ok());
        QVERIFY(opensWith(site, recovered.value()));
    }

    // Another program with the database open would go on reading with the old key: the rotation
    // waits for it (the deactivation itself is done), and the next sign-in rotates.
    void anotherOpenProgramDelaysTheRotation()
    {
        test::TestSite site;
        const SecureBytes oldKey = keyOf(site, QStringLiteral("nurse"));
        auto admin = site.signIn(QStringLiteral("admin"));
        auto doctor = site.signIn(QStringLiteral("doctor"));
        const Status done = Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the unit"));
        QVERIFY(!done.ok());
        QVERIFY2(done.error().message.contains(QStringLiteral("deactivated")), qPrintable(done.error().message));
        QVERIFY(Patients::add(*doctor, {}).ok());   // the open program is not disturbed
        QVERIFY(!site.signIn(QStringLiteral("nurse")));
        admin.reset();
        doctor.reset();
        QVERIFY(opensWith(site, oldKey));   // not rotated yet...
        auto coord = site.signIn(QStringLiteral("coord"));
        QVERIFY(coord);
        QCOMPARE(auditCount(*coord, QStringLiteral("database_key_replaced")), 1);
        coord.reset();
        QVERIFY(!opensWith(site, oldKey));   // ...rotated at the next sign-in
        QCOMPARE(site.signIn(QStringLiteral("monitor"))->user().username, QStringLiteral("monitor"));
    }

    // A slot written before key rotation holds the database key itself and cannot be sealed to
    // a new key: it is renewed at its owner's next sign-in, and until then a deactivation is
    // refused (naming it) before anything changes.
    void aSlotFromBeforeRotationIsRenewedAtSignIn()
    {
        test::TestSite site;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            auto keys = KeySlotFile::load(keyPath(site));
            // The coordinator's slot as the earlier code wrote it, with the same signing key.
            auto coordSecrets = KeySlotFile::open(*keys->find(QStringLiteral("user"), QStringLiteral("coord")), test::kPassword);
            keys->put(schemeOneSlot(QStringLiteral("coord"), test::kPassword, admin->databaseKey(), coordSecrets->signingSeed));
            QVERIFY(keys->seal(admin->databaseKey(), meta(*admin, QStringLiteral("key_file_generation")).toULongLong()).ok());
            auto st = admin->db().prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'key_file_generation'"));
            st->bind(1, QString::number(keys->generation));
            QVERIFY(st->run().ok());

            const Status refused = Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left"));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QStringLiteral("coord")), qPrintable(refused.error().message));
        }
        QVERIFY(site.signIn(QStringLiteral("nurse")));   // nothing changed
        {
            auto coord = site.signIn(QStringLiteral("coord"));
            QVERIFY(coord);
            QVERIFY(AuditChain::verify(coord->db()).value().intact);
        }
        QCOMPARE(KeySlotFile::load(keyPath(site))->find(QStringLiteral("user"), QStringLiteral("coord"))->scheme, 2);
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left")).ok());
        admin.reset();
        QVERIFY(site.signIn(QStringLiteral("coord")));
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_key_rotation.moc"
