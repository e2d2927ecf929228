// Attacks on the programs themselves (issue 11, M6): a core dump of `sync now` held the raw
// database key twice and the password once; a monitor could list every staff account.
// Each test failed on the code before the fix (docs/security.md).
#include "CentralProcess.h"
#include "CliRunner.h"
#include "TestSite.h"
#include "common/Hardening.h"
#include "security/Accounts.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace muco;

namespace {

// The soft core-file limit of a running process, from /proc/PID/limits ("unlimited" = -1).
qint64 coreLimitOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -2;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("Max core file size")) {
            const QList<QByteArray> words = line.mid(18).simplified().split(' ');
            return words.value(0) == "unlimited" ? -1 : words.value(0).toLongLong();
        }
    return -2;
}

// Lets children inherit a core limit above 0, as a developer's shell or a distribution may.
bool allowCoresForChildren()
{
    rlimit l{};
    if (getrlimit(RLIMIT_CORE, &l) != 0 || l.rlim_max == 0)
        return false;
    l.rlim_cur = l.rlim_max;
    return setrlimit(RLIMIT_CORE, &l) == 0;
}

} // namespace

class TestAttacksProcess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/proc/self/limits")))
            QSKIP("needs Linux /proc");
        if (!allowCoresForChildren())
            QSKIP("this system forbids core files to every process already");
    }

    // A signed-in CLI waits for its password: it is already undumpable by then.
    void theCliNeverDumpsCore()
    {
        test::TestSite site;
        QProcess cli;
        cli.start(qEnvironmentVariable("MUCOTRACK_CLI"), {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--db"), site.path(),
                                                          QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("--password-stdin")});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(300);
        QCOMPARE(coreLimitOf(cli.processId()), 0);
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(10000));
    }

    void theCentralSiteNeverDumpsCore()
    {
        QTemporaryDir dir;
        const QString central = qEnvironmentVariable("MUCOTRACK_CENTRAL");
        (void)test::runProgram(central, {QStringLiteral("init"), QStringLiteral("--data"), dir.path() + QStringLiteral("/c")});
        QProcess server;
        server.start(central, {QStringLiteral("serve"), QStringLiteral("--data"), dir.path() + QStringLiteral("/c"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(test::freePort()), QStringLiteral("--insecure-loopback")});
        QVERIFY(server.waitForStarted());
        QTest::qWait(300);
        const qint64 limit = coreLimitOf(server.processId());
        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        server.waitForFinished(10000);
        QCOMPARE(limit, 0);
    }

    // The desktop app too (its call was untested, a review): started on a home of its own, with
    // nothing to open, it waits at its first window.
    void theDesktopAppNeverDumpsCore()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("MUCOTRACK_APP"), {});
        QVERIFY(app.waitForStarted());
        QTest::qWait(500);
        QCOMPARE(app.state(), QProcess::Running);
        const qint64 limit = coreLimitOf(app.processId());
        app.kill();
        app.waitForFinished(10000);
        QCOMPARE(limit, 0);
    }

    // In every build type: the function itself, in this (test) process.
    void hardeningWorksInEveryBuildType()
    {
        QVERIFY(disableCoreDumps());
        rlimit l{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &l), 0);
        QCOMPARE(l.rlim_cur, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }

    // M6: a monitor listed every staff account (user names, display names, roles).
    void onlyAdministratorsListAccounts()
    {
        test::TestSite site;
        for (const char *user : {"monitor", "nurse", "doctor", "coord"}) {
            auto s = site.signIn(QString::fromLatin1(user));
            QCOMPARE(Accounts::list(*s).error().kind, ErrorKind::Denied);
        }
        auto admin = site.signIn(QStringLiteral("admin"));
        QCOMPARE(Accounts::list(*admin).value().size(), 5);
        const test::CliRun r = test::runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), site.path(),
                                             QStringLiteral("--user"), QStringLiteral("monitor"), QStringLiteral("--password-stdin"),
                                             QStringLiteral("--json")},
                                            test::kPassword.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.out.contains("doctor"));
    }

    // M6: the password went through stdio's and Qt's buffers, ordinary heap memory that nothing
    // wiped, on its way to the code. Standard input is now read byte by byte into guarded
    // memory, which shows: the CLI takes the password's line and not one byte more, where a
    // buffered read takes what follows too. (The shell's `cat` gets the rest of the same file.)
    void thePasswordIsReadStraightFromStandardInput()
    {
        test::TestSite site;
        QTemporaryDir dir;
        QFile input(dir.filePath(QStringLiteral("stdin")));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(test::kPassword.toUtf8() + "\nwhat-follows-the-password\n");
        input.close();
        QProcess sh;
        sh.setStandardInputFile(input.fileName());
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("\"$0\" audit verify --db \"$1\" --user admin --password-stdin --json >/dev/null; echo \"exit $?\"; cat"),
                                             qEnvironmentVariable("MUCOTRACK_CLI"), site.path()});
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("exit 0\nwhat-follows-the-password\n"));
    }
};

QTEST_GUILESS_MAIN(TestAttacksProcess)
#include "tst_attacks_process.moc"
