// What the central site's PostgreSQL connection writes for the server (central/PostgresConnection,
// issue 14), checked without a server: the program's `?` numbered as $1, $2, ... (never one
// inside a quoted literal or name), and each value in COPY's text format, where a backslash,
// a tab, a line break or a return would otherwise end the value or the row, and \N is NULL.
// The round trip through a real server is in tst_central_push_batch (MUCOTRACK_TEST_POSTGRES).
#include "central/PostgresConnection.h"
#include <QDateTime>
#include <QtTest>

using namespace muco;

class TestPostgresConnection : public QObject {
    Q_OBJECT

private slots:
    void placeholdersAreNumbered_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QByteArray>("numbered");
        QTest::addColumn<int>("count");
        QTest::newRow("none") << QStringLiteral("SELECT 1") << QByteArray("SELECT 1") << 0;
        QTest::newRow("one") << QStringLiteral("SELECT ?") << QByteArray("SELECT $1") << 1;
        QTest::newRow("in order") << QStringLiteral("a = ? AND b IN (?, ?)") << QByteArray("a = $1 AND b IN ($2, $3)") << 3;
        QTest::newRow("ten and more") << QStringLiteral("?,?,?,?,?,?,?,?,?,?,?") << QByteArray("$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11") << 11;
        QTest::newRow("in a literal") << QStringLiteral("SELECT 'why?' || ?") << QByteArray("SELECT 'why?' || $1") << 1;
        QTest::newRow("doubled quote") << QStringLiteral("SELECT 'it''s?' || ?") << QByteArray("SELECT 'it''s?' || $1") << 1;
        QTest::newRow("in a name") << QStringLiteral("SELECT 1 AS \"n?\" WHERE x = ?") << QByteArray("SELECT 1 AS \"n?\" WHERE x = $1") << 1;
        QTest::newRow("quote in a name") << QStringLiteral("SELECT \"a'b\" = ?") << QByteArray("SELECT \"a'b\" = $1") << 1;
        QTest::newRow("beyond ASCII") << QStringLiteral("SELECT '口?' || ? || ?") << QByteArray("SELECT '\xe5\x8f\xa3?' || $1 || $2") << 2;
    }
    void placeholdersAreNumbered()
    {
        QFETCH(QString, sql);
        QFETCH(QByteArray, numbered);
        QFETCH(int, count);
        int n = -1;
        QCOMPARE(PostgresConnection::numberedPlaceholders(sql, &n), numbered);
        QCOMPARE(n, count);
    }

    void copyValuesAreEscaped_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QVariant(QStringLiteral("GX01-0007")) << QByteArray("GX01-0007");
        QTest::newRow("JSON") << QVariant(QStringLiteral("[\"a\",1]")) << QByteArray("[\"a\",1]");
        QTest::newRow("backslash") << QVariant(QStringLiteral("C:\\dir\\\\server")) << QByteArray("C:\\\\dir\\\\\\\\server");
        QTest::newRow("tab") << QVariant(QStringLiteral("a\tb")) << QByteArray("a\\tb");
        QTest::newRow("line feed") << QVariant(QStringLiteral("a\nb")) << QByteArray("a\\nb");
        QTest::newRow("return") << QVariant(QStringLiteral("a\r\nb")) << QByteArray("a\\r\\nb");
        QTest::newRow("the NULL marker as text") << QVariant(QStringLiteral("\\N")) << QByteArray("\\\\N");
        QTest::newRow("the end marker as text") << QVariant(QStringLiteral("\\.")) << QByteArray("\\\\.");
        QTest::newRow("beyond ASCII") << QVariant(QStringLiteral("口腔黏膜炎 \U0001F600")) << QStringLiteral("口腔黏膜炎 \U0001F600").toUtf8();
        // The one-pass way for ASCII gives up at the first other character and starts again.
        QTest::newRow("ASCII, then beyond") << QVariant(QStringLiteral("grade 3 \u00e9")) << QByteArray("grade 3 \xc3\xa9");
        QTest::newRow("a special last") << QVariant(QStringLiteral("a\\")) << QByteArray("a\\\\");
        QTest::newRow("the last ASCII character") << QVariant(QStringLiteral("a\u007f")) << QByteArray("a\x7f");
        QTest::newRow("empty text") << QVariant(QStringLiteral("")) << QByteArray("");
        QTest::newRow("null text") << QVariant(QString()) << QByteArray("\\N");
        QTest::newRow("null") << QVariant() << QByteArray("\\N");
        QTest::newRow("null bytes") << QVariant(QByteArray()) << QByteArray("\\N");
        QTest::newRow("number") << QVariant(qlonglong(-42)) << QByteArray("-42");
        QTest::newRow("truth") << QVariant(true) << QByteArray("true");
    }
    void copyValuesAreEscaped()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, written);
        QByteArray line("x\t");
        QVERIFY(PostgresConnection::appendCopyValue(line, value).ok());
        QCOMPARE(line, QByteArray("x\t") + written);
    }

    // A value of a type the program never sends is refused, not written as something else; a
    // text holding U+0000 too (PostgreSQL's text would end there, the rest lost unremarked).
    void whatCannotBeStoredIsRefused()
    {
        // A lone surrogate has no UTF-8 (Qt writes "?" for it); bytes are sent as a C string.
        for (const QVariant &v : {QVariant(QDateTime::currentDateTimeUtc()), QVariant(QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))),
                                  QVariant(QStringLiteral("p") + QChar(0xd800)), QVariant(QStringLiteral("grade \u00e9") + QChar(0xdc00)),
                                  QVariant(QByteArray("a\0b", 3))}) {
            QByteArray line;
            auto s = PostgresConnection::appendCopyValue(line, v);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Storage);
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "tst_postgres_connection.moc"
