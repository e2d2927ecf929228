// Backups (issue 13; contracts/cli-trial.md, "Backup"), through the real mucotrack-cli: a
// backup taken while another connection keeps writing restores to a database that opens,
// signs in and verifies; a tampered backup fails verify; a restore never overwrites.
#include "CliRunner.h"
#include "TestSite.h"
#include "records/Patients.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "security/KeySlotFile.h"
#include "security/SiteBackup.h"
#include "security/SiteVault.h"
#include "storage/Database.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <csignal>

using namespace muco;
using test::runCli;

class TestBackup : public QObject {
    Q_OBJECT
    test::TestSite m_site;
    QTemporaryDir m_out;

    QByteArray password() const { return test::kPassword.toUtf8() + '\n'; }
    QByteArray recovery() const { return m_site.recoveryKey().toUtf8() + '\n'; }

    QString backup()
    {
        const test::CliRun r = runCli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), m_site.path(), QStringLiteral("--user"),
                                       QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("--to"), m_out.path(), QStringLiteral("--json")},
                                      password());
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.json().value(QStringLiteral("path")).toString();
    }

    test::CliRun verify(const QString &file, const QByteArray &key)
    {
        return runCli({QStringLiteral("backup"), QStringLiteral("verify"), file, QStringLiteral("--recovery-key-stdin"), QStringLiteral("--json")}, key);
    }

    // A copy of a backup (database and key file) to tamper with.
    QString copyOf(const QString &file, const QString &name)
    {
        const QString copy = m_out.filePath(name);
        if (!QFile::copy(file, copy) || !QFile::copy(KeySlotFile::pathFor(file), KeySlotFile::pathFor(copy)))
            return {};
        return copy;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_site.ok());
        QVERIFY(!qEnvironmentVariableIsEmpty("MUCOTRACK_CLI"));
    }

    void backupTakenDuringWritesRestoresAndVerifies()
    {
        std::atomic<bool> stop{false};
        std::atomic<int> added{0};
        QString writerError;
        QThread *writer = QThread::create([&] {
            auto s = m_site.signIn(QStringLiteral("coord"));
            if (!s) {
                writerError = QStringLiteral("no sign-in");
                return;
            }
            while (!stop) {
                auto p = Patients::add(*s, {{}, QStringLiteral("Patient %1").arg(added.load()), {}, {}, QStringLiteral("1970-01-01"), {}});
                if (!p.ok()) {
                    writerError = p.error().message;
                    return;
                }
                ++added;
                // A breath between writes, as at a bedside. SQLite's busy handler polls, so a
                // loop that lets go of the write lock only between two instructions could starve
                // the backup's sign-in past its timeout on a loaded machine (tst_locked_database
                // holds the lock itself and checks that sign-in waits).
                QThread::msleep(3);
            }
        });
        writer->start();
        // Generous timeouts: a loaded 2-core CI machine is slow, and only the order matters here.
        QTRY_VERIFY_WITH_TIMEOUT(added >= 20 || writer->isFinished(), 60000);
        const int before = added;
        const QString file = backup();
        const int after = added;
        QTRY_VERIFY_WITH_TIMEOUT(added >= after + 5 || writer->isFinished(), 60000);   // writes went on around it
        stop = true;
        QVERIFY(writer->wait(60000));
        delete writer;
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QVERIFY(!file.isEmpty());
        QVERIFY(QFile::exists(file) && QFile::exists(KeySlotFile::pathFor(file)));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));

        const test::CliRun v = verify(file, recovery());
        QVERIFY2(v.exitCode == 0, v.err.constData());
        QCOMPARE(v.json().value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(v.json().value(QStringLiteral("rows")).toInt() > 0);

        const QString restored = m_out.filePath(QStringLiteral("restored/site.db"));
        QVERIFY(QDir().mkpath(m_out.filePath(QStringLiteral("restored"))));
        const test::CliRun r = runCli({QStringLiteral("backup"), QStringLiteral("restore"), file, QStringLiteral("--db"), restored, QStringLiteral("--recovery-key-stdin")},
                                      recovery());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The restored site signs in with the passwords of the day and its trail is intact.
        auto s = SiteVault::signIn(restored, QStringLiteral("admin"), test::kPassword, m_site.clock());
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        const qint64 patients = (*s)->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients")).value();
        QVERIFY2(patients >= before && patients <= after, qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(patients).arg(before).arg(after)));
        auto audit = AuditChain::verify((*s)->db());
        QVERIFY(audit.ok() && audit->intact);
        // Every patient in the copy came with its audit rows: the snapshot is one moment.
        QCOMPARE((*s)->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients WHERE id NOT IN (SELECT record_id FROM audit)")).value(), qint64(0));
        s->reset();

        // A restore never overwrites (4), and leaves what is there alone.
        const QByteArray restoredBytes = [&] { QFile f(restored); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const test::CliRun again = runCli({QStringLiteral("backup"), QStringLiteral("restore"), file, QStringLiteral("--db"), restored, QStringLiteral("--recovery-key-stdin")},
                                          recovery());
        QCOMPARE(again.exitCode, 4);
        QVERIFY(again.out.isEmpty());
        QFile f(restored);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), restoredBytes);
    }

    // A backup taken while another program's password reset is between its key file and its
    // commit (SiteVault keeps the file as it was, .undo, until the transaction ends): the
    // snapshot holds the database without the reset, and the backup takes the kept file with
    // it. It took the newer file, and the nurse was refused in the restored site: her password
    // of before no longer opened her slot, the new one a key registered nowhere in its trail.
    void aBackupDuringAPasswordResetKeepsTheAccount()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        const QString keyPath = KeySlotFile::pathFor(site.path());
        // The reset's key file, made on a copy of the site (the same database key): a newer
        // generation, the nurse's slot under a new password with a new key pair.
        QTemporaryDir other;
        auto copy = SiteBackup::create(*admin, other.path());
        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().message));
        {
            auto copyAdmin = SiteVault::signIn(*copy, QStringLiteral("admin"), test::kPassword, site.clock());
            QVERIFY(copyAdmin.ok());
            QVERIFY(Accounts::resetPassword(**copyAdmin, QStringLiteral("nurse"), Secret(QStringLiteral("a-new-password-2")), KdfCost::fast()).ok());
        }
        // The reset in flight on the site: its file in place, the one before kept beside it,
        // the database without it.
        QVERIFY(QFile::rename(keyPath, KeySlotFile::undoPath(keyPath)));
        QVERIFY(QFile::copy(KeySlotFile::pathFor(*copy), keyPath));

        QTemporaryDir out;
        auto taken = SiteBackup::create(*admin, out.path());
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().message));
        auto nurse = SiteVault::signIn(*taken, QStringLiteral("nurse"), test::kPassword, site.clock());
        QVERIFY2(nurse.ok(), nurse.ok() ? "" : qPrintable(nurse.error().message));
        auto audit = AuditChain::verify((*nurse)->db());
        QVERIFY(audit.ok() && audit->intact);
    }

    // The other side: the reset committed, its kept file not yet gone (or one left over). The
    // snapshot records the newer file, which goes with it: the nurse's new password opens it.
    void aBackupAfterTheResetCommittedTakesTheNewFile()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        const QString keyPath = KeySlotFile::pathFor(site.path());
        QVERIFY(QFile::copy(keyPath, KeySlotFile::undoPath(keyPath) + QStringLiteral(".before")));
        QVERIFY(Accounts::resetPassword(*admin, QStringLiteral("nurse"), Secret(QStringLiteral("a-new-password-2")), KdfCost::fast()).ok());
        QVERIFY(QFile::rename(KeySlotFile::undoPath(keyPath) + QStringLiteral(".before"), KeySlotFile::undoPath(keyPath)));

        QTemporaryDir out;
        auto taken = SiteBackup::create(*admin, out.path());
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().message));
        auto nurse = SiteVault::signIn(*taken, QStringLiteral("nurse"), QStringLiteral("a-new-password-2"), site.clock());
        QVERIFY2(nurse.ok(), nurse.ok() ? "" : qPrintable(nurse.error().message));
    }

    void tamperedBackupFailsVerify()
    {
        const QString file = backup();
        QVERIFY(!file.isEmpty());
        QCOMPARE(verify(file, recovery()).exitCode, 0);

        // Bytes changed in the file: SQLCipher's page MAC refuses the pages.
        const QString flipped = copyOf(file, QStringLiteral("flipped.db"));
        QVERIFY(!flipped.isEmpty());
        {
            QFile f(flipped);
            QVERIFY(f.open(QIODevice::ReadWrite));
            // In a page in use (the third: a table's root) and in the middle of the file.
            for (const qint64 at : {qint64(2 * 4096 + 200), f.size() / 2 + 100}) {
                QVERIFY(f.seek(at));
                char c = 0;
                QVERIFY(f.getChar(&c));
                QVERIFY(f.seek(at));
                QVERIFY(f.putChar(char(c ^ 0x5a)));
            }
        }
        const test::CliRun damaged = verify(flipped, recovery());
        QCOMPARE(damaged.exitCode, 5);
        QVERIFY(damaged.out.isEmpty());

        // An audit row rewritten by someone holding the key: the chain breaks (7).
        const QString edited = copyOf(file, QStringLiteral("edited.db"));
        QVERIFY(!edited.isEmpty());
        {
            auto key = SiteVault::recoverKey(edited, m_site.recoveryKey());
            QVERIFY(key.ok());
            auto keys = KeySlotFile::load(KeySlotFile::pathFor(edited));
            QVERIFY(keys.ok());
            auto db = Database::open(edited, *key, keys->cipher, Database::Mode::OpenExisting);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("UPDATE audit SET new_value = 'forged' WHERE seq = 3")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        const test::CliRun broken = verify(edited, recovery());
        QCOMPARE(broken.exitCode, 7);
        QCOMPARE(broken.json().value(QStringLiteral("first_broken")).toInt(), 3);

        // The key file altered (another site code in its sealed part): its seal no longer matches.
        const QString resealed = copyOf(file, QStringLiteral("resealed.db"));
        QVERIFY(!resealed.isEmpty());
        {
            QFile k(KeySlotFile::pathFor(resealed));
            QVERIFY(k.open(QIODevice::ReadOnly));
            QByteArray text = k.readAll();
            k.close();
            QVERIFY(text.contains("GX01"));
            QVERIFY(k.open(QIODevice::WriteOnly | QIODevice::Truncate));
            k.write(text.replace("GX01", "GX02"));
        }
        QCOMPARE(verify(resealed, recovery()).exitCode, 5);

        // The wrong recovery key opens nothing (3).
        QCOMPARE(verify(file, QByteArrayLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH\n")).exitCode, 3);
    }

    // Issue 13: "a kill -9 during a backup leaves the previous backup intact". Backups are
    // killed at twelve moments spread over a whole backup's time; afterwards every backup under
    // its final name verifies (an interrupted one leaves at most a .partial) and none is lost.
    void aBackupKilledAnywhereLeavesTheOthersIntact()
    {
        const QString before = backup();
        QVERIFY(!before.isEmpty());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!backup().isEmpty());
        const qint64 whole = std::max<qint64>(timer.elapsed(), 20);
        int killed = 0;
        for (int i = 1; i <= 12; ++i) {
            QProcess p;
            p.start(qEnvironmentVariable("MUCOTRACK_CLI"),
                    {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), m_site.path(), QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("--to"), m_out.path()});
            QVERIFY(p.waitForStarted());
            p.write(password());
            p.closeWriteChannel();
            QThread::msleep(static_cast<unsigned long>(whole * i / 13));
            if (p.state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                ++killed;
            }
            QVERIFY(p.waitForFinished(60000));
        }
        qInfo("%d of 12 backups were killed before they finished", killed);
        const QStringList finals = QDir(m_out.path()).entryList({QStringLiteral("mucotrack-*.db")}, QDir::Files);
        QVERIFY(finals.contains(QFileInfo(before).fileName()));
        for (const QString &name : finals) {
            const QString file = QDir(m_out.path()).filePath(name);
            QVERIFY2(QFile::exists(KeySlotFile::pathFor(file)), qPrintable(name));
            const test::CliRun v = verify(file, recovery());
            QVERIFY2(v.exitCode == 0 && v.json().value(QStringLiteral("intact")).toBool(), qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(v.err)));
        }
    }

    void onlyAdministratorsTakeBackups()
    {
        const test::CliRun r = runCli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), m_site.path(), QStringLiteral("--user"),
                                       QStringLiteral("coord"), QStringLiteral("--password-stdin"), QStringLiteral("--to"), m_out.path()},
                                      password());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        const test::CliRun missing = runCli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), m_site.path(), QStringLiteral("--user"),
                                             QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("--to"), m_out.filePath(QStringLiteral("nowhere"))},
                                            password());
        QCOMPARE(missing.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
