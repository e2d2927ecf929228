// Subject IDs unique per site at the central site (issue 11, M4), through CentralService on
// the embedded store and, when MUCOTRACK_TEST_POSTGRES names one, on PostgreSQL. Two devices
// of one site allocate the same numbers while offline: before, the central site stored both
// patients under one subject ID. Now the second one's subject ID is held back as a conflict
// (with a free ID proposed), the rest of its change applied, and the device resolves it.
#include "TrialDevices.h"
#include "central/CentralService.h"
#include "central/CentralStore.h"
#include "common/Ids.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include "CentralSchema.h"
#include <QtTest>

using namespace muco;

class TestCentralSubjects : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
    std::unique_ptr<CentralStore> m_store;
    std::unique_ptr<CentralService> m_service;

    QByteArray enroll(const QString &site)
    {
        const QString code = m_store->createEnrollmentCode(site).value();
        const ServiceResponse r = m_service->handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, {},
                                                     QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                                                               {QStringLiteral("root"), test::enrolmentRoot(site)}}).toJson()});
        return "Bearer " + r.body.value(QStringLiteral("token")).toString().toLatin1();
    }

    ServiceResponse push(const QByteArray &token, const QJsonArray &changes)
    {
        return m_service->handle({"POST", QStringLiteral("/v1/push"), {}, token, {},
                                  QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}}).toJson()});
    }

    static QJsonObject change(const QString &record, const QJsonObject &fields, const QJsonObject &old = {},
                              const QString &resolves = {})
    {
        QJsonObject c{{QStringLiteral("id"), newUuid()}, {QStringLiteral("table"), QStringLiteral("patients")},
                      {QStringLiteral("record_id"), record}, {QStringLiteral("fields"), fields}, {QStringLiteral("old"), old},
                      {QStringLiteral("changed_by"), QStringLiteral("nurse")},
                      {QStringLiteral("changed_utc"), QStringLiteral("2026-11-20T09:00:00.000Z")}};
        if (!resolves.isEmpty())
            c.insert(QStringLiteral("resolves"), resolves);
        return c;
    }

    QJsonValue centralValue(const QString &record, const QString &field)
    {
        auto rows = m_store->backend().query(QStringLiteral("SELECT value FROM records WHERE table_name = 'patients' AND record_id = ?"
                                                            " AND field = ?"), {record, field});
        if (!rows.ok() || rows->isEmpty())
            return QJsonValue::Undefined;
        return QJsonDocument::fromJson(rows->first().at(0).toString().toUtf8()).array().at(0);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("embedded") << QStringLiteral("embedded");
        if (!qEnvironmentVariableIsEmpty("MUCOTRACK_TEST_POSTGRES"))
            QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        static int n = 0;
        auto b = backend == QLatin1String("postgres")
            ? CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"))
            : CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/c%1").arg(++n), true);
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        if (backend == QLatin1String("postgres"))
            QVERIFY(test::emptyCentralSchema(**b));
        m_service.reset();
        m_store = std::make_unique<CentralStore>(std::move(b).value(), m_clock);
        m_service = std::make_unique<CentralService>(*m_store);
    }

    void aSubjectIdTakenAtTheSiteBecomesAConflict()
    {
        const QByteArray first = enroll(QStringLiteral("GX01"));
        const QByteArray second = enroll(QStringLiteral("GX01"));
        const QString p1 = newUuid(), p2 = newUuid();
        QCOMPARE(push(first, {change(p1, {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")},
                                          {QStringLiteral("sex"), QStringLiteral("female")}})}).status, 200);
        QCOMPARE(push(first, {change(newUuid(), {{QStringLiteral("subject_id"), QStringLiteral("GX01-0002")}})}).status, 200);

        // The second device allocated GX01-0001 too (typed in another case, as the sites compare).
        const QJsonObject c2 = change(p2, {{QStringLiteral("subject_id"), QStringLiteral("gx01-0001")},
                                           {QStringLiteral("sex"), QStringLiteral("male")}});
        const ServiceResponse r = push(second, {c2});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("acked")).toArray(), QJsonArray{c2.value(QStringLiteral("id"))});
        const QJsonArray conflicts = r.body.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("record_id")).toString(), p2);
        QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("subject_id"));
        QCOMPARE(conflict.value(QStringLiteral("device_value")).toString(), QStringLiteral("gx01-0001"));
        QCOMPARE(conflict.value(QStringLiteral("central_value")).toString(), QStringLiteral("GX01-0101"));   // free: above both devices' blocks (1-50, 51-100)

        // Nothing lost, nothing duplicated: the rest applied; the record stored, and passed on to
        // the other devices, under the free ID, never under the taken one.
        QCOMPARE(centralValue(p2, QStringLiteral("sex")).toString(), QStringLiteral("male"));
        QCOMPARE(centralValue(p2, QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0101"));
        QCOMPARE(centralValue(p1, QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0001"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("after"), QStringLiteral("0"));
        const ServiceResponse pulled = m_service->handle({"GET", QStringLiteral("/v1/pull"), q, first, {}, {}});
        const QJsonArray feed = pulled.body.value(QStringLiteral("changes")).toArray();
        QCOMPARE(feed.size(), 1);
        QCOMPARE(feed.first().toObject().value(QStringLiteral("fields")).toObject(),
                 (QJsonObject{{QStringLiteral("subject_id"), QStringLiteral("GX01-0101")}, {QStringLiteral("sex"), QStringLiteral("male")}}));

        // Keeping the taken ID is refused again; taking the proposed one resolves it.
        const ServiceResponse kept = push(second, {change(p2, {{QStringLiteral("subject_id"), QStringLiteral("gx01-0001")}},
                                                          {{QStringLiteral("subject_id"), QStringLiteral("GX01-0101")}},
                                                          conflict.value(QStringLiteral("id")).toString())});
        QCOMPARE(kept.status, 200);
        const QJsonArray again = kept.body.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().toObject().value(QStringLiteral("central_value")).toString(), QStringLiteral("GX01-0101"));
        QCOMPARE(centralValue(p2, QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0101"));
        const ServiceResponse taken = push(second, {change(p2, {{QStringLiteral("subject_id"), QStringLiteral("GX01-0101")}},
                                                           {{QStringLiteral("subject_id"), QStringLiteral("GX01-0101")}},
                                                           again.first().toObject().value(QStringLiteral("id")).toString())});
        QCOMPARE(taken.status, 200);
        QVERIFY(taken.body.value(QStringLiteral("conflicts")).toArray().isEmpty());
        QCOMPARE(centralValue(p2, QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0101"));
    }

    // The proposal is above every number the site holds, not only above the granted blocks:
    // a device without blocks (enrolled before them) may hold GX01-0101 already. The stored
    // IDs were once misread (canonical JSON parsed twice), so only the blocks counted and the
    // central site proposed the taken GX01-0101.
    void theProposedIdIsAboveEveryHeldOne()
    {
        const QByteArray first = enroll(QStringLiteral("GX01"));
        const QByteArray second = enroll(QStringLiteral("GX01"));
        QCOMPARE(push(first, {change(newUuid(), {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")}})}).status, 200);
        QCOMPARE(push(first, {change(newUuid(), {{QStringLiteral("subject_id"), QStringLiteral("GX01-0101")}})}).status, 200);
        const QString p2 = newUuid();
        const ServiceResponse r = push(second, {change(p2, {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")}})});
        QCOMPARE(r.status, 200);
        const QJsonArray conflicts = r.body.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().toObject().value(QStringLiteral("central_value")).toString(), QStringLiteral("GX01-0102"));
        QCOMPARE(centralValue(p2, QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0102"));
    }

    void aRenumberingOntoATakenIdIsAConflictToo()
    {
        const QByteArray device = enroll(QStringLiteral("GX01"));
        const QString p1 = newUuid(), p2 = newUuid();
        QCOMPARE(push(device, {change(p1, {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")}}),
                               change(p2, {{QStringLiteral("subject_id"), QStringLiteral("GX01-0002")}})}).status, 200);
        const ServiceResponse r = push(device, {change(p2, {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")}},
                                                       {{QStringLiteral("subject_id"), QStringLiteral("GX01-0002")}})});
        QCOMPARE(r.status, 200);
        const QJsonArray conflicts = r.body.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().toObject().value(QStringLiteral("central_value")).toString(), QStringLiteral("GX01-0002"));
        QCOMPARE(centralValue(p2, QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0002"));
    }

    void theSameIdAtAnotherSiteOrForTheSameRecordIsFine()
    {
        const QByteArray a = enroll(QStringLiteral("GX01"));
        const QByteArray b = enroll(QStringLiteral("GX02"));
        const QString p1 = newUuid();
        QCOMPARE(push(a, {change(p1, {{QStringLiteral("subject_id"), QStringLiteral("S-1")}})}).status, 200);
        const ServiceResponse other = push(b, {change(newUuid(), {{QStringLiteral("subject_id"), QStringLiteral("S-1")}})});
        QVERIFY(other.body.value(QStringLiteral("conflicts")).toArray().isEmpty());
        // The same record sending its own subject ID again (a status change carries it along).
        const ServiceResponse same = push(a, {change(p1, {{QStringLiteral("subject_id"), QStringLiteral("S-1")},
                                                           {QStringLiteral("status"), QStringLiteral("enrolled")}},
                                                      {{QStringLiteral("subject_id"), QStringLiteral("S-1")}})});
        QVERIFY(same.body.value(QStringLiteral("conflicts")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCentralSubjects)
#include "tst_central_subjects.moc"
