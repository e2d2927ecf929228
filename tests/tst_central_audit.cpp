// The central site's own audit trail (issue 11; docs/security.md, "The central site's audit
// trail"), on the embedded store and, when MUCOTRACK_TEST_POSTGRES names one, on PostgreSQL.
// Before, the central site kept no record of enrolments, revocations, pushes, conflicts or
// alarms: every test here failed (there was no `central_audit` and no `mucotrack-central audit`).
#include "central/AuditAnchors.h"
#include "central/CentralAuditTrail.h"
#include "central/CentralStore.h"
#include "common/Ids.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include "CentralSchema.h"
#include <QtTest>

using namespace muco;

namespace {

QJsonObject change(const QString &table, const QString &record, const QJsonObject &fields, const QJsonObject &old = {},
                   const QString &resolves = {})
{
    QJsonObject c{{QStringLiteral("id"), newUuid()}, {QStringLiteral("table"), table}, {QStringLiteral("record_id"), record},
                  {QStringLiteral("fields"), fields}, {QStringLiteral("old"), old},
                  {QStringLiteral("changed_by"), QStringLiteral("U.1234")},
                  {QStringLiteral("changed_utc"), QStringLiteral("2026-11-20T09:00:00.000Z")}};
    if (!resolves.isEmpty())
        c.insert(QStringLiteral("resolves"), resolves);
    return c;
}

QString hex64(char c) { return QString(64, QLatin1Char(c)); }

} // namespace

