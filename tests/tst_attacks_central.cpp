// Attacks on the central site (issue 11, M4 and M5): it trusted what devices said (site A
// created a patient with site=SITEB, a lab row pointing at B's patient, consumed B's code),
// let codes live for ever, put SQL text in error bodies, kept its data readable by every
// user of the server and took PostgreSQL's password on the command line. Every test here
// failed on the code before the fix (docs/security.md).
#include "TrialDevices.h"
#include "central/CentralService.h"
#include "central/CentralStore.h"
#include "common/Ids.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace muco;

namespace {

QJsonObject change(const QString &table, const QString &record, const QJsonObject &fields)
{
    return {{QStringLiteral("id"), newUuid()}, {QStringLiteral("table"), table}, {QStringLiteral("record_id"), record},
            {QStringLiteral("fields"), fields}, {QStringLiteral("old"), QJsonObject()},
            {QStringLiteral("changed_by"), QStringLiteral("someone")}, {QStringLiteral("changed_utc"), QStringLiteral("2026-11-20T09:00:00.000Z")}};
}

unsigned modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 0777) : 0u;
}

} // namespace

class TestAttacksCentral : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
    std::unique_ptr<CentralStore> m_store;

    DeviceIdentity device(const QString &site)
    {
        auto e = m_store->enroll(m_store->createEnrollmentCode(site).value());
        return {e->deviceId, e->site};
    }

