// A database that fails while a query runs (busy, locked, interrupted, unreadable): every
// read of the core API returns a storage error, never an exception (issue 9: unchecked
// Result::value() threw std::bad_variant_access out of the core API and ended the program).
// SQLite's progress handler makes every step fail after the statement was prepared, which
// is exactly where a lock taken by another program bites.
#include "TestSite.h"
#include "records/Labs.h"
#include "records/Radiotherapy.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"
#include <QtTest>
#include <sqlite3.h>

using namespace muco;

class TestLockedDatabase : public QObject {
    Q_OBJECT

    test::TestSite m_site;
    std::unique_ptr<Session> m_admin;

    static int refuse(void *) { return 1; }   // non-zero: the running step stops with SQLITE_INTERRUPT

private slots:
    void initTestCase()
    {
        QVERIFY(m_site.ok());
        m_admin = m_site.signIn(QStringLiteral("admin"));
        QVERIFY(m_admin);
        // Statements are prepared before the failure starts, as they are in the app.
        QVERIFY(Radiotherapy::holidays(*m_admin).ok());
        sqlite3_progress_handler(m_admin->db().handle(), 1, &TestLockedDatabase::refuse, nullptr);
    }

    // Each of these threw before; now each returns the storage error.
    void readsReturnAStorageError()
    {
        const auto expectStorage = [](const Error &e) {
            QCOMPARE(e.kind, ErrorKind::Storage);
            QVERIFY2(!e.message.isEmpty(), "the error says what happened");
        };
        const auto holidays = Radiotherapy::holidays(*m_admin);
        QVERIFY(!holidays.ok());
        expectStorage(holidays.error());
        const auto ranges = Labs::referenceRanges(*m_admin);
        QVERIFY(!ranges.ok());
        expectStorage(ranges.error());
        const auto pending = SyncEngine::pendingCount(*m_admin);
        QVERIFY(!pending.ok());
        expectStorage(pending.error());
        const auto status = SyncEngine::status(*m_admin);
        QVERIFY(!status.ok());
        expectStorage(status.error());
        const auto outbox = SyncEngine::outbox(*m_admin, 10);
        QVERIFY(!outbox.ok());
        expectStorage(outbox.error());
        const auto conflicts = SyncEngine::conflicts(*m_admin);
        QVERIFY(!conflicts.ok());
        expectStorage(conflicts.error());
        const auto setting = m_admin->setting(QStringLiteral("lab_window_days"));
        QVERIFY(!setting.ok());
        expectStorage(setting.error());
    }
};

QTEST_GUILESS_MAIN(TestLockedDatabase)
#include "tst_locked_database.moc"
