// Queries and source data verification (issue 17): who may raise, answer, correct and close;
// a query's whole cycle between a site device, a monitor's device and the central site
// (DirectTransport); a correction through the write path with its reason; concurrent steps
// that never conflict; names checked against the declared tables; and an SDV mark that
// resets when the record changes, here or on another device.
#include "demo/DirectTransport.h"
#include "central/CentralQueries.h"
#include "TestSite.h"
#include "records/AdverseEvents.h"
#include "records/AuditTrail.h"
#include "records/Minimisation.h"
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/RecordStore.h"
#include "records/SourceVerification.h"
#include "storage/Statement.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"
#include <QRandomGenerator>
#include "SampleRecords.h"
#include "TrialDevices.h"
#include <QtTest>

using namespace muco;

namespace {

using Device = test::TrialDevice;

qint64 count(Session &s, const QString &sql)
{
    return s.db().scalarInt(sql).value();
}


} // namespace

class TestQueries : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CentralStore> m_store;
    std::unique_ptr<CentralService> m_service;

    Device device(const QString &user) { return test::enrolSiteDevice(*m_store, *m_service, QStringLiteral("GX01"), user); }
    static SyncReport sync(Device &d) { return test::syncDevice(d); }

    // A patient with one adverse event, at the site; the ids of both.
    static QPair<QString, QString> patientWithEvent(Session &doctor)
    {
        auto p = Patients::add(doctor, {{}, QStringLiteral("Li Wei"), QStringLiteral("MRN-1"), {}, QStringLiteral("1960-01-01"), QStringLiteral("male")});
        if (!p.ok())
            return {};
        auto e = AdverseEvents::save(doctor, test::mucositisEvent(p->id));
        return {p->id, e.ok() ? e->id : QString()};
    }

