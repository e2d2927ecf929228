// Several central processes on one database (issue 13, D5): each writer here is its own
// connection, as a process behind a load balancer would be, pushing concurrently while a
// reader follows the feed with its cursor. Every acknowledged change must reach the reader.
// Before the fix, PostgreSQL handed out sequence numbers at insert time and transactions
// committed out of that order, so a reader at cursor N skipped a change below N committed
// later (293 of 6,588 in the run).
#include "central/CentralStore.h"
#include "common/Ids.h"
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include "CentralSchema.h"
#include <QtTest>
#include <atomic>
#include <mutex>

using namespace muco;

class TestCentralFeed : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    Result<std::unique_ptr<CentralBackend>> open(const QString &kind)
    {
        if (kind == QLatin1String("postgres"))
            return CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"));
        return CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/central"), true);
    }

    static QJsonObject newPatient(int writer, int n)
    {
        return {{QStringLiteral("id"), newUuid()}, {QStringLiteral("table"), QStringLiteral("patients")},
                {QStringLiteral("record_id"), newUuid()},
                {QStringLiteral("fields"), QJsonObject{{QStringLiteral("subject_id"), QStringLiteral("GX01-%1-%2").arg(writer).arg(n)}}},
                {QStringLiteral("old"), QJsonObject()}, {QStringLiteral("changed_by"), QStringLiteral("w%1").arg(writer)},
                {QStringLiteral("changed_utc"), QStringLiteral("2026-11-20T09:00:00.000Z")}};
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("embedded") << QStringLiteral("embedded");
        if (!qEnvironmentVariableIsEmpty("MUCOTRACK_TEST_POSTGRES"))
            QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void everyAcknowledgedChangeReachesEveryReader()
    {
        QFETCH_GLOBAL(QString, backend);
        QList<DeviceIdentity> writers;
        DeviceIdentity reader;
        {
            auto b = open(backend);
            QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
            if (backend == QLatin1String("postgres"))
                QVERIFY(test::emptyCentralSchema(**b));
            CentralStore store(std::move(b).value(), Clock::system());
            for (int i = 0; i < 4; ++i) {
                auto e = store.enroll(store.createEnrollmentCode(QStringLiteral("GX01")).value());
                QVERIFY(e.ok());
                if (i < 3)
                    writers.append(DeviceIdentity{e->deviceId, e->site});
                else
                    reader = {e->deviceId, e->site};
            }
        }

        constexpr int kBatches = 60, kPerBatch = 5;
        std::mutex mutex;
        QSet<QString> acked;
        QStringList failures;
        std::atomic<int> writing{int(writers.size())};
        QList<QThread *> threads;
        for (int w = 0; w < writers.size(); ++w) {
            threads << QThread::create([&, w] {
                auto b = open(backend);
                if (!b.ok()) {
                    std::lock_guard lock(mutex);
                    failures << b.error().message;
                    --writing;
                    return;
                }
                CentralStore store(std::move(b).value(), Clock::system());
                for (int i = 0; i < kBatches; ++i) {
                    QJsonArray batch;
                    for (int k = 0; k < kPerBatch; ++k)
                        batch.append(newPatient(w, i * kPerBatch + k));
                    auto r = store.push(writers[w], batch);
                    std::lock_guard lock(mutex);
                    if (!r.ok()) {
                        failures << r.error().message;
                        continue;
                    }
                    for (const QJsonValue &id : r->value(QStringLiteral("acked")).toArray())
                        acked.insert(id.toString());
                }
                --writing;
            });
        }
        // The reader follows the feed the way a device does: from its cursor, page by page.
        QSet<QString> seen;
        int duplicates = 0;
        threads << QThread::create([&] {
            auto b = open(backend);
            if (!b.ok()) {
                std::lock_guard lock(mutex);
                failures << b.error().message;
                return;
            }
            CentralStore store(std::move(b).value(), Clock::system());
            qint64 cursor = 0;
            for (;;) {
                const bool last = writing == 0;   // read once more after every writer finished
                for (;;) {
                    auto page = store.pull(reader, cursor, 50);
                    if (!page.ok()) {
                        std::lock_guard lock(mutex);
                        failures << page.error().message;
                        return;
                    }
                    for (const QJsonValue &c : page->value(QStringLiteral("changes")).toArray()) {
                        const QString id = c.toObject().value(QStringLiteral("id")).toString();
                        duplicates += seen.contains(id) ? 1 : 0;
                        seen.insert(id);
                    }
                    cursor = page->value(QStringLiteral("next")).toInteger();
                    if (!page->value(QStringLiteral("more")).toBool())
                        break;
                }
                if (last)
                    return;
            }
        });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(240000));
            delete t;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(acked.size(), int(writers.size()) * kBatches * kPerBatch);
        const QSet<QString> missed = acked - seen;
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("%1 of %2 acknowledged changes never reached the reader").arg(missed.size()).arg(acked.size())));
        QCOMPARE(duplicates, 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralFeed)
#include "tst_central_feed.moc"
