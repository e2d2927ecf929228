// A full disk and a read-only disk (issue 13, D6), through the real mucotrack-cli on a small
// tmpfs of its own: reading commands still work, writing fails saying "full" or "read-only"
// (not "disk I/O error"), nothing saved is lost, and once space is back everything works.
// Every command failed before, reading included: each sign-in writes an audit row, and WAL
// could not create its index file. Skipped with a message where tmpfs cannot be mounted.
#include "CliRunner.h"
#include "security/Accounts.h"
#include "security/AuditChain.h"
#include "security/KeySlotFile.h"
#include "security/Session.h"
#include "security/SiteVault.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using muco::test::CliRun;
using muco::test::runCli;

class TestFullDisk : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;
    const QByteArray m_password = QByteArrayLiteral("full-disk-password-1\n");

    static bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString db() const { return m_mount + QStringLiteral("/site.db"); }

    CliRun cli(const QStringList &words, const QStringList &more = {})
    {
        return runCli(words + QStringList{QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")} + more,
                      m_password);
    }

    int patients()
    {
        const CliRun r = cli({QStringLiteral("patient"), QStringLiteral("list")}, {QStringLiteral("--json")});
        return r.exitCode == 0 ? int(r.json().value(QStringLiteral("patients")).toArray().size()) : -1;
    }

    // Writes until the file system refuses.
    void fill()
    {
        QFile f(m_mount + QStringLiteral("/filler"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
        f.close();
        // Small leftovers too: no page of free space remains.
        QFile g(m_mount + QStringLiteral("/filler2"));
        QVERIFY(g.open(QIODevice::WriteOnly));
        while (g.write("x", 1) == 1 && g.flush()) {
        }
    }

private slots:
    void initTestCase()
    {
        m_mount = m_dir.path() + QStringLiteral("/disk");
        QVERIFY(QDir().mkpath(m_mount));
        if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=12m"),
                                           QStringLiteral("tmpfs"), m_mount}))
            QSKIP("a tmpfs cannot be mounted here (needs root or CAP_SYS_ADMIN): the full-disk tests do not run");
        m_mounted = true;
        // The test cost of Argon2id: a dozen sign-ins follow.
        muco::SiteSetup setup{db(), QStringLiteral("GX01"), QStringLiteral("admin"), QStringLiteral("Admin"),
                              QString::fromUtf8(m_password.trimmed()), QStringLiteral("UTC"), muco::KdfCost::fast(), true};
        auto created = muco::SiteVault::create(setup, *muco::Clock::system());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(cli({QStringLiteral("patient"), QStringLiteral("add")}).exitCode, 0);
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {m_mount});
    }

    void fullDiskStillReads()
    {
        fill();
        QCOMPARE(patients(), 1);
        const CliRun verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());

        const CliRun add = cli({QStringLiteral("patient"), QStringLiteral("add")});
        QCOMPARE(add.exitCode, 5);
        QVERIFY(add.out.isEmpty());
        QVERIFY2(add.err.contains("full"), add.err.constData());
        QVERIFY2(!add.err.contains("I/O error"), add.err.constData());

        // Space back: writing works again, and nothing was lost or broken.
        QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
        QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler2")));
        const CliRun again = cli({QStringLiteral("patient"), QStringLiteral("add")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(patients(), 2);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    // Issue 13, D1, at every write: the disk fills up with 0 to 128 KiB left, so that each of a
    // sign-in's, a password change's and a new account's writes (the key file's journal and
    // slots, the audit row, the WAL) is in turn the one that fails. Whatever failed, the key
    // file still loads, the administrator signs in with the one password that is in force,
    // an account exists exactly when its creation said so, and the audit chain is intact.
    void theKeyFileSurvivesAFullDiskAtEveryWrite_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("freeKiB");
        for (const char *op : {"wrong sign-in", "password change", "user add"})
            for (int kib : {0, 4, 8, 16, 32, 64, 128})
                QTest::addRow("%s, %d KiB free", op, kib) << QString::fromLatin1(op) << kib;
    }

    void theKeyFileSurvivesAFullDiskAtEveryWrite()
    {
        QFETCH(QString, operation);
        QFETCH(int, freeKiB);
        const QString folder = m_mount + QStringLiteral("/every-write");
        QVERIFY(QDir(folder).removeRecursively() && QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/site.db");
        const QString oldPassword = QStringLiteral("old-password-123"), newPassword = QStringLiteral("new-password-456");
        auto clock = std::make_shared<muco::FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        muco::SiteSetup setup{path, QStringLiteral("GX01"), QStringLiteral("admin"), QStringLiteral("Admin"), oldPassword,
                              QStringLiteral("UTC"), muco::KdfCost::fast(), true};
        QVERIFY(muco::SiteVault::create(setup, *clock).ok());
        std::unique_ptr<muco::Session> admin;
        if (operation != QLatin1String("wrong sign-in")) {
            auto s = muco::SiteVault::signIn(path, QStringLiteral("admin"), oldPassword, clock);
            QVERIFY(s.ok());
            admin = std::move(s).value();
        }

        fill();
        QFile filler(m_mount + QStringLiteral("/filler"));
        QVERIFY(filler.resize(std::max<qint64>(0, filler.size() - qint64(freeKiB) * 1024)));
        bool reportedOk = false;
        if (operation == QLatin1String("wrong sign-in"))
            reportedOk = muco::SiteVault::signIn(path, QStringLiteral("admin"), QStringLiteral("not-the-password"), clock).ok();
        else if (operation == QLatin1String("password change"))
            reportedOk = muco::Accounts::changeOwnPassword(*admin, oldPassword, newPassword, muco::KdfCost::fast()).ok();
        else
            reportedOk = muco::Accounts::add(*admin, QStringLiteral("newbie"), QStringLiteral("New"), muco::Role::Nurse, newPassword,
                                             muco::KdfCost::fast()).ok();
        admin.reset();
        QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
        QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler2")));

        QVERIFY(!(operation == QLatin1String("wrong sign-in") && reportedOk));
        QVERIFY2(muco::KeySlotFile::load(muco::KeySlotFile::pathFor(path)).ok(), "the key file no longer loads");
        const QString inForce = operation == QLatin1String("password change") && reportedOk ? newPassword : oldPassword;
        auto again = muco::SiteVault::signIn(path, QStringLiteral("admin"), inForce, clock);
        QVERIFY2(again.ok(), qPrintable(QStringLiteral("reported %1; the password in force does not open: %2")
                                            .arg(reportedOk ? QStringLiteral("saved") : QStringLiteral("not saved"),
                                                 again.ok() ? QString() : again.error().message)));
        const QString stale = inForce == oldPassword ? newPassword : oldPassword;
        QVERIFY(!muco::SiteVault::signIn(path, QStringLiteral("admin"), stale, clock).ok());
        if (operation == QLatin1String("user add"))
            QCOMPARE(muco::SiteVault::signIn(path, QStringLiteral("newbie"), newPassword, clock).ok(), reportedOk);
        auto audit = muco::AuditChain::verify((*again)->db());
        QVERIFY(audit.ok() && audit->intact);
    }

    // Including names: the account's copy of the identity key opens without writing anything.
    void readOnlyDiskStillReads()
    {
        QCOMPARE(cli({QStringLiteral("patient"), QStringLiteral("add")}, {QStringLiteral("--name"), QStringLiteral("Read Only")}).exitCode, 0);
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}));
        const CliRun list = cli({QStringLiteral("patient"), QStringLiteral("list")}, {QStringLiteral("--json")});
        const CliRun add = cli({QStringLiteral("patient"), QStringLiteral("add")});
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mount}));
        QCOMPARE(list.exitCode, 0);
        const QJsonArray seen = list.json().value(QStringLiteral("patients")).toArray();
        QCOMPARE(seen.size(), 3);
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(), [](const QJsonValue &p) {
                     return p.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Read Only");
                 }), list.out.constData());
        QCOMPARE(add.exitCode, 5);
        QVERIFY2(add.err.contains("read-only"), add.err.constData());
        QCOMPARE(patients(), 3);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