private slots:
    void init()
    {
        static int n = 0;
        auto backend = CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/c%1").arg(++n), true);
        QVERIFY(backend.ok());
        m_store = std::make_unique<CentralStore>(std::move(backend).value(), m_clock);
    }

    // M4: site A created a patient with site=SITEB.
    void theSiteComesFromTheDevicesToken()
    {
        const DeviceIdentity a = device(QStringLiteral("SITEA"));
        const DeviceIdentity a2 = device(QStringLiteral("SITEA"));
        const DeviceIdentity b = device(QStringLiteral("SITEB"));
        const QString patient = newUuid();
        QVERIFY(m_store->push(a, {change(QStringLiteral("patients"), patient,
                                         {{QStringLiteral("site"), QStringLiteral("SITEB")}, {QStringLiteral("subject_id"), QStringLiteral("SITEB-0001")}})}).ok());
        const QJsonArray seenByA = m_store->pull(a2, 0, 100).value().value(QStringLiteral("changes")).toArray();
        QCOMPARE(seenByA.size(), 1);
        QCOMPARE(seenByA[0].toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("site")).toString(), QStringLiteral("SITEA"));
        QVERIFY(m_store->pull(b, 0, 100).value().value(QStringLiteral("changes")).toArray().isEmpty());
    }

    // M4: site A pushed a lab row pointing at site B's patient.
    void aReferenceToAnotherSitesRecordIsRefused()
    {
        const DeviceIdentity a = device(QStringLiteral("SITEA"));
        const DeviceIdentity b = device(QStringLiteral("SITEB"));
        const QString bPatient = newUuid(), aPatient = newUuid();
        QVERIFY(m_store->push(b, {change(QStringLiteral("patients"), bPatient, {{QStringLiteral("subject_id"), QStringLiteral("SITEB-0001")}})}).ok());
        QVERIFY(m_store->push(a, {change(QStringLiteral("patients"), aPatient, {{QStringLiteral("subject_id"), QStringLiteral("SITEA-0001")}})}).ok());
        auto evil = m_store->push(a, {change(QStringLiteral("lab_results"), newUuid(), {{QStringLiteral("patient_id"), bPatient},
                                                                                          {QStringLiteral("analyte"), QStringLiteral("wbc")}})});
        QVERIFY(!evil.ok());
        QCOMPARE(evil.error().kind, ErrorKind::Denied);
        QVERIFY(m_store->push(a, {change(QStringLiteral("lab_results"), newUuid(), {{QStringLiteral("patient_id"), aPatient}})}).ok());
    }

    // M4 again, through the two references whose names do not end in "_id" (a review): site A's
    // correction superseding site B's grade, and site A's event sourced from B's grade, were stored.
    void aReferenceNotNamedIdIsCheckedToo_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::newRow("a correction superseding another site's grade") << QStringLiteral("assessments") << QStringLiteral("supersedes");
        QTest::newRow("an event sourced from another site's grade") << QStringLiteral("adverse_events") << QStringLiteral("source_assessment");
    }
    void aReferenceNotNamedIdIsCheckedToo()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        const DeviceIdentity a = device(QStringLiteral("SITEA"));
        const DeviceIdentity b = device(QStringLiteral("SITEB"));
        const QString aPatient = newUuid(), bPatient = newUuid(), bGrade = newUuid(), aGrade = newUuid();
        QVERIFY(m_store->push(b, {change(QStringLiteral("patients"), bPatient, {{QStringLiteral("subject_id"), QStringLiteral("SITEB-0001")}}),
                                  change(QStringLiteral("assessments"), bGrade, {{QStringLiteral("patient_id"), bPatient}})}).ok());
        QVERIFY(m_store->push(a, {change(QStringLiteral("patients"), aPatient, {{QStringLiteral("subject_id"), QStringLiteral("SITEA-0001")}}),
                                  change(QStringLiteral("assessments"), aGrade, {{QStringLiteral("patient_id"), aPatient}})}).ok());
        auto evil = m_store->push(a, {change(table, newUuid(), {{QStringLiteral("patient_id"), aPatient}, {field, bGrade}})});
        QVERIFY2(!evil.ok(), "a reference to another site's record was stored");
        QCOMPARE(evil.error().kind, ErrorKind::Denied);
        QVERIFY(evil.error().message.contains(field));
        auto own = m_store->push(a, {change(table, newUuid(), {{QStringLiteral("patient_id"), aPatient}, {field, aGrade}})});
        QVERIFY2(own.ok(), own.ok() ? "" : qPrintable(own.error().message));
    }

    // M4: a code of site B used by a device of site A was consumed (and then refused by the
    // device), so site B's real device could no longer enrol.
    void aCodeOfAnotherSiteIsNotConsumed()
    {
        CentralService service(*m_store);
        const QString code = m_store->createEnrollmentCode(QStringLiteral("SITEB")).value();
        auto enroll = [&](const QString &site) {
            return service.handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, {},
                                   QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("site"), site},
                                                             {QStringLiteral("root"), test::enrolmentRoot(QStringLiteral("SITEB"))}}).toJson()});
        };
        QCOMPARE(enroll(QStringLiteral("SITEA")).status, 403);
        const ServiceResponse right = enroll(QStringLiteral("SITEB"));
        QCOMPARE(right.status, 200);
        QCOMPARE(right.body.value(QStringLiteral("site")).toString(), QStringLiteral("SITEB"));
    }

    // A device enrolled again proves its old identity with its token; that identity is revoked
    // at the new one's first use, so an old token kept by someone opens nothing more. Before, it
    // stayed valid until the operator revoked it. Not before that first use (a lost answer
    // leaves the device its old token), and never another site's device, nor for a token
    // unknown or revoked.
    void aDeviceEnrolledAgainRetiresItsOldIdentity()
    {
        auto first = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("SITEA")).value());
        auto other = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("SITEB")).value());
        QVERIFY(first.ok() && other.ok());
        // Another site's token names nothing to retire here.
        auto wrongSite = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("SITEA")).value(), {}, std::nullopt, false, other->token);
        QVERIFY(wrongSite.ok());
        QVERIFY(wrongSite->replaced.isEmpty());
        auto unknown = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("SITEA")).value(), {}, std::nullopt, false,
                                       QString(64, QLatin1Char('a')));
        QVERIFY(unknown.ok() && unknown->replaced.isEmpty());
        // The device itself, enrolled again.
        auto again = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("SITEA")).value(), {}, std::nullopt, false, first->token);
        QVERIFY(again.ok());
        QCOMPARE(again->replaced, first->deviceId);
        QVERIFY(m_store->authenticate(first->token).ok());   // the new token not used yet
        QCOMPARE(m_store->authenticate(again->token)->deviceId, again->deviceId);
        const auto old = m_store->authenticate(first->token);
        QVERIFY(!old.ok());
        QVERIFY2(old.error().message.contains(QStringLiteral("revoked")), qPrintable(old.error().message));
        QVERIFY(m_store->authenticate(other->token).ok());
        QVERIFY(m_store->authenticate(wrongSite->token).ok());
        // Once, in the central site's trail.
        QVERIFY(m_store->authenticate(again->token).ok());
        auto revoked = m_store->backend().query(QStringLiteral("SELECT count(*) FROM central_audit WHERE event = 'revoked' AND device_id = ?"),
                                                {first->deviceId});
        QCOMPARE(revoked->first().at(0).toInt(), 1);
        // Enrolled again twice before a sync: the first identity is not left valid on the way.
        auto x = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("SITEC")).value());
        auto y = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("SITEC")).value(), {}, std::nullopt, false, x->token);
        auto z = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("SITEC")).value(), {}, std::nullopt, false, y->token);
        QCOMPARE(z->replaced, y->deviceId);
        QVERIFY(m_store->authenticate(z->token).ok());
        QVERIFY(!m_store->authenticate(x->token).ok());
        QVERIFY(!m_store->authenticate(y->token).ok());
        // A monitor's device names its own site: it replaces no site's device, nor the reverse.
        auto monitor = m_store->enroll(m_store->createMonitorEnrollmentCode().value(), QStringLiteral("SITEC"), std::nullopt, false, z->token);
        QVERIFY(monitor.ok());
        QVERIFY(monitor->replaced.isEmpty());
        QVERIFY(m_store->authenticate(monitor->token).ok());
        QVERIFY(m_store->authenticate(z->token).ok());
        // Over HTTP, the enrolment answers which identity it replaces.
        CentralService service(*m_store);
        const ServiceResponse r = service.handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, {},
                                                  QJsonDocument(QJsonObject{{QStringLiteral("code"), m_store->createEnrollmentCode(QStringLiteral("SITEA")).value()},
                                                                            {QStringLiteral("site"), QStringLiteral("SITEA")},
                                                                            {QStringLiteral("root"), test::enrolmentRoot(QStringLiteral("SITEA"))},
                                                                            {QStringLiteral("previous_token"), again->token}}).toJson()});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("replaced")).toString(), again->deviceId);
        const ServiceResponse bad = service.handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, {},
                                                    QJsonDocument(QJsonObject{{QStringLiteral("code"), m_store->createEnrollmentCode(QStringLiteral("SITEA")).value()},
                                                                              {QStringLiteral("site"), QStringLiteral("SITEA")},
                                                                              {QStringLiteral("root"), test::enrolmentRoot(QStringLiteral("SITEA"))},
                                                                              {QStringLiteral("previous_token"), 42}}).toJson()});
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("previous_token")),
                 qPrintable(bad.body.value(QStringLiteral("error")).toString()));
    }

    // M4: enrollment codes never expired.
    void codesExpireAfterSevenDays()
    {
        const QString fresh = m_store->createEnrollmentCode(QStringLiteral("SITEA")).value();
        const QString stale = m_store->createEnrollmentCode(QStringLiteral("SITEA")).value();
        m_clock->advanceSecs(6 * 86400);
        QVERIFY(m_store->enroll(fresh).ok());
        m_clock->advanceSecs(2 * 86400);
        auto late = m_store->enroll(stale);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind, ErrorKind::Denied);
        QVERIFY(late.error().message.contains(QStringLiteral("expired")));
    }

    // M4: a storage failure put SQL text (tables, columns) into the device's error body.
    void errorBodiesHoldNoSql()
    {
        const QString code = m_store->createEnrollmentCode(QStringLiteral("SITEA")).value();
        CentralService service(*m_store);
        const ServiceResponse enrolled = service.handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, {},
                                                         QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                                                                   {QStringLiteral("root"), test::enrolmentRoot(QStringLiteral("SITEA"))}}).toJson()});
        QCOMPARE(enrolled.status, 200);
        QVERIFY(m_store->backend().exec(QStringLiteral("DROP TABLE conflicts")).ok());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("after"), QStringLiteral("0"));
        const ServiceResponse r = service.handle({"GET", QStringLiteral("/v1/pull"), q,
                                                  "Bearer " + enrolled.body.value(QStringLiteral("token")).toString().toLatin1(), {}, {}});
        QCOMPARE(r.status, 500);
        const QString error = r.body.value(QStringLiteral("error")).toString();
        QVERIFY(!error.isEmpty());
        for (const char *sql : {"SELECT", "conflicts", "FROM", "table"})
            QVERIFY2(!error.contains(QLatin1String(sql), Qt::CaseInsensitive), qPrintable(error));
    }

    // M5: central.db was mode 0644 in a 0755 folder.
    void theDataFolderIsPrivate()
    {
        const mode_t old = ::umask(022);
        const QString dir = m_dir.path() + QStringLiteral("/private");
        auto backend = CentralBackend::openEmbedded(dir, true);
        ::umask(old);
        QVERIFY(backend.ok());
        QCOMPARE(modeOf(dir), 0700u);
        QCOMPARE(modeOf(dir + QStringLiteral("/central.db")), 0600u);
        // A folder made readable later is private again at the next start.
        backend.value().reset();
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                               | QFileDevice::ExeOther));
        QVERIFY(CentralBackend::openEmbedded(dir, false).ok());
        QCOMPARE(modeOf(dir), 0700u);
    }

    // M5: the PostgreSQL password was on the process's command line (--postgres "... password=...").
    void aPostgresPasswordInTheConnectionStringIsRefused()
    {
        auto r = CentralBackend::openPostgres(QStringLiteral("host=127.0.0.1 port=1 dbname=mucotrack user=mucotrack password=hunter2"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QVERIFY(r.error().message.contains(QStringLiteral("PGPASSFILE")));
        QVERIFY(!r.error().message.contains(QStringLiteral("hunter2")));
        // As a URI, libpq's own error text quoted the connection string whole, the password with
        // it ("missing "=" after "postgresql://..."").
        for (const QString &given : {QStringLiteral("postgresql://mucotrack:hunter2@127.0.0.1:1/mucotrack"),
                                     QStringLiteral("host=127.0.0.1 port=1 postgres://u:hunter2@h/db"),
                                     QStringLiteral("host=127.0.0.1 port=1 sslpassword=hunter2"),
                                     // a URI with a parameter holds a '=' (read as key=value, it went on whole)
                                     QStringLiteral("postgresql://u:hunter2@127.0.0.1:1/db?sslmode=disable"),
                                     // a tab between parts (split at spaces, the password rode in the host)
                                     QStringLiteral("host=127.0.0.1\tpassword=hunter2 port=1"),
                                     QStringLiteral("host='127.0.0.1' password = 'hunter2' port=1")}) {
            auto uri = CentralBackend::openPostgres(given);
            QVERIFY(!uri.ok());
            QCOMPARE(uri.error().kind, ErrorKind::Usage);
            QVERIFY2(!uri.error().message.contains(QStringLiteral("hunter2")), qPrintable(uri.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestAttacksCentral)
#include "tst_attacks_central.moc"
