// The one table of CLI commands (app/cli/CommandTable.h): every command is reachable by its
// words, listed in --help, and an unknown command is answered from the table.
#include "CliRunner.h"
#include "CommandTable.h"
#include <QSet>
#include <QtTest>

using namespace muco::cli;
using namespace muco::test;

namespace {
// The words a script would type: a "*" word becomes a value.
QStringList typed(const Command &c)
{
    QStringList words = c.words;
    for (QString &w : words)
        if (w == QLatin1String("*"))
            w = QStringLiteral("value");
    return words;
}
} // namespace

class TestCliTable : public QObject {
    Q_OBJECT
private slots:
    void everyCommandIsReachableAndListed()
    {
        const QString help = usageText();
        QSet<QString> seen;
        int count = 0;
        for (const CommandGroup &g : commandGroups()) {
            QVERIFY(!g.heading.isEmpty());
            for (const Command &c : g.commands) {
                ++count;
                const QString name = c.words.join(QLatin1Char(' '));
                QVERIFY2(!seen.contains(name), qPrintable(QStringLiteral("registered twice: ") + name));
                seen.insert(name);
                QVERIFY2(c.run, qPrintable(name));
                QVERIFY2(!c.help.isEmpty() && !c.help.contains(QLatin1Char('\n')), qPrintable(name));
                QCOMPARE(findCommand(typed(c) + QStringList{QStringLiteral("--json")}), &c);
                // The synopsis begins with the command's words, so --help and the man page show how to call it.
                const QStringList shown = c.synopsis.split(QLatin1Char(' '));
                for (int i = 0; i < c.words.size(); ++i)
                    if (c.words[i] != QLatin1String("*"))
                        QCOMPARE(shown.value(i), c.words[i]);
                QVERIFY2(help.contains(QStringLiteral("\n  ") + c.synopsis + QLatin1Char('\n')), qPrintable(name));
                QVERIFY2(help.contains(c.help), qPrintable(name));
            }
        }
        QVERIFY(count >= 19);
        QCOMPARE(findCommand({QStringLiteral("frobnicate")}), nullptr);
        QCOMPARE(findCommand({QStringLiteral("user"), QStringLiteral("frobnicate")}), nullptr);
    }

    void unknownCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown word") << QStringList{QStringLiteral("frobnicate")}
                                      << QByteArray("Unknown command \"frobnicate\"; run mucotrack-cli --help.");
        QTest::newRow("unknown sync") << QStringList{QStringLiteral("sync"), QStringLiteral("later")}
                                      << QByteArray("Unknown command \"sync later\"; use sync enroll, sync now, sync status, sync conflicts or sync resolve.");
        QTest::newRow("unknown user") << QStringList{QStringLiteral("user"), QStringLiteral("delete")}
                                      << QByteArray("Unknown command \"user delete\"; use user add, user list, user passwd or user reset-password.");
        QTest::newRow("word missing") << QStringList{QStringLiteral("eligibility")}
                                      << QByteArray("Unknown command \"eligibility\"; use eligibility check.");
        QTest::newRow("an option first") << QStringList{QStringLiteral("--json")}
                                         << QByteArray("Unknown command \"--json\"; run mucotrack-cli --help.");
    }

    void unknownCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void helpListsTheTable()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), usageText().trimmed());
    }
};

QTEST_GUILESS_MAIN(TestCliTable)
#include "tst_cli_table.moc"
