// The SQLCipher layer: migrations from every version, transactions that roll back,
// a file with no plaintext, and clear errors for damaged or foreign files.
#include "TestSite.h"
#include "common/CanonicalJson.h"
#include "common/CompactJson.h"
#include "common/Ids.h"
#include "common/Secret.h"
#include "records/Patients.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace muco;

namespace {
std::unique_ptr<Database> openPlainKeyed(const QString &path, const SecureBytes &key, Database::Mode mode)
{
    auto db = Database::open(path, key, CipherSettings{}, mode);
    if (!db.ok())
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

QStringList schema(Database &db)
{
    auto st = db.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    QStringList out;
    while (st->next().value())
        out << st->text(0) + QLatin1Char(' ') + st->text(1) + QLatin1Char(' ') + st->text(2);
    return out;
}
} // namespace

class TestStorage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);
    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

private slots:
    // A password in guarded memory is the UTF-8 every key slot was ever derived from, and its
    // length rule counts characters, not bytes or UTF-16 units.
    void aSecretIsItsUtf8Bytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("test-password-1") << 15;
        QTest::newRow("chinese") << QStringLiteral("口腔黏膜炎放疗") << 7;
        QTest::newRow("emoji") << QString::fromUtf8("pass\xF0\x9F\x94\x91word") << 9;
    }
    void aSecretIsItsUtf8Bytes()
    {
        QFETCH(QString, text);
        QFETCH(int, characters);
        const muco::Secret secret(text);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size())), utf8);
        QCOMPARE(secret.characters(), static_cast<std::size_t>(characters));
        QVERIFY(secret.equals(secret.copy()));
        QVERIFY(secret.equals(muco::Secret(text)));
        QVERIFY(!secret.equals(muco::Secret(text + QLatin1Char('x'))));
    }
    // The change log's JSON written without a document is the document's, byte for byte, for
    // every kind of value the write path stores, and for those it leaves to the document.
    void compactJsonIsWhatQJsonDocumentWrites_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::newRow("empty") << QVariantMap{};
        QTest::newRow("a patient") << QVariantMap{{QStringLiteral("subject_id"), QStringLiteral("GX01-0007")},
                                                  {QStringLiteral("subject_number"), 7},
                                                  {QStringLiteral("status"), QStringLiteral("screening")},
                                                  {QStringLiteral("birth_year"), qint64(1966)},
                                                  {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}};
        QTest::newRow("null, bool, empty text") << QVariantMap{{QStringLiteral("a"), QVariant()}, {QStringLiteral("b"), true},
                                                               {QStringLiteral("c"), false}, {QStringLiteral("d"), QStringLiteral("")},
                                                               {QStringLiteral("e"), QVariant::fromValue(nullptr)}};
        QTest::newRow("integer limits") << QVariantMap{{QStringLiteral("min"), std::numeric_limits<qint64>::min()},
                                                       {QStringLiteral("max"), std::numeric_limits<qint64>::max()},
                                                       {QStringLiteral("int"), -2147483647 - 1}, {QStringLiteral("uint"), 4294967295U}};
        QTest::newRow("keys out of order, upper case first") << QVariantMap{{QStringLiteral("zeta"), 1}, {QStringLiteral("Alpha"), 2},
                                                                            {QStringLiteral("alpha"), 3}, {QStringLiteral("_"), 4},
                                                                            {QStringLiteral("a1"), 5}, {QStringLiteral("a"), 6}};
        QTest::newRow("quote and backslash") << QVariantMap{{QStringLiteral("t"), QStringLiteral("say \"no\" \\ here")}};
        QTest::newRow("a canonical value") << QVariantMap{{QStringLiteral("value"), QStringLiteral("[\"GX01-0007\"]")},
                                                          {QStringLiteral("escaped"), QStringLiteral("[\"a \\\"b\\\" \\\\ c\"]")}};
        // Left to the document: control characters, other scripts, doubles, a null string, lists.
        QTest::newRow("control characters") << QVariantMap{{QStringLiteral("t"), QStringLiteral("line\nnext\ttab\x01")}};
        QTest::newRow("Chinese and an emoji") << QVariantMap{{QStringLiteral("term"), QStringLiteral("口腔黏膜炎 \U0001F600")}};
        QTest::newRow("a key in Chinese") << QVariantMap{{QStringLiteral("名"), 1}, {QStringLiteral("b"), 2}};
        QTest::newRow("doubles") << QVariantMap{{QStringLiteral("dose"), 2.0}, {QStringLiteral("x"), 0.1}, {QStringLiteral("y"), 1e300}};
        QTest::newRow("null string") << QVariantMap{{QStringLiteral("t"), QString()}};
        QTest::newRow("a list") << QVariantMap{{QStringLiteral("l"), QVariantList{1, QStringLiteral("x")}}};
        QTest::newRow("DEL") << QVariantMap{{QStringLiteral("t"), QStringLiteral("a\x7f")}};
    }
    // One field's value at the central site: the text is the document's, and reads back as the
    // document reads it, whether written directly or through the document.
    void canonicalJsonIsTheDocumentsText_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("true") << QJsonValue(true);
        QTest::newRow("false") << QJsonValue(false);
        QTest::newRow("code") << QJsonValue(QStringLiteral("GX01-0007"));
        QTest::newRow("empty text") << QJsonValue(QStringLiteral(""));
        QTest::newRow("a time") << QJsonValue(QStringLiteral("2026-11-25T08:00:00.000Z"));
        QTest::newRow("looks like null") << QJsonValue(QStringLiteral("null"));
        QTest::newRow("brackets and a comma") << QJsonValue(QStringLiteral("a\",\"b"));
        QTest::newRow("quote") << QJsonValue(QStringLiteral("say \"no\""));
        QTest::newRow("backslash") << QJsonValue(QStringLiteral("C:\\x"));
        QTest::newRow("newline") << QJsonValue(QStringLiteral("a\nb"));
        QTest::newRow("Chinese") << QJsonValue(QStringLiteral("口腔黏膜炎"));
        QTest::newRow("integer") << QJsonValue(2);
        QTest::newRow("large integer") << QJsonValue(qint64(9007199254740993));
        QTest::newRow("double") << QJsonValue(2.5);
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("k"), 1}});
    }
    void canonicalJsonIsTheDocumentsText()
    {
        QFETCH(QJsonValue, value);
        const QString document = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        QCOMPARE(canonicalJson(value), document);
        QCOMPARE(fromCanonicalJson(document), QJsonDocument::fromJson(document.toUtf8()).array().at(0));
        QCOMPARE(fromCanonicalJson(canonicalJson(value)), value);
    }

    void compactJsonIsWhatQJsonDocumentWrites()
    {
        QFETCH(QVariantMap, map);
        const QString expected = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
        QCOMPARE(compactJsonObject(map), expected);
        // The same values as an array (the central site's rows sent to PostgreSQL).
        const QVariantList list = map.values();
        QCOMPARE(compactJsonArray(list), QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(list)).toJson(QJsonDocument::Compact)));
    }

    // Every character below 128, alone and amid text, as the document writes it: the escaped
    // ones ('"', '\\') written directly, the others left to the document.
    void compactJsonEscapesEveryAsciiCharacterAsTheDocument()
    {
        for (char16_t u = 0; u < 0x80; ++u) {
            const QString alone(QChar{u});
            const QVariantList list{alone, QString(QStringLiteral("[\"a") + alone + QStringLiteral("b\"]"))};
            const QString expected = QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(list)).toJson(QJsonDocument::Compact));
            QVERIFY2(compactJsonArray(list) == expected, qPrintable(QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0'))));
            const QVariantMap map{{QStringLiteral("t"), alone}};
            QCOMPARE(compactJsonObject(map), QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact)));
        }
    }

    // Record ids are version 7 UUIDs (RFC 9562): the time of making in their first 48 bits, so
    // ids made later sort after, and each store's indexes grow at their end (issue 14).
    void recordIdsAreTimeOrderedVersion7()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QStringList ids;
        for (int i = 0; i < 20000; ++i)
            ids << newUuid();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QSet<QString> distinct(ids.cbegin(), ids.cend());
        QCOMPARE(distinct.size(), ids.size());
        qint64 lastMs = 0;
        for (const QString &id : std::as_const(ids)) {
            const QUuid uuid(id);
            QVERIFY2(!uuid.isNull() && id.size() == 36 && id == id.toLower(), qPrintable(id));
            QCOMPARE(id.at(14), QLatin1Char('7'));   // the version (Qt 6.4's QUuid knows 1 to 5)
            QCOMPARE(uuid.variant(), QUuid::DCE);
            const qint64 ms = id.left(8).append(id.mid(9, 4)).toLongLong(nullptr, 16);
            QVERIFY2(ms >= before && ms <= after, qPrintable(id));
            QVERIFY(ms >= lastMs);
            lastMs = ms;
        }
        // The layout, bit by bit: a fixed time and random bytes.
        const std::array<unsigned char, 10> ones{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
        QCOMPARE(timeOrderedUuid(0x0123456789ab, ones), QStringLiteral("01234567-89ab-7fff-bfff-ffffffffffff"));
        const std::array<unsigned char, 10> zeros{};
        QCOMPARE(timeOrderedUuid(1, zeros), QStringLiteral("00000000-0001-7000-8000-000000000000"));
        QVERIFY(timeOrderedUuid(2, zeros) > timeOrderedUuid(1, ones));
    }

    void migrationsFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        // Every version a database can be at (numbers are assigned ahead, so some are missing).
        QTest::addRow("from 0") << 0;
        for (const Migration &m : migrations())
            if (m.version < latestSchemaVersion())
                QTest::addRow("from %d", m.version) << m.version;
    }
    void migrationsFromEveryVersion()
    {
        QFETCH(int, from);
        auto fresh = openPlainKeyed(path(QStringLiteral("fresh-%1.db").arg(from)), m_key, Database::Mode::Create);
        QVERIFY(migrate(*fresh).ok());
        auto old = openPlainKeyed(path(QStringLiteral("old-%1.db").arg(from)), m_key, Database::Mode::Create);
        QVERIFY(migrate(*old, from).ok());
        QCOMPARE(old->userVersion(), from);
        QVERIFY(migrate(*old).ok());
        QCOMPARE(old->userVersion(), latestSchemaVersion());
        QCOMPARE(schema(*old), schema(*fresh));
    }

    // Issue 14: "subject_id = ? COLLATE NOCASE" could not use subject_id's BINARY index and
    // scanned every patient on each lookup and each patient added.
    void subjectIdLookupUsesAnIndex()
    {
        auto db = openPlainKeyed(path(QStringLiteral("plan.db")), m_key, Database::Mode::Create);
        QVERIFY(migrate(*db).ok());
        auto st = db->prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT 1 FROM patients WHERE subject_id = ? COLLATE NOCASE"));
        QVERIFY(st.ok());
        QString plan;
        while (st->next().value())
            plan += st->text(3) + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("USING")) && plan.contains(QLatin1String("INDEX patients_subject_nocase")), qPrintable(plan));
    }

    void refusesNewerSchema()
    {
        auto db = openPlainKeyed(path(QStringLiteral("newer.db")), m_key, Database::Mode::Create);
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        Status s = migrate(*db);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Storage);
        QVERIFY(s.error().message.contains(QStringLiteral("newer")));
    }

    void transactionRollsBackOnError()
    {
        auto db = openPlainKeyed(path(QStringLiteral("tx.db")), m_key, Database::Mode::Create);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x INTEGER UNIQUE)")).ok());
        {
            Transaction tx(*db);
            QVERIFY(tx.begun().ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
            QVERIFY(!db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
            // leaving the scope without commit rolls everything back
        }
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
        {
            Transaction tx(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
    }

    // Inside a write transaction a meta value is read from the file once and then kept (issue 14:
    // the device's scope was read for every record written). Its writes, deletions and rolled-
    // back savepoints show at once; a rolled-back transaction leaves the file's value; another
    // connection's write between two transactions is read by the next one.
    void metaInATransactionFollowsItsOwnWrites()
    {
        const QString file = path(QStringLiteral("meta.db"));
        auto db = openPlainKeyed(file, m_key, Database::Mode::Create);
        QVERIFY(migrate(*db).ok());
        const QString k = QStringLiteral("k");
        QVERIFY(db->putMeta(k, QStringLiteral("one")).ok());
        {
            Transaction tx(*db);
            QVERIFY(tx.begun().ok());
            QCOMPARE(db->meta(k).value(), QStringLiteral("one"));
            QVERIFY(db->putMeta(k, QStringLiteral("two")).ok());
            QCOMPARE(db->meta(k).value(), QStringLiteral("two"));
            {
                Savepoint sp(*db, QStringLiteral("sp"));
                QVERIFY(sp.begun().ok());
                QVERIFY(db->putMeta(k, QStringLiteral("three")).ok());
                QCOMPARE(db->meta(k).value(), QStringLiteral("three"));
                QVERIFY(sp.rollback().ok());
            }
            QCOMPARE(db->meta(k).value(), QStringLiteral("two"));
            QVERIFY(db->removeMeta(k).ok());
            QCOMPARE(db->meta(k, QStringLiteral("none")).value(), QStringLiteral("none"));
            QCOMPARE(db->meta(QStringLiteral("absent"), QStringLiteral("fallback")).value(), QStringLiteral("fallback"));
            QCOMPARE(db->meta(QStringLiteral("absent"), QStringLiteral("other")).value(), QStringLiteral("other"));   // the caller's, not kept
            QVERIFY(db->putMeta(k, QString()).ok());   // a null value is written, and read, as ""
            QVERIFY(db->meta(k, QStringLiteral("none")).value().isEmpty());
            QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'k' AND value = ''")).value(), 1);
        }   // rolled back
        QCOMPARE(db->meta(k).value(), QStringLiteral("one"));
        {
            Transaction tx(*db);
            QCOMPARE(db->meta(k).value(), QStringLiteral("one"));
        }
        auto other = openPlainKeyed(file, m_key, Database::Mode::OpenExisting);
        QVERIFY(other->putMeta(k, QStringLiteral("four")).ok());
        Transaction tx(*db);
        QCOMPARE(db->meta(k).value(), QStringLiteral("four"));
    }

    void fileHoldsNoPlaintext()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        {
            auto s = site.signIn(QStringLiteral("coord"));
            QVERIFY(s);
            NewPatient np{{}, QStringLiteral("Wang Xiuying"), QStringLiteral("MRN-778899"), {}, QStringLiteral("1961-03-04"), QStringLiteral("female")};
            QVERIFY(Patients::add(*s, np).ok());
        }
        // Everything on disk: the database and, if one is left, its write-ahead log.
        QByteArray bytes;
        for (const QString &file : QStringList{site.path(), site.path() + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        for (const char *needle : {"Wang Xiuying", "MRN-778899", "GX01-0001", "1961-03-04", "CREATE TABLE"})
            QVERIFY2(!bytes.contains(needle), needle);
    }

    void wrongKeyIsAClearError()
    {
        const QString p = path(QStringLiteral("keyed.db"));
        {
            auto db = openPlainKeyed(p, m_key, Database::Mode::Create);
            QVERIFY(migrate(*db).ok());
        }
        auto other = Database::open(p, SecureBytes::random(32), CipherSettings{}, Database::Mode::OpenExisting);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, ErrorKind::Storage);
        QVERIFY(other.error().message.contains(QStringLiteral("could not be decrypted")));
    }

    void truncatedFileIsAClearError()
    {
        const QString p = path(QStringLiteral("truncated.db"));
        {
            auto db = openPlainKeyed(p, m_key, Database::Mode::Create);
            QVERIFY(migrate(*db).ok());
            // Enough rows that the file spans many pages.
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE filler (x TEXT)")).ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY(db->exec(QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(200)))")).ok());
        }
        QFile f(p);
        QVERIFY(f.resize(f.size() / 2));
        // Either opening or reading everything reports a storage error: never a crash, never silence.
        auto db = Database::open(p, m_key, CipherSettings{}, Database::Mode::OpenExisting);
        if (!db.ok()) {
            QCOMPARE(db.error().kind, ErrorKind::Storage);
            return;
        }
        auto n = (*db)->scalarInt(QStringLiteral("SELECT count(*) FROM filler WHERE length(x) > 0"));
        QVERIFY(!n.ok());
        QCOMPARE(n.error().kind, ErrorKind::Storage);
        QVERIFY(!n.error().message.isEmpty());
    }

    void missingFileIsStorageError()
    {
        auto db = Database::open(path(QStringLiteral("nope.db")), m_key, CipherSettings{}, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Storage);
    }

    void lockedByAnotherConnection()
    {
        const QString p = path(QStringLiteral("locked.db"));
        auto a = openPlainKeyed(p, m_key, Database::Mode::Create);
        QVERIFY(migrate(*a).ok());
        auto b = openPlainKeyed(p, m_key, Database::Mode::OpenExisting);
        Transaction holder(*a);
        QVERIFY(holder.begun().ok());
        Transaction blocked(*b);   // waits for the busy timeout, then reports the lock
        QVERIFY(!blocked.begun().ok());
        QCOMPARE(blocked.begun().error().kind, ErrorKind::Storage);
        QVERIFY(blocked.begun().error().message.contains(QStringLiteral("locked")));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
