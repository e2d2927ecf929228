// The site administration commands end to end (shared/contracts/cli.md "Site database"):
// exit statuses, JSON output, and that failures leave nothing half-written.
#include "CliRunner.h"
#include "security/KeySlotFile.h"
#include "security/SiteVault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace muco::test;

namespace {
const QByteArray kAdminPassword = "admin-password-1\n";
}

class TestCliSite : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_recovery;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }
    QStringList signedIn(QStringList args, const QString &user = QStringLiteral("admin")) const
    {
        return args << QStringLiteral("--db") << m_db << QStringLiteral("--user") << user << QStringLiteral("--password-stdin");
    }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("site.db"));
        const CliRun r = runCli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--site"), QStringLiteral("GX02"),
                                 QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                kAdminPassword);
        QCOMPARE(r.exitCode, 0);
        m_recovery = r.json().value(QStringLiteral("recovery_key")).toString();
        QVERIFY(!m_recovery.isEmpty());
        QVERIFY(QFile::exists(m_db + QStringLiteral(".keys")));
    }

    void initRefusesExistingPath()
    {
        const CliRun r = runCli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--site"), QStringLiteral("GX02"),
                                 QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-stdin")}, kAdminPassword);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
    }

    void initRefusesShortPasswordAndLeavesNothing()
    {
        const QString db = path(QStringLiteral("weak.db"));
        const CliRun r = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"), QStringLiteral("GX03"),
                                 QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-stdin")}, "short\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("password"));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(db + QStringLiteral(".keys")));
    }

    void userAddAndList()
    {
        const QString pw = path(QStringLiteral("nurse.pw"));
        QFile f(pw);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nurse-password-1\n");
        f.close();
        CliRun r = runCli(signedIn({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("nurse.li"),
                                    QStringLiteral("--role"), QStringLiteral("nurse"), QStringLiteral("--new-password-file"), pw}),
                          kAdminPassword);
        QCOMPARE(r.exitCode, 0);
        r = runCli(signedIn({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                             QStringLiteral("--role"), QStringLiteral("surgeon"), QStringLiteral("--new-password-file"), pw}),
                   kAdminPassword);
        QCOMPARE(r.exitCode, 4);
        r = runCli(signedIn({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}), kAdminPassword);
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const QJsonValue &u : r.json().value(QStringLiteral("users")).toArray())
            names << u.toObject().value(QStringLiteral("username")).toString() + QLatin1Char(':')
                         + u.toObject().value(QStringLiteral("role")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("admin:administrator"), QStringLiteral("nurse.li:nurse")}));
        // A nurse may not add accounts, nor patients.
        r = runCli(signedIn({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("y2"),
                             QStringLiteral("--role"), QStringLiteral("administrator"), QStringLiteral("--new-password-file"), pw},
                            QStringLiteral("nurse.li")), "nurse-password-1\n");
        QCOMPARE(r.exitCode, 3);
        r = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("add")}, QStringLiteral("nurse.li")), "nurse-password-1\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
    }

    void patientAddAndList()
    {
        CliRun r = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Zhao Lei"),
                                    QStringLiteral("--mrn"), QStringLiteral("M-1"), QStringLiteral("--birth-date"), QStringLiteral("1958-06-01"),
                                    QStringLiteral("--sex"), QStringLiteral("male"), QStringLiteral("--json")}), kAdminPassword);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("subject_id")).toString(), QStringLiteral("GX02-0001"));
        QCOMPARE(r.json().value(QStringLiteral("id")).toString().size(), 36);
        r = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--subject-id"), QStringLiteral("GX02-0500")}), kAdminPassword);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("GX02-0500"));
        r = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--birth-date"), QStringLiteral("1958-13-01")}), kAdminPassword);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("birth-date"));
        r = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--json")}), kAdminPassword);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray patients = r.json().value(QStringLiteral("patients")).toArray();
        QCOMPARE(patients.size(), 2);
        QCOMPARE(patients[0].toObject().value(QStringLiteral("subject_id")).toString(), QStringLiteral("GX02-0001"));
    }

    void passwordChangeAndReset()
    {
        const QString pw = path(QStringLiteral("new.pw"));
        QFile f(pw);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a-brand-new-password\n");
        f.close();
        // The nurse changes her own password; the old one stops working.
        CliRun r = runCli(signedIn({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--new-password-file"), pw},
                                   QStringLiteral("nurse.li")), "nurse-password-1\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runCli(signedIn({QStringLiteral("patient"), QStringLiteral("list")}, QStringLiteral("nurse.li")), "nurse-password-1\n").exitCode, 3);
        QCOMPARE(runCli(signedIn({QStringLiteral("patient"), QStringLiteral("list")}, QStringLiteral("nurse.li")), "a-brand-new-password\n").exitCode, 0);
        // She forgets it; the administrator resets it. A nurse may not reset anyone's.
        QCOMPARE(runCli(signedIn({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--name"), QStringLiteral("admin"),
                                  QStringLiteral("--new-password-file"), pw}, QStringLiteral("nurse.li")), "a-brand-new-password\n").exitCode, 3);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("nurse-password-1\n");
        f.close();
        r = runCli(signedIn({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--name"), QStringLiteral("nurse.li"),
                             QStringLiteral("--new-password-file"), pw}), kAdminPassword);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runCli(signedIn({QStringLiteral("patient"), QStringLiteral("list")}, QStringLiteral("nurse.li")), "nurse-password-1\n").exitCode, 0);
    }

    // The password's line as given: a carriage return before the newline is not part of it; a
    // line longer than 1,024 bytes is refused, naming where it came from, before any sign-in; one
    // of 1,024 is read (and is the wrong password of an unknown account).
    void aPasswordLineIsTakenAsGiven()
    {
        const CliRun crlf = runCli(signedIn({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}),
                                   kAdminPassword.chopped(1) + "\r\n");
        QCOMPARE(crlf.exitCode, 0);
        const CliRun tooLong = runCli(signedIn({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("nobody")),
                                      QByteArray(1025, 'x') + '\n');
        QCOMPARE(tooLong.exitCode, 4);
        QVERIFY2(tooLong.err.contains("--password-stdin") && tooLong.err.contains("1024"), tooLong.err.constData());
        const CliRun atTheLimit = runCli(signedIn({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("nobody")),
                                         QByteArray(1024, 'x') + '\n');
        QCOMPARE(atTheLimit.exitCode, 3);
        QVERIFY(!atTheLimit.err.contains("1024"));
    }

    // A password file saved with a byte order mark (Notepad), or a password that is not UTF-8
    // (a Latin-1 terminal), gives the bytes it always did: the account it makes opens with the
    // password typed without the mark, and as the text the app's form would have passed.
    void aPasswordIsReadAsTheTextItAlwaysWas()
    {
        const QString file = path(QStringLiteral("bom-password.txt"));
        for (const QByteArray &given : {QByteArray("\xEF\xBB\xBFnotepad-password\r\n"), QByteArray("caf\xE9-latin1-password\n")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(given);
            f.close();
            const QString user = given.startsWith('\xEF') ? QStringLiteral("bomuser") : QStringLiteral("latinuser");
            const CliRun added = runCli(signedIn({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), user,
                                                  QStringLiteral("--role"), QStringLiteral("nurse"), QStringLiteral("--new-password-file"), file}),
                                        kAdminPassword);
            QVERIFY2(added.exitCode == 0, added.err.constData());
            QByteArray typed = given.startsWith('\xEF') ? given.mid(3) : given;
            typed.replace("\r\n", "\n");
            const CliRun signedInAs = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--json")}, user), typed);
            QVERIFY2(signedInAs.exitCode == 0, signedInAs.err.constData());
            // As the app's sign-in form passes it: the text the bytes decode to.
            auto session = muco::SiteVault::signIn(m_db, user, QString::fromUtf8(typed.chopped(1)), muco::Clock::system());
            QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        }
    }

    // The recovery key as printed, or as a person types it back: capitals, spaces for dashes,
    // white space around it. Any other character changed opens nothing.
    void theRecoveryKeyIsTakenAsPrintedOrTyped()
    {
        QString typed = m_recovery.toUpper();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        for (const QString &given : {m_recovery, QString(QStringLiteral("  ") + typed + QStringLiteral("\n")), QString(m_recovery).remove(QLatin1Char('-'))})
            QVERIFY2(muco::SiteVault::recoverKey(m_db, given).ok(), qPrintable(given));
        QString wrong = m_recovery;
        wrong[0] = wrong[0] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QCOMPARE(muco::SiteVault::recoverKey(m_db, wrong).error().kind, muco::ErrorKind::Denied);
    }

    void signInFailures()
    {
        CliRun r = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("list")}), "wrong-password-9\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        r = runCli({QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 3);
        r = runCli({QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--db"), path(QStringLiteral("absent.db")),
                    QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")}, kAdminPassword);
        QCOMPARE(r.exitCode, 5);
        r = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--colour")}), kAdminPassword);
        QCOMPARE(r.exitCode, 2);
    }

    void lockedDatabaseIsStorageError()
    {
        // Another program holds the write lock (here: this test, through the recovery key).
        auto key = muco::SiteVault::recoverKey(m_db, m_recovery);
        QVERIFY(key.ok());
        auto keys = muco::KeySlotFile::load(muco::KeySlotFile::pathFor(m_db));
        auto db = muco::Database::open(m_db, key.value(), keys->cipher, muco::Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("BEGIN EXCLUSIVE")).ok());
        const CliRun r = runCli(signedIn({QStringLiteral("patient"), QStringLiteral("add")}), kAdminPassword);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("locked"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY((*db)->exec(QStringLiteral("ROLLBACK")).ok());
    }

    void corruptDatabaseIsStorageError()
    {
        const QString copy = path(QStringLiteral("corrupt.db"));
        QVERIFY(QFile::copy(m_db, copy));
        QVERIFY(QFile::copy(m_db + QStringLiteral(".keys"), copy + QStringLiteral(".keys")));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(4000, '\x5a'));   // scribble over the first page
        f.close();
        const CliRun r = runCli({QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--db"), copy,
                                 QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")}, kAdminPassword);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void auditVerify()
    {
        CliRun r = runCli(signedIn({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}), kAdminPassword);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(r.json().value(QStringLiteral("rows")).toInt() > 5);
        QVERIFY(r.json().value(QStringLiteral("first_broken")).isNull());
    }

    void rawKeyOpensTheFileInSqlcipher()
    {
        CliRun r = runCli({QStringLiteral("db"), QStringLiteral("raw-key"), QStringLiteral("--db"), m_db, QStringLiteral("--recovery-key-stdin")},
                          m_recovery.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.first().size(), 64);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines[i].startsWith("PRAGMA "));
        QCOMPARE(runCli({QStringLiteral("db"), QStringLiteral("raw-key"), QStringLiteral("--db"), m_db, QStringLiteral("--recovery-key-stdin")},
                        "0000-0000\n").exitCode, 3);

        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (shell.isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        QByteArray script = "PRAGMA key = \"x'" + lines.first() + "'\";\n";
        for (int i = 1; i < lines.size(); ++i)
            script += lines[i] + '\n';
        script += "SELECT subject_id FROM patients ORDER BY subject_id;\n";
        QProcess p;
        p.start(shell, {m_db});
        p.write(script);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.readAllStandardOutput().contains("GX02-0001"), p.readAllStandardError().constData());
    }

    void tamperedAuditExits7()
    {
        // Tamper through the disaster-recovery path, as an attacker with the key could.
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (shell.isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        const QString copy = path(QStringLiteral("tampered.db"));
        QVERIFY(QFile::copy(m_db, copy));
        QVERIFY(QFile::copy(m_db + QStringLiteral(".keys"), copy + QStringLiteral(".keys")));
        const CliRun key = runCli({QStringLiteral("db"), QStringLiteral("raw-key"), QStringLiteral("--db"), copy, QStringLiteral("--recovery-key-stdin")},
                                  m_recovery.toUtf8() + '\n');
        const QList<QByteArray> lines = key.out.trimmed().split('\n');
        QByteArray script = "PRAGMA key = \"x'" + lines.first() + "'\";\n";
        for (int i = 1; i < lines.size(); ++i)
            script += lines[i] + '\n';
        script += "UPDATE audit SET new_value = 'female' WHERE seq = 4;\n";
        QProcess p;
        p.start(shell, {copy});
        p.write(script);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy, QStringLiteral("--user"),
                                 QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("--json")}, kAdminPassword);
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.json().value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(r.json().value(QStringLiteral("first_broken")).toInt(), 4);
        QVERIFY(r.err.contains("row 4"));
    }
};

QTEST_GUILESS_MAIN(TestCliSite)
#include "tst_cli_site.moc"