private slots:
    void init()
    {
        auto b = CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/central-") + QString::number(QRandomGenerator::global()->generate()), true);
        QVERIFY(b.ok());
        m_store = std::make_unique<CentralStore>(std::move(b).value(), Clock::system());
        m_service = std::make_unique<CentralService>(*m_store);
    }

    void cleanup()
    {
        m_service.reset();
        m_store.reset();
    }

    void stateIsTheLatestStep_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("state");
        QTest::newRow("raised") << QStringList{QStringLiteral("raise")} << QStringLiteral("open");
        QTest::newRow("answered") << QStringList{QStringLiteral("raise"), QStringLiteral("answer")} << QStringLiteral("answered");
        QTest::newRow("answered twice") << QStringList{QStringLiteral("raise"), QStringLiteral("answer"), QStringLiteral("answer")} << QStringLiteral("answered");
        QTest::newRow("closed") << QStringList{QStringLiteral("raise"), QStringLiteral("answer"), QStringLiteral("close")} << QStringLiteral("closed");
        QTest::newRow("closed unanswered") << QStringList{QStringLiteral("raise"), QStringLiteral("close")} << QStringLiteral("closed");
        QTest::newRow("re-opened") << QStringList{QStringLiteral("raise"), QStringLiteral("answer"), QStringLiteral("reopen")} << QStringLiteral("open");
        QTest::newRow("re-opened after close") << QStringList{QStringLiteral("raise"), QStringLiteral("answer"), QStringLiteral("close"), QStringLiteral("reopen")} << QStringLiteral("open");
        QTest::newRow("answered again") << QStringList{QStringLiteral("raise"), QStringLiteral("answer"), QStringLiteral("reopen"), QStringLiteral("answer")} << QStringLiteral("answered");
    }
    void stateIsTheLatestStep()
    {
        QFETCH(QStringList, kinds);
        QFETCH(QString, state);
        const QDateTime t0(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
        QList<QueryMessage> thread;
        for (int i = 0; i < kinds.size(); ++i)
            thread.append({QStringLiteral("m%1").arg(i), i + 1, kinds[i], {}, {}, {}, t0.addSecs(60 * i), std::nullopt});
        QCOMPARE(Queries::stateOf(thread), state);
        // Whatever order the rows arrived in from sync.
        std::reverse(thread.begin(), thread.end());
        QCOMPARE(Queries::stateOf(thread), state);
        // A device's clock is not trusted: the step each author saw orders the thread.
        for (QueryMessage &m : thread)
            m.atUtc = t0.addSecs(-60 * m.step);
        QCOMPARE(Queries::stateOf(thread), state);
    }

    void onlyTheRightRolesTakeEachStep()
    {
        test::TestSite site;
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        auto monitor = site.signIn(QStringLiteral("monitor"));
        const auto [patient, event] = patientWithEvent(*doctor);
        QVERIFY(!event.isEmpty());

        auto byNurse = Queries::raise(*nurse, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"),
                                      QStringLiteral("Grade?"), test::kPassword);
        QCOMPARE(byNurse.error().kind, ErrorKind::Denied);
        auto byDoctor = Queries::raise(*doctor, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"),
                                       QStringLiteral("Grade?"), test::kPassword);
        QCOMPARE(byDoctor.error().kind, ErrorKind::Denied);
        // The signature's second component: a wrong password writes nothing.
        auto wrong = Queries::raise(*monitor, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"),
                                    QStringLiteral("Grade?"), QStringLiteral("not-the-password"));
        QCOMPARE(wrong.error().field, QStringLiteral("password"));
        QCOMPARE(count(*monitor, QStringLiteral("SELECT count(*) FROM queries")), 0);

        auto q = Queries::raise(*monitor, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"),
                                QStringLiteral("The source notes ulcers: grade 3?"), test::kPassword);
        QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
        QCOMPARE(q->state, QStringLiteral("open"));
        QCOMPARE(q->valueAtRaise, QStringLiteral("2"));

        // A monitor neither answers nor corrects.
        QCOMPARE(Queries::answer(*monitor, q->id, QStringLiteral("x"), test::kPassword).error().kind, ErrorKind::Denied);
        QCOMPARE(Queries::answer(*monitor, q->id, QStringLiteral("x"), test::kPassword, QueryCorrection{QStringLiteral("3"), QStringLiteral("r")})
                     .error().kind, ErrorKind::Denied);
        // A nurse answers, but an adverse event is the investigator's to correct.
        QCOMPARE(Queries::answer(*nurse, q->id, QStringLiteral("x"), test::kPassword, QueryCorrection{QStringLiteral("3"), QStringLiteral("r")})
                     .error().kind, ErrorKind::Denied);
        QCOMPARE(AdverseEvents::list(*doctor, patient)->first().grade, 2);
        // Site staff do not close; the monitor does.
        QCOMPARE(Queries::close(*doctor, q->id, {}, test::kPassword).error().kind, ErrorKind::Denied);
        auto answered = Queries::answer(*nurse, q->id, QStringLiteral("Asked the investigator to look."), test::kPassword);
        QVERIFY(answered.ok());
        QCOMPARE(answered->state, QStringLiteral("answered"));
        QCOMPARE(count(*monitor, QStringLiteral("SELECT count(*) FROM queries")), 1);
    }

    void namesAreCheckedAgainstTheDeclaredTables_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown table") << QStringLiteral("users") << QStringLiteral("grade") << QStringLiteral("record");
        QTest::newRow("identity never") << QStringLiteral("patient_identity") << QStringLiteral("name") << QStringLiteral("record");
        QTest::newRow("a query on a query") << QStringLiteral("queries") << QStringLiteral("field") << QStringLiteral("record");
        QTest::newRow("SQL as a table") << QStringLiteral("adverse_events; DROP TABLE audit") << QStringLiteral("grade") << QStringLiteral("record");
        QTest::newRow("unknown field") << QStringLiteral("adverse_events") << QStringLiteral("grade; --") << QStringLiteral("field");
        QTest::newRow("metadata is not a field") << QStringLiteral("adverse_events") << QStringLiteral("modified_by") << QStringLiteral("field");
    }
    void namesAreCheckedAgainstTheDeclaredTables()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QString, named);
        test::TestSite site;
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto monitor = site.signIn(QStringLiteral("monitor"));
        const auto [patient, event] = patientWithEvent(*doctor);
        auto q = Queries::raise(*monitor, patient, table, event, field, QStringLiteral("?"), test::kPassword);
        QVERIFY(!q.ok());
        QCOMPARE(q.error().kind, ErrorKind::Invalid);
        QCOMPARE(q.error().field, named);
        QCOMPARE(count(*monitor, QStringLiteral("SELECT count(*) FROM queries")), 0);
        QCOMPARE(count(*monitor, QStringLiteral("SELECT count(*) FROM audit WHERE table_name = 'audit'")), 0);
    }

    void aRecordOfAnotherPatientIsRefused()
    {
        test::TestSite site;
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto monitor = site.signIn(QStringLiteral("monitor"));
        const auto [patient, event] = patientWithEvent(*doctor);
        auto other = Patients::add(*doctor, {{}, QStringLiteral("Wang Fang"), QStringLiteral("MRN-2"), {}, QStringLiteral("1970-01-01"), QStringLiteral("female")});
        auto q = Queries::raise(*monitor, other->id, QStringLiteral("adverse_events"), event, QStringLiteral("grade"), QStringLiteral("?"), test::kPassword);
        QCOMPARE(q.error().field, QStringLiteral("subject-id"));
        QVERIFY(Queries::raise(*monitor, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"), QStringLiteral("?"), test::kPassword).ok());
    }

    // What may be seen of a value without identities, and kept of it where it leaves the site:
    // a birth date's year, a screening's inputs without the date; everything else as it is.
    void withoutIdentityKeepsTheYearOfABirthDate_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("birth date") << "patients" << "birth_date" << "1979-11-11" << "1979";
        QTest::newRow("a year already") << "patients" << "birth_date" << "1979" << "1979";
        QTest::newRow("none") << "patients" << "birth_date" << "" << "";
        QTest::newRow("not a date") << "patients" << "birth_date" << "11/11/1979" << "";
        QTest::newRow("another field") << "patients" << "sex" << "male" << "male";
        QTest::newRow("a date elsewhere") << "lab_results" << "collected_utc" << "2026-11-18" << "2026-11-18";
        QTest::newRow("screening inputs") << "screenings" << "inputs" << R"({"birth_date":"1979-11-11","ecog":1})"
                                          << R"({"birth_year":1979,"ecog":1})";
        QTest::newRow("inputs without a date") << "screenings" << "inputs" << R"({"ecog":1})" << R"({"ecog":1})";
    }
    void withoutIdentityKeepsTheYearOfABirthDate()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(Minimisation::withoutIdentity(table, field, value), shown);
    }

    // A monitor sees a birth date's year only, as the patient list shows it: in a query's values
    // and in the audit trail. A query raised on it keeps the year, which is what syncs (the full
    // date reached the central site in the query's copy of it), and so does an answer's correction.
    void aMonitorSeesTheYearOfBirthOnly()
    {
        test::TestSite site;
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto monitor = site.signIn(QStringLiteral("monitor"));
        const auto [patient, event] = patientWithEvent(*doctor);
        auto q = Queries::raise(*monitor, patient, QStringLiteral("patients"), patient, QStringLiteral("birth_date"),
                                QStringLiteral("The source says 1961"), test::kPassword);
        QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
        QCOMPARE(q->valueAtRaise, QStringLiteral("1960"));
        QCOMPARE(q->currentValue.toString(), QStringLiteral("1960"));
        QCOMPARE(Queries::get(*doctor, q->id)->currentValue.toString(), QStringLiteral("1960-01-01"));   // site staff: the date
        {   // a query stored before with the full date reads with the year
            auto st = doctor->db().prepare(QStringLiteral("UPDATE queries SET value_at_raise = '1960-01-01' WHERE id = ?"));
            QVERIFY(st.ok());
            st->bind(1, q->id);
            QVERIFY(st->run().ok());
        }
        QCOMPARE(Queries::get(*monitor, q->id)->valueAtRaise, QStringLiteral("1960"));
        const QJsonObject raised = Minimisation::reduceChange({{QStringLiteral("table"), QStringLiteral("queries")},
                                                               {QStringLiteral("fields"), QJsonObject{{QStringLiteral("target_table"), QStringLiteral("patients")},
                                                                                                      {QStringLiteral("field"), QStringLiteral("birth_date")},
                                                                                                      {QStringLiteral("value_at_raise"), QStringLiteral("1960-01-01")}}}});
        QCOMPARE(raised.value(QStringLiteral("fields")).toObject().value(QStringLiteral("value_at_raise")).toString(), QStringLiteral("1960"));
        auto a = Queries::answer(*doctor, q->id, QStringLiteral("Corrected"), test::kPassword,
                                 QueryCorrection{QStringLiteral("1961-03-04"), QStringLiteral("Source document")});
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(a->thread.last().correctedValue.value_or(QString()), QStringLiteral("1961"));
        QCOMPARE(a->currentValue.toString(), QStringLiteral("1961-03-04"));
        auto trail = AuditTrail::ofPatient(*monitor, patient);
        QVERIFY2(trail.ok(), trail.ok() ? "" : qPrintable(trail.error().message));
        int birthRows = 0;
        for (const AuditRow &r : trail.value())
            if (r.field == QLatin1String("birth_date")) {
                ++birthRows;
                QVERIFY2(r.oldValue.size() <= 4 && r.newValue.size() <= 4, qPrintable(r.oldValue + QLatin1String(" -> ") + r.newValue));
            }
        QCOMPARE(birthRows, 2);   // written, then corrected
        bool fullDateForStaff = false;
        const auto staffTrail = AuditTrail::ofPatient(*doctor, patient);   // held: the loop reads into it
        QVERIFY(staffTrail.ok());
        for (const AuditRow &r : staffTrail.value())
            fullDateForStaff = fullDateForStaff || r.newValue == QLatin1String("1961-03-04");
        QVERIFY(fullDateForStaff);
    }

    void correctionGoesThroughTheWritePathWithItsReason()
    {
        test::TestSite site;
        auto doctor = site.signIn(QStringLiteral("doctor"));
        auto monitor = site.signIn(QStringLiteral("monitor"));
        const auto [patient, event] = patientWithEvent(*doctor);
        auto q = Queries::raise(*monitor, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"), QStringLiteral("Grade 3?"), test::kPassword);
        QVERIFY(q.ok());
        // Bad corrections are refused, naming the option, and nothing is written.
        const qint64 auditBefore = count(*doctor, QStringLiteral("SELECT count(*) FROM audit"));
        QCOMPARE(Queries::answer(*doctor, q->id, QStringLiteral("Yes"), test::kPassword, QueryCorrection{QStringLiteral("7"), QStringLiteral("Source")})
                     .error().field, QStringLiteral("correct"));
        QCOMPARE(Queries::answer(*doctor, q->id, QStringLiteral("Yes"), test::kPassword, QueryCorrection{QStringLiteral("3"), QStringLiteral(" ")})
                     .error().field, QStringLiteral("reason"));
        QCOMPARE(count(*doctor, QStringLiteral("SELECT count(*) FROM audit")), auditBefore);
        QCOMPARE(count(*doctor, QStringLiteral("SELECT count(*) FROM query_messages")), 1);

        auto a = Queries::answer(*doctor, q->id, QStringLiteral("Yes: ulcers on the source"), test::kPassword,
                                 QueryCorrection{QStringLiteral("3"), QStringLiteral("Source document: confluent ulcers")});
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(a->state, QStringLiteral("answered"));
        QCOMPARE(a->currentValue.toInt(), 3);
        QCOMPARE(a->thread.last().correctedValue.value_or(QString()), QStringLiteral("3"));
        QCOMPARE(AdverseEvents::list(*doctor, patient)->first().grade, 3);
        // The write path: the record's version, its change-log entry, and the audited reason.
        QCOMPARE(AdverseEvents::list(*doctor, patient)->first().version, 2);
        QCOMPARE(count(*doctor, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'adverse_events' AND version = 2")), 1);
        {   // a statement left open would hold its read snapshot
            auto st = doctor->db().prepare(QStringLiteral("SELECT old_value, new_value, reason, user_name FROM audit"
                                                          " WHERE table_name = 'adverse_events' AND field = 'grade' AND action = 'update'"));
            QVERIFY(st->next().value());
            QCOMPARE(st->text(0), QStringLiteral("2"));
            QCOMPARE(st->text(1), QStringLiteral("3"));
            QCOMPARE(st->text(2), QStringLiteral("Source document: confluent ulcers"));
            QCOMPARE(st->text(3), QStringLiteral("doctor"));
        }
        // Each step is audited as its author's.
        QCOMPARE(count(*doctor, QStringLiteral("SELECT count(DISTINCT user_name) FROM audit WHERE table_name = 'query_messages'")), 2);
        // A signed record is corrected by its own correction, never through a query.
        QCOMPARE(Queries::close(*monitor, q->id, QStringLiteral("Thank you"), test::kPassword)->state, QStringLiteral("closed"));
        auto late = Queries::answer(*doctor, q->id, QStringLiteral("late"), test::kPassword);
        QVERIFY(!late.ok());
        QVERIFY2(late.error().field == QLatin1String("query"), qPrintable(late.error().message));
    }

    void wholeCycleAcrossTwoDevicesAndTheCentralSite()
    {
        Device site = device(QStringLiteral("doctor"));
        Device monitor = device(QStringLiteral("monitor"));
        const auto [patient, event] = patientWithEvent(*site.session);
        QVERIFY(sync(site).ok);
        QVERIFY(sync(monitor).ok);

        // The monitor raises on its own device, offline, and pushes at the next sync.
        monitor.site->clock()->advanceSecs(3600);
        auto q = Queries::raise(*monitor.session, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"),
                                QStringLiteral("The source notes confluent ulcers: grade 3?"), test::kPassword);
        QVERIFY(q.ok());
        QVERIFY(sync(monitor).ok);
        QVERIFY(sync(site).ok);
        auto atSite = Queries::list(*site.session, true);
        QCOMPARE(atSite->size(), 1);
        QCOMPARE(atSite->first().id, q->id);
        QCOMPARE(atSite->first().state, QStringLiteral("open"));
        QCOMPARE(atSite->first().subjectId, QStringLiteral("GX01-0001"));
        QCOMPARE(Queries::openCountByPatient(*site.session)->value(patient), 1);

        // The site answers and corrects in one step.
        site.site->clock()->advanceSecs(7200);
        QVERIFY(Queries::answer(*site.session, q->id, QStringLiteral("Corrected from the source"), test::kPassword,
                                QueryCorrection{QStringLiteral("3"), QStringLiteral("Source: confluent ulcers")}).ok());
        QVERIFY(sync(site).ok);
        SyncReport back = sync(monitor);
        QVERIFY(back.ok);
        QCOMPARE(back.conflicts, 0);
        auto seen = Queries::get(*monitor.session, q->id);
        QCOMPARE(seen->state, QStringLiteral("answered"));
        QCOMPARE(seen->currentValue.toInt(), 3);   // the corrected value, pulled
        QCOMPARE(seen->thread.size(), 2);
        // Staff reach another device by opaque account id only (docs/security.md, M5).
        QCOMPARE(seen->thread.last().author, Minimisation::opaqueAccountId(QStringLiteral("doctor")));

        // Re-opened, answered again, closed: every step reaches the other side.
        monitor.site->clock()->advanceSecs(10800);
        QVERIFY(Queries::reopen(*monitor.session, q->id, QStringLiteral("Which page of the source?"), test::kPassword).ok());
        QVERIFY(sync(monitor).ok);
        QVERIFY(sync(site).ok);
        QCOMPARE(Queries::get(*site.session, q->id)->state, QStringLiteral("open"));
        site.site->clock()->advanceSecs(14400);
        QVERIFY(Queries::answer(*site.session, q->id, QStringLiteral("Page 4"), test::kPassword).ok());
        QVERIFY(sync(site).ok);
        QVERIFY(sync(monitor).ok);
        monitor.site->clock()->advanceSecs(18000);
        QVERIFY(Queries::close(*monitor.session, q->id, QStringLiteral("Resolved"), test::kPassword).ok());
        QVERIFY(sync(monitor).ok);
        SyncReport last = sync(site);
        QVERIFY(last.ok);
        QCOMPARE(last.conflicts, 0);
        for (Device *d : {&site, &monitor}) {
            auto done = Queries::get(*d->session, q->id);
            QCOMPARE(done->state, QStringLiteral("closed"));
            QCOMPARE(done->thread.size(), 5);
            QVERIFY(Queries::list(*d->session, true)->isEmpty());
        }
        // The central site holds the query and its five steps, of this site.
        auto central = m_store->backend().query(QStringLiteral("SELECT count(DISTINCT record_id) FROM records WHERE table_name = 'query_messages'"));
        QCOMPARE(central->first().at(0).toInt(), 5);
        // As `mucotrack-central queries` lists it: closed, by whom, and its age.
        auto listed = CentralQueries::list(m_store->backend(), false);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        const CentralQuery &cq = listed->first();
        QCOMPARE(cq.id, q->id);
        QCOMPARE(cq.site, QStringLiteral("GX01"));
        QCOMPARE(cq.subjectId, QStringLiteral("GX01-0001"));
        QCOMPARE(cq.state, QStringLiteral("closed"));
        QCOMPARE(cq.messages, 5);
        QCOMPARE(cq.lastStepBy, Minimisation::opaqueAccountId(QStringLiteral("monitor")));   // no user names there
        QCOMPARE(cq.text, QStringLiteral("The source notes confluent ulcers: grade 3?"));
        const QDateTime raised(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());   // the monitor's clock, + 1 h
        QCOMPARE(cq.raisedUtc, raised);
        QCOMPARE(cq.ageDays(raised.addSecs(13 * 3600)), 0);
        QCOMPARE(cq.ageDays(raised.addSecs(14 * 3600)), 1);   // the next UTC day
        QCOMPARE(cq.ageDays(raised.addDays(30)), 30);
        QVERIFY(CentralQueries::list(m_store->backend(), true)->isEmpty());
    }

    void concurrentStepsNeverConflict()
    {
        Device site = device(QStringLiteral("doctor"));
        Device monitor = device(QStringLiteral("monitor"));
        const auto [patient, event] = patientWithEvent(*site.session);
        QVERIFY(sync(site).ok);
        QVERIFY(sync(monitor).ok);
        monitor.site->clock()->advanceSecs(60);
        auto first = Queries::raise(*monitor.session, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"),
                                    QStringLiteral("Grade?"), test::kPassword);
        QVERIFY(sync(monitor).ok);
        QVERIFY(sync(site).ok);
        // Both offline: the site answers while the monitor closes the query and raises a
        // second one on the same field.
        site.site->clock()->advanceSecs(120);
        QVERIFY(Queries::answer(*site.session, first->id, QStringLiteral("It is 2"), test::kPassword).ok());
        monitor.site->clock()->advanceSecs(180);
        QVERIFY(Queries::close(*monitor.session, first->id, QStringLiteral("Withdrawn"), test::kPassword).ok());
        auto second = Queries::raise(*monitor.session, patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"),
                                     QStringLiteral("Onset?"), test::kPassword);
        QVERIFY(second.ok());
        for (Device *d : {&site, &monitor, &site})
            QCOMPARE(sync(*d).conflicts, 0);
        // Both devices agree: the latest step (the close) decides the first query.
        for (Device *d : {&site, &monitor}) {
            QCOMPARE(Queries::get(*d->session, first->id)->state, QStringLiteral("closed"));
            QCOMPARE(Queries::get(*d->session, first->id)->thread.size(), 3);
            QCOMPARE(Queries::list(*d->session, true)->size(), 1);
        }
    }

    // What remains, for one patient (the patient list's column): that patient's records only.
    void sdvRemainingForOnePatient()
    {
        test::TestSite site;
        auto doctor = site.signIn(QStringLiteral("doctor"));
        const auto [first, firstEvent] = patientWithEvent(*doctor);
        auto second = Patients::add(*doctor, {{}, QStringLiteral("Wu Fang"), QStringLiteral("MRN-2"), {}, QStringLiteral("1966-07-02"), QStringLiteral("female")});
        QVERIFY(second.ok());
        AdverseEvent other = test::mucositisEvent(second->id);
        QVERIFY(AdverseEvents::save(*doctor, other).ok());
        QVERIFY(AdverseEvents::save(*doctor, test::mucositisEvent(second->id)).ok());
        auto monitor = site.signIn(QStringLiteral("monitor"));
        QCOMPARE(SourceVerification::remaining(*monitor)->size(), 3);
        auto mine = SourceVerification::remaining(*monitor, first);
        QVERIFY(mine.ok());
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().recordId, firstEvent);
        QCOMPARE(SourceVerification::remaining(*monitor, second->id)->size(), 2);
        QVERIFY(SourceVerification::mark(*monitor, QStringLiteral("adverse_events"), firstEvent, test::kPassword).ok());
        QVERIFY(SourceVerification::remaining(*monitor, first)->isEmpty());
        QCOMPARE(SourceVerification::remaining(*monitor, second->id)->size(), 2);
    }

    void sdvMarkResetsWhenTheRecordChanges()
    {
        Device site = device(QStringLiteral("doctor"));
        Device monitor = device(QStringLiteral("monitor"));
        const auto [patient, event] = patientWithEvent(*site.session);
        QVERIFY(sync(site).ok);
        QVERIFY(sync(monitor).ok);
        // Only a monitor verifies.
        QCOMPARE(SourceVerification::mark(*site.session, QStringLiteral("adverse_events"), event, test::kPassword).error().kind,
                 ErrorKind::Denied);
        QCOMPARE(SourceVerification::mark(*monitor.session, QStringLiteral("users"), event, test::kPassword).error().field,
                 QStringLiteral("record"));
        auto remaining = SourceVerification::remaining(*monitor.session);
        QCOMPARE(remaining->size(), 1);   // the adverse event is critical; the patient record is not
        QCOMPARE(remaining->first().recordId, event);
        auto marked = SourceVerification::mark(*monitor.session, QStringLiteral("adverse_events"), event, test::kPassword);
        QVERIFY(marked.ok());
        QCOMPARE(marked->state, QStringLiteral("verified"));
        QVERIFY(SourceVerification::remaining(*monitor.session)->isEmpty());
        QVERIFY(sync(monitor).ok);
        QVERIFY(sync(site).ok);
        QCOMPARE(SourceVerification::status(*site.session, QStringLiteral("adverse_events"), event)->state, QStringLiteral("verified"));

        // A change at the site, after the mark: the mark no longer holds, on both devices.
        AdverseEvent e = AdverseEvents::list(*site.session, patient)->first();
        e.resolution = QDate(2026, 11, 25);
        e.outcome = QStringLiteral("recovered");
        QVERIFY(AdverseEvents::save(*site.session, e, QStringLiteral("Resolved")).ok());
        QCOMPARE(SourceVerification::status(*site.session, QStringLiteral("adverse_events"), event)->state, QStringLiteral("changed"));
        QVERIFY(sync(site).ok);
        QVERIFY(sync(monitor).ok);
        auto after = SourceVerification::status(*monitor.session, QStringLiteral("adverse_events"), event);
        QCOMPARE(after->state, QStringLiteral("changed"));
        QCOMPARE(after->verifiedBy, QStringLiteral("monitor"));
        QCOMPARE(SourceVerification::remaining(*monitor.session)->size(), 1);
        monitor.site->clock()->advanceSecs(60);
        QVERIFY(SourceVerification::mark(*monitor.session, QStringLiteral("adverse_events"), event, test::kPassword).ok());
        QVERIFY(SourceVerification::remaining(*monitor.session)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueries)
#include "tst_queries.moc"
