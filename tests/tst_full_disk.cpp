// A full disk and a read-only disk (issue 13, D6), through the real mucotrack-cli on a small
// tmpfs of its own: reading commands still work, writing fails saying "full" or "read-only"
// (not "disk I/O error"), nothing saved is lost, and once space is back everything works.
// Every command failed before, reading included: each sign-in writes an audit row, and WAL
// could not create its index file. Skipped with a message where tmpfs cannot be mounted.
#include "CliRunner.h"
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

    void readOnlyDiskStillReads()
    {
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}));
        const int seen = patients();
        const CliRun add = cli({QStringLiteral("patient"), QStringLiteral("add")});
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mount}));
        QCOMPARE(seen, 2);
        QCOMPARE(add.exitCode, 5);
        QVERIFY2(add.err.contains("read-only"), add.err.constData());
        QCOMPARE(patients(), 2);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
