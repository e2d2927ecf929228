// A database that fails while a query runs (busy, locked, interrupted, unreadable): every
// read of the core API returns a storage error, never an exception (issue 9: unchecked
// Result::value() threw std::bad_variant_access out of the core API and ended the program).
// SQLite's progress handler makes every step fail after the statement was prepared, which
// is exactly where a lock taken by another program bites.
#include "TestSite.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "security/SiteVault.h"
#include "records/Radiotherapy.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"
#include <QtTest>
#include <atomic>
#include <chrono>
#include <thread>
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

// Issue 13, D2: while another program holds a write transaction for a while, signing in and
// writing wait for it (the busy timeout) instead of failing at once with "locked".
class TestBusyDatabase : public QObject {
    Q_OBJECT

private slots:
    void signInAndWritesWaitForAnotherWriter()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        QString keyHex;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            keyHex = QString::fromLatin1(admin->databaseKey().toHex());
        }
        std::atomic<bool> holding{false};
        std::thread writer([&] {
            auto db = Database::open(site.path(), SecureBytes::fromHex(keyHex), CipherSettings{}, Database::Mode::OpenExisting);
            if (!db.ok() || !(*db)->exec(QStringLiteral("BEGIN IMMEDIATE")).ok())
                return;
            (void)(*db)->exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('busy_probe', '1')"));
            holding = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            (void)(*db)->exec(QStringLiteral("COMMIT"));
        });
        while (!holding)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        QElapsedTimer t;
        t.start();
        auto coord = SiteVault::signIn(site.path(), QStringLiteral("coord"), test::kPassword, site.clock());
        auto added = coord.ok() ? Patients::add(**coord, {{}, QStringLiteral("Wu Lan"), {}, {}, QStringLiteral("1970-02-03"), QStringLiteral("female")})
                                : Result<Patient>(coord.error());
        writer.join();
        QVERIFY2(coord.ok(), qPrintable(coord.ok() ? QString() : coord.error().message));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QVERIFY(t.elapsed() >= 1000);   // it waited for the other writer, it did not fail early
    }

    // Opening itself meets locks too: the key probe's first read while another connection
    // holds the whole file (exclusive locking, as a checkpoint or the last connection's close
    // briefly does). Before the busy timeout was set ahead of the probe, this failed at once
    // with "locked" (tst_central_feed's embedded writers, about one run in seven).
    void openingWaitsForAFileLock()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        QString keyHex;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            keyHex = QString::fromLatin1(admin->databaseKey().toHex());
        }
        std::atomic<int> state{0};   // 1: holding, -1: could not take the lock
        std::thread holder([&] {
            auto db = Database::open(site.path(), SecureBytes::fromHex(keyHex), CipherSettings{}, Database::Mode::OpenExisting);
            if (!db.ok() || !(*db)->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")).ok()
                || !(*db)->exec(QStringLiteral("BEGIN EXCLUSIVE")).ok()
                || !(*db)->exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('busy_probe', '2')")).ok()
                || !(*db)->exec(QStringLiteral("COMMIT")).ok()) {
                state = -1;
                return;
            }
            state = 1;   // exclusive locking keeps the file locked after the commit, until close
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        });
        while (state == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        QElapsedTimer t;
        t.start();
        auto opened = Database::open(site.path(), SecureBytes::fromHex(keyHex), CipherSettings{}, Database::Mode::OpenExisting);
        const qint64 waited = t.elapsed();
        holder.join();
        QCOMPARE(state.load(), 1);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(waited >= 1000);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestLockedDatabase locked;
    TestBusyDatabase busy;
    return QTest::qExec(&locked, argc, argv) | QTest::qExec(&busy, argc, argv);
}
#include "tst_locked_database.moc"
