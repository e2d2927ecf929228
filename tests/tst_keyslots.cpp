// Key slots: every account opens the same database; wrong passwords fail and slow
// down; a password change rewrites one slot; the recovery key recovers the raw key.
#include "TestSite.h"
#include "records/Patients.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "security/KeySlotFile.h"
#include "security/SiteVault.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "common/AtomicFile.h"
#include <QtTest>
#include <csignal>
#include <sys/resource.h>

using namespace muco;

class TestKeySlots : public QObject {
    Q_OBJECT
private slots:
    void everyAccountOpensTheSameDatabase()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        {
            auto coord = site.signIn(QStringLiteral("coord"));
            QVERIFY(Patients::add(*coord, {}).ok());
        }
        QByteArray firstKey;
        for (const char *user : {"admin", "doctor", "nurse", "coord", "monitor"}) {
            auto s = site.signIn(QString::fromLatin1(user));
            QVERIFY2(s, user);
            QCOMPARE(s->site(), QStringLiteral("GX01"));
            QCOMPARE(Patients::list(*s).value().size(), 1);
            if (firstKey.isEmpty())
                firstKey = s->databaseKey().toHex();
            QCOMPARE(s->databaseKey().toHex(), firstKey);
        }
    }

    // Issue 13: a key given twice is refused, not read as one of its copies (QJsonDocument keeps
    // one silently, so what the seal was checked over and what was used could differ).
    void aKeyGivenTwiceInTheKeyFileIsRefused()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        const QString path = KeySlotFile::pathFor(site.path());
        QVERIFY(KeySlotFile::load(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const qsizetype brace = text.indexOf('{');
        QVERIFY(brace >= 0);
        text.insert(brace + 1, "\"format\": \"mucotrack-keys\",");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        QVERIFY(!KeySlotFile::load(path).ok());
        auto s = SiteVault::signIn(site.path(), QStringLiteral("admin"), test::kPassword, site.clock());
        QVERIFY(!s.ok());
    }

    void wrongPasswordFailsAndIsAudited()
    {
        test::TestSite site;
        auto bad = SiteVault::signIn(site.path(), QStringLiteral("nurse"), QStringLiteral("not-the-password"), site.clock());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Denied);
        auto unknown = SiteVault::signIn(site.path(), QStringLiteral("mallory"), test::kPassword, site.clock());
        QCOMPARE(unknown.error().kind, ErrorKind::Denied);
        QCOMPARE(unknown.error().message, bad.error().message);   // no hint which part was wrong

        auto admin = site.signIn(QStringLiteral("admin"));
        auto st = admin->db().prepare(QStringLiteral("SELECT user_name, reason FROM audit WHERE action = 'sign_in_failed' ORDER BY seq"));
        QStringList rows;
        while (st->next().value())
            rows << st->text(0) + QLatin1Char('/') + st->text(1);
        QCOMPARE(rows, (QStringList{QStringLiteral("nurse/wrong password"), QStringLiteral("mallory/unknown user")}));
        QVERIFY(AuditChain::verify(admin->db()).value().intact);
    }

    void repeatedFailuresSlowDown()
    {
        test::TestSite site;
        for (int i = 0; i < kFreeSignInAttempts; ++i)
            QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("doctor"), QStringLiteral("guess-number-%1").arg(i), site.clock()).ok());
        // Even the right password must wait now.
        auto waiting = SiteVault::signIn(site.path(), QStringLiteral("doctor"), test::kPassword, site.clock());
        QVERIFY(!waiting.ok());
        QVERIFY(waiting.error().message.contains(QStringLiteral("wait")));
        site.clock()->advanceSecs(signInDelaySeconds(kFreeSignInAttempts) + 1);
        QVERIFY(site.signIn(QStringLiteral("doctor")));
        // Success resets the counter.
        QVERIFY(!KeySlotFile::load(KeySlotFile::pathFor(site.path())).value().failures.contains(QStringLiteral("doctor")));
    }

    void delayGrowsExponentially()
    {
        QCOMPARE(signInDelaySeconds(4), 0);
        QCOMPARE(signInDelaySeconds(5), 1);
        QCOMPARE(signInDelaySeconds(6), 2);
        QCOMPARE(signInDelaySeconds(9), 16);
        QCOMPARE(signInDelaySeconds(40), 15 * 60);
    }

    void passwordChangeRewritesOneSlot()
    {
        test::TestSite site;
        const auto before = KeySlotFile::load(KeySlotFile::pathFor(site.path())).value();
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            QVERIFY(!Accounts::changeOwnPassword(*nurse, QStringLiteral("wrong-old-password"), QStringLiteral("a-new-password-2"), KdfCost::fast()).ok());
            QVERIFY(!Accounts::changeOwnPassword(*nurse, test::kPassword, QStringLiteral("short"), KdfCost::fast()).ok());
            QVERIFY(Accounts::changeOwnPassword(*nurse, test::kPassword, QStringLiteral("a-new-password-2"), KdfCost::fast()).ok());
        }
        QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, site.clock()).ok());
        QVERIFY(site.signIn(QStringLiteral("nurse"), QStringLiteral("a-new-password-2")));
        const auto after = KeySlotFile::load(KeySlotFile::pathFor(site.path())).value();
        for (const KeySlot &s : before.keySlots) {
            const KeySlot *now = after.find(s.kind, s.name);
            QVERIFY(now);
            QCOMPARE(now->wrapped == s.wrapped, s.name != QLatin1String("nurse"));
        }
    }

    // Issue 13: a password change whose commit failed (a full disk) was reported as not saved
    // while its key file, written before the commit, was in force. The key file now follows
    // the transaction it was written in.
    void aKeyFileRewriteFollowsItsTransaction_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("rolled back") << false;
        QTest::newRow("committed") << true;
    }

    void aKeyFileRewriteFollowsItsTransaction()
    {
        QFETCH(bool, commit);
        test::TestSite site;
        const QString keys = KeySlotFile::pathFor(site.path());
        const QString fresh = QStringLiteral("a-new-password-2");
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            auto slot = KeySlotFile::wrap(QStringLiteral("user"), QStringLiteral("nurse"), fresh, nurse->databaseKey(),
                                          KdfCost::fast(), &nurse->signingKey().seed());
            QVERIFY(slot.ok());
            Transaction tx(nurse->db());
            QVERIFY(tx.begun().ok());
            for (int i = 0; i < 2; ++i)   // twice: the file from before the transaction is the one kept
                QVERIFY(SiteVault::rewriteKeyFile(*nurse, [&](KeySlotFile &f) {
                    f.put(*slot);
                    return Status{};
                }).ok());
            QVERIFY(QFileInfo::exists(KeySlotFile::undoPath(keys)));
            if (commit)
                QVERIFY(tx.commit().ok());
        }
        QVERIFY(!QFileInfo::exists(KeySlotFile::undoPath(keys)));
        QCOMPARE(SiteVault::signIn(site.path(), QStringLiteral("nurse"), fresh, site.clock()).ok(), commit);
        QCOMPARE(SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, site.clock()).ok(), !commit);
        QVERIFY(SiteVault::signIn(site.path(), QStringLiteral("admin"), test::kPassword, site.clock()).ok());
    }

    // The program dies between the key file's rewrite and the commit (or just after the
    // commit): the next sign-in finds the file kept from before and settles it by the
    // generation the database recorded.
    void aRewriteCutOffFromItsCommitIsSettledAtSignIn_data()
    {
        QTest::addColumn<bool>("committed");
        QTest::newRow("died before the commit") << false;
        QTest::newRow("died after the commit") << true;
    }

    void aRewriteCutOffFromItsCommitIsSettledAtSignIn()
    {
        QFETCH(bool, committed);
        test::TestSite site;
        const QString keys = KeySlotFile::pathFor(site.path());
        const QString fresh = QStringLiteral("a-new-password-2");
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            auto slot = KeySlotFile::wrap(QStringLiteral("user"), QStringLiteral("nurse"), fresh, nurse->databaseKey(),
                                          KdfCost::fast(), &nurse->signingKey().seed());
            QVERIFY(slot.ok());
            // What rewriteKeyFile leaves behind when nothing runs after it: the old file kept,
            // the new one in place, and the generation recorded only if the commit happened.
            QVERIFY(keepHardLink(keys, KeySlotFile::undoPath(keys)).ok());
            auto written = KeySlotFile::update(keys, [&](KeySlotFile &f) {
                f.put(*slot);
                return Status{};
            }, &nurse->databaseKey());
            QVERIFY(written.ok());
            if (committed) {
                auto st = nurse->db().prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'key_file_generation'"));
                QVERIFY(st.ok());
                st->bind(1, QString::number(written->generation));
                QVERIFY(st->run().ok());
            }
        }
        QVERIFY(QFileInfo::exists(KeySlotFile::undoPath(keys)));
        // The password in force opens; the other one is refused and counted as a failure.
        const QString inForce = committed ? fresh : test::kPassword;
        const QString stale = committed ? test::kPassword : fresh;
        QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("nurse"), stale, site.clock()).ok());
        auto nurse = SiteVault::signIn(site.path(), QStringLiteral("nurse"), inForce, site.clock());
        QVERIFY2(nurse.ok(), nurse.ok() ? "" : qPrintable(nurse.error().message));
        QVERIFY(!QFileInfo::exists(KeySlotFile::undoPath(keys)));
        auto audit = AuditChain::verify((*nurse)->db());
        QVERIFY(audit.ok() && audit->intact);
    }

    // A leftover from a rewrite cut off before its commit is settled only by a sign-in that
    // may go ahead: settling tries the password against both files, and a guesser made to
    // wait after failed sign-ins must not get those tries.
    void aSignInMadeToWaitDoesNotSettleALeftover()
    {
        test::TestSite site;
        const QString keys = KeySlotFile::pathFor(site.path());
        {
            auto nurse = site.signIn(QStringLiteral("nurse"));
            QVERIFY(keepHardLink(keys, KeySlotFile::undoPath(keys)).ok());
        }
        for (int i = 0; i < 6; ++i)
            QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("nurse"), QStringLiteral("wrong-%1").arg(i), site.clock()).ok());
        const auto waiting = SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, site.clock());
        QVERIFY(!waiting.ok());
        QVERIFY2(waiting.error().message.contains(QStringLiteral("wait")), qPrintable(waiting.error().message));
        QVERIFY(QFileInfo::exists(KeySlotFile::undoPath(keys)));   // untouched while the sign-in waits
        site.clock()->advanceSecs(3600);
        QVERIFY(SiteVault::signIn(site.path(), QStringLiteral("nurse"), test::kPassword, site.clock()).ok());
        QVERIFY(!QFileInfo::exists(KeySlotFile::undoPath(keys)));  // settled by the sign-in that went ahead
    }

    void recoveryKeyRecoversTheRawKey()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        auto key = SiteVault::recoverKey(site.path(), site.recoveryKey());
        QVERIFY(key.ok());
        QCOMPARE(key->toHex(), admin->databaseKey().toHex());
        // Dashes and case do not matter when the key is typed back.
        auto typed = SiteVault::recoverKey(site.path(), site.recoveryKey().toUpper().remove(QLatin1Char('-')));
        QVERIFY(typed.ok());
        auto wrong = SiteVault::recoverKey(site.path(), QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"));
        QCOMPARE(wrong.error().kind, ErrorKind::Denied);
    }

    void slotIsBoundToItsOwner()
    {
        test::TestSite site;
        auto keys = KeySlotFile::load(KeySlotFile::pathFor(site.path())).value();
        KeySlot stolen = *keys.find(QStringLiteral("user"), QStringLiteral("nurse"));
        stolen.name = QStringLiteral("admin");   // nurse's slot presented as admin's
        QCOMPARE(KeySlotFile::unwrap(stolen, test::kPassword).error().kind, ErrorKind::Denied);
    }

    void weakPasswordsAreRefused()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        auto r = Accounts::add(*admin, QStringLiteral("newbie"), {}, Role::Nurse, QStringLiteral("123456789"), KdfCost::fast());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("new-password"));
        QVERIFY(!SiteVault::signIn(site.path(), QStringLiteral("newbie"), QStringLiteral("123456789"), site.clock()).ok());
    }

    // Issue 13, D1: on a full disk a wrong-password sign-in emptied the key file (QSaveFile's
    // commit() went ahead after a failed write), and then no password or recovery key opened
    // the database. A file-size limit makes every write past it fail, as a full disk does.
    void aFullDiskNeverDamagesTheKeyFile()
    {
        test::TestSite site;
        const QString keys = KeySlotFile::pathFor(site.path());
        auto readKeys = [&] {
            QFile f(keys);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = readKeys();
        QVERIFY(before.size() > 512);
        struct rlimit original {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        std::signal(SIGXFSZ, SIG_IGN);   // the write fails with EFBIG instead of ending the process
        struct rlimit full = original;
        full.rlim_cur = 512;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &full), 0);
        auto bad = SiteVault::signIn(site.path(), QStringLiteral("nurse"), QStringLiteral("not-the-password"), site.clock());
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &original), 0);
        QVERIFY(!bad.ok());
        QCOMPARE(readKeys(), before);   // the old file survives, byte for byte
        QVERIFY(site.signIn(QStringLiteral("nurse")));
        QVERIFY(SiteVault::signIn(site.path(), QStringLiteral("admin"), test::kPassword, site.clock()).ok());
    }

    void missingKeyFileIsStorageError()
    {
        test::TestSite site;
        QVERIFY(QFile::remove(KeySlotFile::pathFor(site.path())));
        auto s = SiteVault::signIn(site.path(), QStringLiteral("admin"), test::kPassword, site.clock());
        QCOMPARE(s.error().kind, ErrorKind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