class TestCentralAudit : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dataDir;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
    std::unique_ptr<CentralStore> m_store;

    bool postgres() const { return m_store->backend().kind() == QLatin1String("postgres"); }

    DeviceIdentity enroll(const QString &site)
    {
        const QString code = m_store->createEnrollmentCode(site).value();
        auto e = m_store->enroll(code, site);
        return e.ok() ? DeviceIdentity{e->deviceId, e->site} : DeviceIdentity{};
    }

    QList<CentralAuditEntry> entries() { return CentralAuditTrail(m_store->backend(), m_store->clock()).entries().value(); }
    CentralAuditCheck verify() { return CentralAuditTrail(m_store->backend(), m_store->clock()).verify().value(); }

    // Gets past the store's refusal to change the trail, as someone with the database's
    // owner rights could.
    void disableTheTriggers()
    {
        if (m_store->backend().kind() == QLatin1String("postgres")) {
            QVERIFY(m_store->backend().exec(QStringLiteral("ALTER TABLE central_audit DISABLE TRIGGER USER")).ok());
        } else {
            QVERIFY(m_store->backend().exec(QStringLiteral("DROP TRIGGER central_audit_no_update")).ok());
            QVERIFY(m_store->backend().exec(QStringLiteral("DROP TRIGGER central_audit_no_delete")).ok());
        }
    }

    void someEvents()
    {
        const DeviceIdentity a = enroll(QStringLiteral("GX01"));
        const DeviceIdentity b = enroll(QStringLiteral("GX02"));
        QVERIFY(m_store->push(a, {change(QStringLiteral("patients"), newUuid(), {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")}})}).ok());
        QVERIFY(m_store->push(b, {change(QStringLiteral("patients"), newUuid(), {{QStringLiteral("subject_id"), QStringLiteral("GX02-0001")}})}).ok());
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
        m_dataDir = m_dir.path() + QStringLiteral("/c%1").arg(++n);
        m_store.reset();
        auto b = backend == QLatin1String("postgres") ? CentralBackend::openPostgres(qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"))
                                                      : CentralBackend::openEmbedded(m_dataDir, true);
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        if (backend == QLatin1String("postgres"))
            QVERIFY(test::emptyCentralSchema(**b));
        m_store = std::make_unique<CentralStore>(std::move(b).value(), m_clock);
        m_store->setOperator(QStringLiteral("operator:tester"));
    }

    // Every kind of event, in order, with who, which device and site, and counts; never a value.
    void everyEventIsRecorded()
    {
        const QString codeA = m_store->createEnrollmentCode(QStringLiteral("GX01")).value();
        auto enrolledA = m_store->enroll(codeA, QStringLiteral("GX01"));
        QVERIFY(enrolledA.ok());
        const DeviceIdentity a{enrolledA->deviceId, enrolledA->site};
        const DeviceIdentity b = enroll(QStringLiteral("GX01"));
        const DeviceIdentity c = enroll(QStringLiteral("GX02"));
        QVERIFY(!m_store->enroll(codeA, QStringLiteral("GX01")).ok());   // used already

        const QString patient = newUuid();
        const QJsonObject created = change(QStringLiteral("patients"), patient,
                                           {{QStringLiteral("subject_id"), QStringLiteral("GX01-0001")}, {QStringLiteral("sex"), QStringLiteral("female")}});
        QVERIFY(m_store->push(a, {created}).ok());
        QVERIFY(m_store->push(a, {created}).ok());   // a retry: replayed, not applied again
        auto clash = m_store->push(b, {change(QStringLiteral("patients"), patient, {{QStringLiteral("sex"), QStringLiteral("male")}},
                                              {{QStringLiteral("sex"), QStringLiteral("unknown")}})});
        QVERIFY(clash.ok());
        const QString conflict = clash->value(QStringLiteral("conflicts")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(m_store->push(b, {change(QStringLiteral("patients"), patient, {{QStringLiteral("sex"), QStringLiteral("female")}},
                                         {{QStringLiteral("sex"), QStringLiteral("male")}}, conflict)}).ok());
        auto refused = m_store->push(c, {change(QStringLiteral("lab_results"), newUuid(), {{QStringLiteral("patient_id"), patient}})});
        QCOMPARE(refused.error().kind, ErrorKind::Denied);

        AuditAnchors anchors(m_store->backend(), m_store->clock());
        // The head's signature is kept as sent or refused, never cut: cut at 256 characters, a
        // text could end in half a surrogate pair, which the stores keep as "?".
        for (const QString &bad : QStringList{QString(255, QLatin1Char('a')) + QStringLiteral("\U0001F600"), QStringLiteral("not hex"),
                                              QString(257, QLatin1Char('a'))}) {
            auto badSignature = anchors.anchor(a, {{QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), 5}, {QStringLiteral("hash"), hex64('a')},
                                                                                       {QStringLiteral("signature"), bad}}}});
            QVERIFY(!badSignature.ok());
            QCOMPARE(badSignature.error().field, QStringLiteral("head.signature"));
        }
        QVERIFY(anchors.anchor(a, {{QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), 5}, {QStringLiteral("hash"), hex64('a')}}}}).ok());
        auto alarm = anchors.anchor(a, {{QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), 6}, {QStringLiteral("hash"), hex64('b')}}},
                                        {QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), 5}, {QStringLiteral("hash"), hex64('c')}}}});
        QCOMPARE(alarm.error().kind, ErrorKind::Integrity);
        // The operator acknowledges it (a reason is required); the device anchors afresh.
        QCOMPARE(anchors.acknowledge(a.deviceId, QStringLiteral("  "), QStringLiteral("operator:tester")).error().field, QStringLiteral("reason"));
        QCOMPARE(anchors.acknowledge(a.deviceId, QStringLiteral("restored from backup"), QStringLiteral("operator:tester")).value(), 1);
        QVERIFY(anchors.alarms()->isEmpty());
        QCOMPARE(anchors.alarms(true)->size(), 1);
        QCOMPARE(anchors.alarms(true)->first().reason, QStringLiteral("restored from backup"));
        QCOMPARE(anchors.acknowledge(a.deviceId, QStringLiteral("again"), QStringLiteral("operator:tester")).error().field, QStringLiteral("device"));
        QVERIFY(anchors.anchor(a, {{QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), 3}, {QStringLiteral("hash"), hex64('d')}}}}).ok());

        QVERIFY(m_store->revoke(a.deviceId).ok());
        QVERIFY(m_store->revoke(a.deviceId).ok());   // again: nothing new
        auto unknown = m_store->revoke(newUuid());
        QCOMPARE(unknown.error().kind, ErrorKind::Invalid);

        const QList<CentralAuditEntry> trail = entries();
        QStringList events;
        for (const CentralAuditEntry &e : trail)
            events << e.event;
        QCOMPARE(events, (QStringList{QStringLiteral("code_created"), QStringLiteral("enrolled"), QStringLiteral("code_created"),
                                      QStringLiteral("enrolled"), QStringLiteral("code_created"), QStringLiteral("enrolled"),
                                      QStringLiteral("enrolment_refused"), QStringLiteral("push"), QStringLiteral("push"),
                                      QStringLiteral("conflict"), QStringLiteral("push"), QStringLiteral("conflict_resolved"),
                                      QStringLiteral("push"), QStringLiteral("push_refused"), QStringLiteral("integrity_alarm"),
                                      QStringLiteral("integrity_acknowledged"), QStringLiteral("revoked")}));
        for (int i = 0; i < trail.size(); ++i)
            QCOMPARE(trail[i].seq, qint64(i + 1));

        QCOMPARE(trail[0].actor, QStringLiteral("operator:tester"));
        QCOMPARE(trail[0].site, QStringLiteral("GX01"));
        QCOMPARE(trail[1].deviceId, a.deviceId);
        QCOMPARE(trail[1].site, QStringLiteral("GX01"));
        QCOMPARE(trail[5].deviceId, c.deviceId);
        QCOMPARE(trail[6].detail.value(QStringLiteral("claimed_site")).toString(), QStringLiteral("GX01"));
        QVERIFY(!trail[6].detail.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY2(!QJsonDocument(trail[6].detail).toJson().contains(codeA.toUtf8()), "the code is a secret");

        const auto counts = [](const CentralAuditEntry &e) {
            return QList<int>{e.detail.value(QStringLiteral("changes")).toInt(-1), e.detail.value(QStringLiteral("accepted")).toInt(-1),
                              e.detail.value(QStringLiteral("replayed")).toInt(-1), e.detail.value(QStringLiteral("conflicts")).toInt(-1)};
        };
        QCOMPARE(trail[7].deviceId, a.deviceId);
        QCOMPARE(counts(trail[7]), (QList<int>{1, 1, 0, 0}));
        QCOMPARE(counts(trail[8]), (QList<int>{1, 0, 1, 0}));
        QCOMPARE(trail[9].deviceId, b.deviceId);
        QCOMPARE(trail[9].detail.value(QStringLiteral("conflict")).toString(), conflict);
        QCOMPARE(trail[9].detail.value(QStringLiteral("table")).toString(), QStringLiteral("patients"));
        QCOMPARE(trail[9].detail.value(QStringLiteral("record_id")).toString(), patient);
        QCOMPARE(trail[9].detail.value(QStringLiteral("field")).toString(), QStringLiteral("sex"));
        QCOMPARE(counts(trail[10]), (QList<int>{1, 1, 0, 1}));
        QCOMPARE(trail[11].detail.value(QStringLiteral("conflict")).toString(), conflict);
        QCOMPARE(trail[13].deviceId, c.deviceId);
        QCOMPARE(trail[13].site, QStringLiteral("GX02"));
        QCOMPARE(trail[13].detail.value(QStringLiteral("changes")).toInt(), 1);
        QVERIFY(!trail[13].detail.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(trail[14].deviceId, a.deviceId);
        QCOMPARE(trail[14].detail.value(QStringLiteral("kind")).toString(), QStringLiteral("audit_anchor"));
        QCOMPARE(trail[15].actor, QStringLiteral("operator:tester"));
        QCOMPARE(trail[15].deviceId, a.deviceId);
        QCOMPARE(trail[15].site, QStringLiteral("GX01"));
        QVERIFY(!trail[15].detail.value(QStringLiteral("reason_sha256")).toString().isEmpty());
        QVERIFY(!QJsonDocument(trail[15].detail).toJson().contains("restored from backup"));
        QCOMPARE(trail[15].detail.value(QStringLiteral("anchor_given_up")).toObject().value(QStringLiteral("seq")).toInt(), 5);
        QCOMPARE(trail[16].actor, QStringLiteral("operator:tester"));
        QCOMPARE(trail[16].deviceId, a.deviceId);

        // The trial's data stays in the records: no value pushed appears in the trail.
        for (const CentralAuditEntry &e : trail) {
            const QByteArray text = QJsonDocument(e.detail).toJson();
            QVERIFY2(!text.contains("GX01-0001") && !text.contains("male"), text.constData());
        }
        QVERIFY(verify().intact);
        QCOMPARE(verify().rows, qint64(trail.size()));
    }

    // Append-only: the store itself refuses to change or remove a row.
    void rowsCannotBeChangedOrRemoved()
    {
        someEvents();
        const QList<CentralAuditEntry> before = entries();
        QVERIFY(!before.isEmpty());
        QVERIFY(!m_store->backend().exec(QStringLiteral("UPDATE central_audit SET detail = '{}' WHERE seq = 2")).ok());
        QVERIFY(!m_store->backend().exec(QStringLiteral("DELETE FROM central_audit WHERE seq = 2")).ok());
        if (m_store->backend().kind() == QLatin1String("postgres"))
            QVERIFY(!m_store->backend().exec(QStringLiteral("TRUNCATE central_audit")).ok());
        const QList<CentralAuditEntry> after = entries();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after[1].detail, before[1].detail);
        QVERIFY(verify().intact);
    }

    // Past the triggers, an edit or a removal still shows, at the row where it was made.
    void anEditedRowBreaksTheChain()
    {
        someEvents();
        disableTheTriggers();
        QVERIFY(m_store->backend().exec(QStringLiteral("UPDATE central_audit SET site = 'GX09' WHERE seq = 3")).ok());
        const CentralAuditCheck check = verify();
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBroken, qint64(3));
    }

    void aRemovedRowBreaksTheChain()
    {
        someEvents();
        disableTheTriggers();
        QVERIFY(m_store->backend().exec(QStringLiteral("DELETE FROM central_audit WHERE seq = 2")).ok());
        QCOMPARE(verify().firstBroken, qint64(2));
        // Renumbered to hide the gap: the next row no longer follows the one before it.
        const qint64 last = entries().last().seq;
        for (qint64 seq = 3; seq <= last; ++seq)
            QVERIFY(m_store->backend().exec(QStringLiteral("UPDATE central_audit SET seq = ? WHERE seq = ?"), {seq - 1, seq}).ok());
        const CentralAuditCheck check = verify();
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBroken, qint64(2));
    }

    // The operator's view, from the real program: the list, and exit 7 once the chain is broken.
    void theCommandListsTheTrailAndChecksIt()
    {
        someEvents();
        const QString central = qEnvironmentVariable("MUCOTRACK_CENTRAL");
        QVERIFY2(!central.isEmpty(), "MUCOTRACK_CENTRAL is not set");
        const QStringList store = postgres() ? QStringList{QStringLiteral("--postgres"), qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES")}
                                             : QStringList{QStringLiteral("--data"), m_dataDir};
        QProcess p;
        p.start(central, QStringList{QStringLiteral("audit")} + store + QStringList{QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(out.value(QStringLiteral("intact")).toBool(), true);
        const QJsonArray list = out.value(QStringLiteral("entries")).toArray();
        QCOMPARE(list.size(), entries().size());
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("code_created"));
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("operator:tester"));
        QCOMPARE(first.value(QStringLiteral("site")).toString(), QStringLiteral("GX01"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("event")).toString(), QStringLiteral("code_created"));

        // A code made by the program names the account that ran it.
        p.start(central, QStringList{QStringLiteral("enroll")} + store + QStringList{QStringLiteral("--site"), QStringLiteral("GX03")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(entries().last().actor.startsWith(QLatin1String("operator:")));
        QVERIFY(entries().last().actor != QLatin1String("operator:tester"));

        disableTheTriggers();
        QVERIFY(m_store->backend().exec(QStringLiteral("UPDATE central_audit SET event = 'push' WHERE seq = 4")).ok());
        p.start(central, QStringList{QStringLiteral("audit")} + store + QStringList{QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 7);
        out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(out.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(out.value(QStringLiteral("first_broken")).toInt(), 4);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("4")));
    }
};

QTEST_GUILESS_MAIN(TestCentralAudit)
#include "tst_central_audit.moc"
