// The trial-wide monitor device (issue 17): enrolled at the central site with a monitor's
// code, it pulls every site's pseudonymous records (never an identity), raises queries and
// marks records verified offline and pushes them at the next sync, each to the patient's site;
// core refuses every clinical write on it, and the central site refuses (and audits) a clinical
// change crafted by hand with its token. Runs on the embedded store and on PostgreSQL
// (MUCOTRACK_TEST_POSTGRES), as the other central tests do.
#include "demo/DirectTransport.h"
#include "TrialDevices.h"
#include "central/CentralAuditTrail.h"
#include "central/CentralQueries.h"
#include "common/CanonicalJson.h"
#include "records/AdverseEvents.h"
#include "records/DeviceScope.h"
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include "security/AuditChain.h"
#include "records/SourceVerification.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include "SampleRecords.h"
#include "CentralSchema.h"
#include <QtTest>

using namespace muco;

namespace {

using Device = test::TrialDevice;

qint64 count(Session &s, const QString &sql) { return s.db().scalarInt(sql).value(); }


} // namespace

class TestMonitorDevice : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CentralStore> m_store;
    std::unique_ptr<CentralService> m_service;

    ServiceResponse post(const QString &path, const QString &token, const QJsonObject &body)
    {
        ServiceRequest r{"POST", path, {}, token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1(), {},
                         QJsonDocument(body).toJson(QJsonDocument::Compact)};
        return m_service->handle(r);
    }

    Device siteDevice(const QString &code, const QString &user) { return test::enrolSiteDevice(*m_store, *m_service, code, user); }
    Device monitorDevice(const QString &user = QStringLiteral("monitor")) { return test::enrolMonitorDevice(*m_store, *m_service, user); }
    static SyncReport sync(Device &d) { return test::syncDevice(d); }

    static QString patient(Session &s, const QString &name, const QString &mrn)
    {
        auto p = Patients::add(s, {{}, name, mrn, QStringLiteral("+86 138 0000 0000"), QStringLiteral("1960-03-14"), QStringLiteral("male")});
        return p.ok() ? p->id : QString();
    }

    static QString field(Session &s, const QString &table, const QString &id, const QString &name)
    {
        auto st = s.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(name, table));
        st->bind(1, id);
        return st->next().value() ? st->text(0) : QStringLiteral("<absent>");
    }

    qint64 centralCount(const QString &sql, const QVariantList &binds = {})
    {
        auto rows = m_store->backend().query(sql, binds);
        return rows.ok() && !rows->isEmpty() ? rows->first().at(0).toLongLong() : -1;
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
        Result<std::unique_ptr<CentralBackend>> b = backend == QLatin1String("postgres")
            ? CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"))
            : CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/central-") + QString::number(QRandomGenerator::global()->generate()), true);
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        if (backend == QLatin1String("postgres"))
            QVERIFY(test::emptyCentralSchema(**b));
        m_store = std::make_unique<CentralStore>(std::move(b).value(), Clock::system());
        m_service = std::make_unique<CentralService>(*m_store);
    }

    void cleanup()
    {
        m_service.reset();
        m_store.reset();
    }

    void enrolmentGivesTheMonitorScope()
    {
        Device monitor = monitorDevice();
        QVERIFY(monitor.session);
        QVERIFY(DeviceScope::isMonitorDevice(*monitor.session).value());
        // The central site lists it with its scope, and its trail says it was enrolled as one.
        bool listed = false;
        const auto devices = m_store->devices();
        QVERIFY(devices.ok());
        for (const QVariantList &d : devices.value())
            if (d.at(0).toString() == monitor.deviceId) {
                QCOMPARE(d.at(1).toString(), QStringLiteral("MON1"));
                QCOMPARE(d.at(4).toString(), QStringLiteral("monitor"));
                listed = true;
            }
        QVERIFY(listed);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM central_audit WHERE event = 'enrolled' AND device_id = ?"
                                             " AND detail LIKE '%monitor%'"), {monitor.deviceId}),
                 qint64(1));
        // No subject numbers, no randomization reserve: it adds and randomizes nobody.
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM subject_blocks WHERE device_id = ?"), {monitor.deviceId}), qint64(0));
        for (const char *path : {"/v1/subjects", "/v1/reserve", "/v1/randomize"})
            QCOMPARE(post(QString::fromLatin1(path), monitor.token, {}).status, 403);
        // The scope is not a setting an administrator can change.
        auto admin = monitor.site->signIn(QStringLiteral("admin"));
        QVERIFY(!admin->setSetting(QStringLiteral("device_scope"), QStringLiteral("site")).ok());
        QVERIFY(DeviceScope::isMonitorDevice(*admin).value());
        // Nor is a monitor's device enrolled again for a site.
        auto siteCode = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("MON1")).value(), QStringLiteral("MON1"));
        QVERIFY(siteCode.ok());
        const Status again = SyncEngine::configure(*admin, {QStringLiteral("https://central.example"), siteCode->token, siteCode->deviceId, {}});
        QCOMPARE(again.error().kind, ErrorKind::Denied);
        QVERIFY(DeviceScope::isMonitorDevice(*admin).value());
    }

    // `mucotrack-central enroll --monitor` and `devices`, as the central site's operator runs them.
    void theCentralCommandEnrolsAMonitor()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("embedded"))
            QSKIP("the command is the same on both stores");
        QTemporaryDir data;
        const auto central = [&](QStringList args) {
            args << QStringLiteral("--data") << data.path();
            QProcess p;
            p.start(qEnvironmentVariable("MUCOTRACK_CENTRAL"), args);
            p.waitForFinished(30000);
            return std::make_pair(p.exitCode(), QByteArray(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        QCOMPARE(central({QStringLiteral("init")}).first, 0);
        QCOMPARE(central({QStringLiteral("enroll"), QStringLiteral("--monitor"), QStringLiteral("--site"), QStringLiteral("GX01")}).first, 2);
        const auto made = central({QStringLiteral("enroll"), QStringLiteral("--monitor"), QStringLiteral("--json")});
        QCOMPARE(made.first, 0);
        const QString code = QJsonDocument::fromJson(made.second).object().value(QStringLiteral("code")).toString();
        QVERIFY(!code.isEmpty());
        {
            auto b = CentralBackend::openEmbedded(data.path(), false);
            QVERIFY(b.ok());
            CentralStore store(std::move(b).value(), Clock::system());
            auto e = store.enroll(code, QStringLiteral("MON1"));
            QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
            QVERIFY(e->monitor);
            QCOMPARE(e->site, QStringLiteral("MON1"));
            QVERIFY(e->subjectBlocks.isEmpty());
        }
        const auto listed = central({QStringLiteral("devices")});
        QCOMPARE(listed.first, 0);
        QVERIFY2(listed.second.contains("MON1") && listed.second.contains("monitor"), listed.second.constData());
        const auto help = central({QStringLiteral("--help")});
        QVERIFY(help.second.contains("enroll --monitor"));
    }

    void aSiteDatabaseWithRecordsIsNoMonitorDevice()
    {
        Device a = siteDevice(QStringLiteral("GX01"), QStringLiteral("doctor"));
        QVERIFY(!patient(*a.session, QStringLiteral("Li Wei"), QStringLiteral("MRN-1")).isEmpty());
        auto code = m_store->createMonitorEnrollmentCode();
        auto e = m_store->enroll(code.value(), QStringLiteral("GX01"));
        QVERIFY(e.ok());
        QVERIFY(e->monitor);
        auto admin = a.site->signIn(QStringLiteral("admin"));
        const Status s = SyncEngine::configure(*admin, {QStringLiteral("https://central.example"), e->token, e->deviceId, {}}, true);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("code"));
        QVERIFY(!DeviceScope::isMonitorDevice(*admin).value());
    }

    void pullHoldsEverySitesPatientsAndNoIdentity()
    {
        Device a = siteDevice(QStringLiteral("GX01"), QStringLiteral("doctor"));
        Device b = siteDevice(QStringLiteral("GX02"), QStringLiteral("doctor"));
        Device monitor = monitorDevice();
        const QString pa = patient(*a.session, QStringLiteral("Li Wei"), QStringLiteral("MRN-1001"));
        const QString pb = patient(*b.session, QStringLiteral("Wang Fang"), QStringLiteral("MRN-2002"));
        QVERIFY(!pa.isEmpty() && !pb.isEmpty());
        QVERIFY(sync(a).ok);
        QVERIFY(sync(b).ok);

        // What the central site gives the monitor's device: both sites, no identity.
        auto page = m_store->pull({monitor.deviceId, QStringLiteral("MON1"), true}, 0, 1000);
        QVERIFY(page.ok());
        const QByteArray wire = QJsonDocument(page.value()).toJson(QJsonDocument::Compact);
        for (const char *secret : {"Li Wei", "Wang Fang", "MRN-1001", "MRN-2002", "138 0000", "1960-03-14"})
            QVERIFY2(!wire.contains(secret), secret);
        QVERIFY(wire.contains("GX01-0001"));
        QVERIFY(wire.contains("GX02-0001"));

        const SyncReport r = sync(monitor);
        QVERIFY(r.ok);
        QCOMPARE(r.pushed, 0);
        Session &m = *monitor.session;
        QCOMPARE(count(m, QStringLiteral("SELECT count(*) FROM patients")), qint64(2));
        QCOMPARE(field(m, QStringLiteral("patients"), pa, QStringLiteral("subject_id")), QStringLiteral("GX01-0001"));
        QCOMPARE(field(m, QStringLiteral("patients"), pa, QStringLiteral("site")), QStringLiteral("GX01"));
        QCOMPARE(field(m, QStringLiteral("patients"), pb, QStringLiteral("subject_id")), QStringLiteral("GX02-0001"));
        QCOMPARE(field(m, QStringLiteral("patients"), pb, QStringLiteral("site")), QStringLiteral("GX02"));
        QCOMPARE(field(m, QStringLiteral("patients"), pa, QStringLiteral("birth_year")), QStringLiteral("1960"));
        QVERIFY(field(m, QStringLiteral("patients"), pa, QStringLiteral("birth_date")).isEmpty());
        QCOMPARE(count(m, QStringLiteral("SELECT count(*) FROM patient_identity")), qint64(0));
        // A site's device still reads its own site only.
        QVERIFY(sync(a).ok);
        QCOMPARE(count(*a.session, QStringLiteral("SELECT count(*) FROM patients")), qint64(1));
    }

    void queryRoundTripThroughSync()
    {
        Device a = siteDevice(QStringLiteral("GX01"), QStringLiteral("doctor"));
        Device b = siteDevice(QStringLiteral("GX02"), QStringLiteral("doctor"));
        Device monitor = monitorDevice();
        const QString pa = patient(*a.session, QStringLiteral("Li Wei"), QStringLiteral("MRN-1"));
        auto event = AdverseEvents::save(*a.session, test::mucositisEvent(pa));
        QVERIFY(event.ok());
        QVERIFY(patient(*b.session, QStringLiteral("Wang Fang"), QStringLiteral("MRN-2")).size() > 0);
        QVERIFY(sync(a).ok);
        QVERIFY(sync(b).ok);
        QVERIFY(sync(monitor).ok);

        // Raised offline on the monitor's device, filed under the patient's site there already.
        monitor.site->clock()->advanceSecs(3600);
        auto q = Queries::raise(*monitor.session, pa, QStringLiteral("adverse_events"), event->id, QStringLiteral("grade"),
                                QStringLiteral("The source notes confluent ulcers: grade 3?"), test::kPassword);
        QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
        QCOMPARE(q->site, QStringLiteral("GX01"));
        QCOMPARE(field(*monitor.session, QStringLiteral("queries"), q->id, QStringLiteral("site")), QStringLiteral("GX01"));
        const SyncReport pushed = sync(monitor);
        QVERIFY(pushed.ok);
        QCOMPARE(pushed.pushed, 2);   // the query and its first message
        QCOMPARE(pushed.pending, 0);
        // The central site files it under GX01, so GX01 pulls it and GX02 never sees it.
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM record_sites WHERE record_id = ? AND site = 'GX01'"), {q->id}), qint64(1));
        QVERIFY(sync(a).ok);
        QVERIFY(sync(b).ok);
        QCOMPARE(count(*b.session, QStringLiteral("SELECT count(*) FROM queries")), qint64(0));
        auto atSite = Queries::list(*a.session, true);
        QCOMPARE(atSite->size(), 1);
        QCOMPARE(atSite->first().id, q->id);
        QCOMPARE(atSite->first().state, QStringLiteral("open"));
        QCOMPARE(atSite->first().subjectId, QStringLiteral("GX01-0001"));

        // The site answers with a correction; the monitor's device sees the answer and the value.
        a.site->clock()->advanceSecs(7200);
        QVERIFY(Queries::answer(*a.session, q->id, QStringLiteral("Corrected from the source"), test::kPassword,
                                QueryCorrection{QStringLiteral("3"), QStringLiteral("Source: confluent ulcers")}).ok());
        QVERIFY(sync(a).ok);
        const SyncReport back = sync(monitor);
        QVERIFY(back.ok);
        QCOMPARE(back.conflicts, 0);
        auto seen = Queries::get(*monitor.session, q->id);
        QCOMPARE(seen->state, QStringLiteral("answered"));
        QCOMPARE(seen->currentValue.toInt(), 3);
        QCOMPARE(seen->site, QStringLiteral("GX01"));

        // Closed on the monitor's device; the close reaches the site.
        monitor.site->clock()->advanceSecs(10800);
        QVERIFY(Queries::close(*monitor.session, q->id, QStringLiteral("Resolved"), test::kPassword).ok());
        QVERIFY(sync(monitor).ok);
        const SyncReport last = sync(a);
        QVERIFY(last.ok);
        QCOMPARE(last.conflicts, 0);
        for (Device *d : {&a, &monitor}) {
            auto done = Queries::get(*d->session, q->id);
            QCOMPARE(done->state, QStringLiteral("closed"));
            QCOMPARE(done->thread.size(), 3);
        }
        // And back at the monitor's device after the site's next sync: nothing new, no conflict.
        const SyncReport settled = sync(monitor);
        QVERIFY(settled.ok);
        QCOMPARE(settled.conflicts, 0);
        auto central = CentralQueries::list(m_store->backend(), false);
        QCOMPARE(central->size(), 1);
        QCOMPARE(central->first().site, QStringLiteral("GX01"));
        QCOMPARE(central->first().state, QStringLiteral("closed"));
    }

    void sdvMarkFromTheMonitorDeviceReachesTheSite()
    {
        Device a = siteDevice(QStringLiteral("GX01"), QStringLiteral("doctor"));
        Device monitor = monitorDevice();
        const QString pa = patient(*a.session, QStringLiteral("Li Wei"), QStringLiteral("MRN-1"));
        auto event = AdverseEvents::save(*a.session, test::mucositisEvent(pa));
        QVERIFY(event.ok());
        QVERIFY(sync(a).ok);
        QVERIFY(sync(monitor).ok);
        QCOMPARE(SourceVerification::status(*a.session, QStringLiteral("adverse_events"), event->id)->state, QStringLiteral("unverified"));
        auto marked = SourceVerification::mark(*monitor.session, QStringLiteral("adverse_events"), event->id, test::kPassword);
        QVERIFY2(marked.ok(), marked.ok() ? "" : qPrintable(marked.error().message));
        QCOMPARE(marked->state, QStringLiteral("verified"));
        QVERIFY(sync(monitor).ok);
        QVERIFY(sync(a).ok);
        auto atSite = SourceVerification::status(*a.session, QStringLiteral("adverse_events"), event->id);
        QVERIFY(atSite.ok());
        QCOMPARE(atSite->state, QStringLiteral("verified"));
        QCOMPARE(count(*a.session, QStringLiteral("SELECT count(*) FROM sdv_marks WHERE site = 'GX01'")), qint64(1));
    }

    // Source verification and query messages are signed as they are made, by their author's own
    // key, and the central site checks each: the monitor's under the keys his device's root
    // certified (kept apart from every site's), the site's answer under the site's. An answer
    // that corrects a birth date signs it as the central site keeps it (the year). Before, none
    // carried a signature, and a monitor's device registered no keys and anchored unproven.
    void monitoringRecordsAreSignedAndCheckedAtTheCentralSite()
    {
        Device a = siteDevice(QStringLiteral("GX01"), QStringLiteral("doctor"));
        Device monitor = monitorDevice();
        const QString pa = patient(*a.session, QStringLiteral("Li Wei"), QStringLiteral("MRN-1"));
        QVERIFY(sync(a).ok);
        QVERIFY(sync(monitor).ok);
        QVERIFY(centralCount(QStringLiteral("SELECT count(*) FROM account_keys WHERE site = 'monitor:MON1'")) >= 5);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM account_keys WHERE site = 'MON1'")), qint64(0));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM device_roots WHERE device_id = ?"), {monitor.deviceId}), qint64(1));
        // Its head was proven under the monitor's key, so it is anchored with his signature.
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM audit_anchors WHERE device_id = ? AND signature <> ''"), {monitor.deviceId}),
                 qint64(1));

        monitor.site->clock()->advanceSecs(3600);
        QVERIFY(SourceVerification::mark(*monitor.session, QStringLiteral("patients"), pa, test::kPassword).ok());
        auto q = Queries::raise(*monitor.session, pa, QStringLiteral("patients"), pa, QStringLiteral("birth_date"),
                                QStringLiteral("The source says the 15th."), test::kPassword);
        QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
        const SyncReport pushed = sync(monitor);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM records WHERE table_name IN ('sdv_marks', 'query_messages')"
                                             " AND field = 'signature' AND value LIKE '%central:%'")),
                 qint64(2));

        a.site->clock()->advanceSecs(7200);
        QVERIFY(sync(a).ok);
        auto answered = Queries::answer(*a.session, q->id, QStringLiteral("Corrected from the source"), test::kPassword,
                                        QueryCorrection{QStringLiteral("1960-03-15"), QStringLiteral("Source: birth certificate")});
        QVERIFY2(answered.ok(), answered.ok() ? "" : qPrintable(answered.error().message));
        const SyncReport answer = sync(a);
        QVERIFY2(answer.ok, qPrintable(answer.error));
        // Held as the year, signed over the year.
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM records WHERE table_name = 'query_messages' AND field = 'corrected_value'"
                                             " AND value = ?"), {canonicalJson(QJsonValue(QStringLiteral("1960")))}),
                 qint64(1));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM records WHERE table_name = 'query_messages'"
                                             " AND field = 'signature' AND value LIKE '%central:%'")),
                 qint64(2));
        QVERIFY(sync(monitor).ok);
        monitor.site->clock()->advanceSecs(10800);
        QVERIFY(Queries::close(*monitor.session, q->id, QStringLiteral("Resolved"), test::kPassword).ok());
        QVERIFY(sync(monitor).ok);
        QVERIFY(sync(a).ok);
        QCOMPARE(Queries::get(*a.session, q->id)->state, QStringLiteral("closed"));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM integrity_alarms")), qint64(0));
        // `audit verify` on each device checks what was signed there: the mark, the raise and
        // the close on the monitor's, the answer at the site (the others are counted).
        for (Device *d : {&monitor, &a}) {
            auto v = AuditChain::verify(d->session->db());
            QVERIFY(v.ok() && v->intact);
            auto check = RecordSignature::check(*d->session, v->publicKeys, v->signingSinceUtc);
            QVERIFY(check.ok());
            QVERIFY2(check->problem.isEmpty(), qPrintable(check->problem));
            QCOMPARE(check->verified, qint64(d == &monitor ? 3 : 1));
        }
    }

    void coreRefusesClinicalWritesOnTheMonitorDevice()
    {
        Device a = siteDevice(QStringLiteral("GX01"), QStringLiteral("doctor"));
        Device monitor = monitorDevice(QStringLiteral("doctor"));   // even an investigator's account there
        const QString pa = patient(*a.session, QStringLiteral("Li Wei"), QStringLiteral("MRN-1"));
        auto event = AdverseEvents::save(*a.session, test::mucositisEvent(pa));
        QVERIFY(event.ok());
        QVERIFY(sync(a).ok);
        QVERIFY(sync(monitor).ok);
        Session &m = *monitor.session;
        const qint64 logBefore = count(m, QStringLiteral("SELECT count(*) FROM change_log"));

        // Through the repositories, as the desktop and the command line call them.
        auto added = Patients::add(m, {{}, QStringLiteral("Zhao Lei"), QStringLiteral("MRN-3"), {}, QStringLiteral("1970-01-01"), QStringLiteral("female")});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::Denied);
        AdverseEvent changed = test::mucositisEvent(pa);
        changed.id = event->id;
        changed.grade = 3;
        auto saved = AdverseEvents::save(m, changed, QStringLiteral("Source"));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::Denied);

        // And at the write path itself, whatever the caller.
        {
            Transaction tx(m.db());
            QVERIFY(tx.begun().ok());
            auto created = RecordStore::create(m, {&Patients::table(), {}, {{QStringLiteral("subject_id"), QStringLiteral("MON1-0001")}}, {}});
            QVERIFY(!created.ok());
            QCOMPARE(created.error().kind, ErrorKind::Denied);
            QVERIFY2(created.error().message.contains(QStringLiteral("monitor")), qPrintable(created.error().message));
            auto updated = RecordStore::update(m, {&AdverseEvents::table(), event->id, {{QStringLiteral("grade"), 3}}, QStringLiteral("Source")});
            QCOMPARE(updated.error().kind, ErrorKind::Denied);
            auto deleted = RecordStore::tombstone(m, AdverseEvents::table(), event->id, QStringLiteral("Error"));
            QCOMPARE(deleted.error().kind, ErrorKind::Denied);
            auto identity = RecordStore::create(m, {&Patients::identityTable(), pa, {{QStringLiteral("name"), QStringLiteral("X")}}, {}});
            QCOMPARE(identity.error().kind, ErrorKind::Denied);
        }
        QCOMPARE(count(m, QStringLiteral("SELECT count(*) FROM change_log")), logBefore);
        QCOMPARE(field(m, QStringLiteral("adverse_events"), event->id, QStringLiteral("grade")), QStringLiteral("2"));
        QCOMPARE(count(m, QStringLiteral("SELECT count(*) FROM patients")), qint64(1));
        // The site's own device is not affected.
        QVERIFY(!DeviceScope::isMonitorDevice(*a.session).value());
        QVERIFY(Patients::add(*a.session, {{}, QStringLiteral("Zhao Lei"), QStringLiteral("MRN-3"), {}, QStringLiteral("1970-01-01"),
                                           QStringLiteral("female")}).ok());
    }

    void centralRefusesAClinicalPushFromTheMonitorDevice_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("newRecord");
        QTest::newRow("change to a site's adverse event") << QStringLiteral("adverse_events") << false;
        QTest::newRow("change to a patient") << QStringLiteral("patients") << false;
        QTest::newRow("new adverse event") << QStringLiteral("adverse_events") << true;
        QTest::newRow("new randomization") << QStringLiteral("randomizations") << true;
    }

    void centralRefusesAClinicalPushFromTheMonitorDevice()
    {
        QFETCH(QString, table);
        QFETCH(bool, newRecord);
        Device a = siteDevice(QStringLiteral("GX01"), QStringLiteral("doctor"));
        Device monitor = monitorDevice();
        const QString pa = patient(*a.session, QStringLiteral("Li Wei"), QStringLiteral("MRN-1"));
        auto event = AdverseEvents::save(*a.session, test::mucositisEvent(pa));
        QVERIFY(event.ok());
        QVERIFY(sync(a).ok);
        QVERIFY(sync(monitor).ok);
        const QString record = newRecord ? QUuid::createUuid().toString(QUuid::WithoutBraces) : table == QLatin1String("patients") ? pa : event->id;
        const QJsonObject fields = table == QLatin1String("patients")
            ? QJsonObject{{QStringLiteral("sex"), QStringLiteral("female")}}
            : QJsonObject{{QStringLiteral("patient_id"), pa}, {QStringLiteral("grade"), 4}};
        const QJsonObject old = newRecord ? QJsonObject{}
                                          : table == QLatin1String("patients") ? QJsonObject{{QStringLiteral("sex"), QStringLiteral("male")}}
                                                                               : QJsonObject{{QStringLiteral("grade"), 2}};
        const QJsonObject clinical{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("table"), table}, {QStringLiteral("record_id"), record},
                                   {QStringLiteral("fields"), fields}, {QStringLiteral("old"), old},
                                   {QStringLiteral("changed_by"), QStringLiteral("U.x")}, {QStringLiteral("changed_utc"), QStringLiteral("2026-11-20T10:00:00Z")}};
        // Beside an acceptable source verification mark, signed by the monitor as it is made (his
        // device said it signs them when it anchored): the whole push is refused, nothing is applied.
        const QString markId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVariantMap mark{{QStringLiteral("patient_id"), pa}, {QStringLiteral("target_table"), QStringLiteral("adverse_events")},
                         {QStringLiteral("target_id"), event->id}, {QStringLiteral("signature_meaning"), SourceVerification::signatureMeaning()},
                         {QStringLiteral("signed_by"), QStringLiteral("monitor")}, {QStringLiteral("signed_utc"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
        mark.insert(QStringLiteral("signature"),
                    RecordSignature::centralPart(RecordSignature::sign(*monitor.session, SourceVerification::table(), markId, mark)));
        const QJsonObject message{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {QStringLiteral("table"), QStringLiteral("sdv_marks")},
                                  {QStringLiteral("record_id"), markId},
                                  {QStringLiteral("fields"), QJsonObject::fromVariantMap(mark)},
                                  {QStringLiteral("old"), QJsonObject{}}};
        const qint64 changesBefore = centralCount(QStringLiteral("SELECT count(*) FROM changes"));
        const ServiceResponse r = post(QStringLiteral("/v1/push"), monitor.token, {{QStringLiteral("changes"), QJsonArray{message, clinical}}});
        QCOMPARE(r.status, 403);
        QVERIFY2(r.body.value(QStringLiteral("error")).toString().contains(table), qPrintable(r.body.value(QStringLiteral("error")).toString()));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM changes")), changesBefore);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM record_sites WHERE record_id = ?"), {record}), qint64(newRecord ? 0 : 1));
        if (!newRecord)
            QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM records WHERE record_id = ? AND value = ?"),
                                  {record, canonicalJson(table == QLatin1String("patients") ? QJsonValue(QStringLiteral("male")) : QJsonValue(2))}),
                     qint64(1));
        // Audited at the central site, naming the device.
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM central_audit WHERE event = ? AND device_id = ?"),
                              {QLatin1String(CentralAuditTrail::kPushRefused), monitor.deviceId}),
                 qint64(1));
        // The site's device pulls nothing of it.
        QVERIFY(sync(a).ok);
        QCOMPARE(field(*a.session, QStringLiteral("adverse_events"), event->id, QStringLiteral("grade")), QStringLiteral("2"));
        QCOMPARE(field(*a.session, QStringLiteral("patients"), pa, QStringLiteral("sex")), QStringLiteral("male"));
    }
};

QTEST_GUILESS_MAIN(TestMonitorDevice)
#include "tst_monitor_device.moc"
