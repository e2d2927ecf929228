// The trial's commands end to end (shared/contracts/cli-trial.md "Patients and screening",
// "Radiotherapy, labs, visits"), run as the real mucotrack-cli on a site database: the
// same core as the desktop (permissions, write path, signatures), JSON output, bad input
// named by its JSON path or option with the contract's exit status, and nothing saved then.
#include "CliRunner.h"
#include "JsonPatch.h"
#include "TestSite.h"
#include "clinical/Exam.h"
#include "clinical/Grading.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/Screenings.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace muco;
using namespace muco::test;

namespace {
QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
} // namespace

class TestCliTrial : public QObject {
    Q_OBJECT
    TestSite m_site;
    QTemporaryDir m_dir;
    // The site's calendar day (test::TestSite is in Asia/Shanghai), which the CLI checks dates
    // against: the machine's own date is a day behind it from 16:00 to 24:00 UTC, when this
    // test failed ("a fraction tomorrow" was today at the site).
    const QDate m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();

    // Signed in as `user` (password on stdin's first line), `input` after it (FILE "-").
    CliRun cli(const QString &user, QStringList args, const QByteArray &input = {}) const
    {
        args << QStringLiteral("--db") << m_site.path() << QStringLiteral("--user") << user << QStringLiteral("--password-stdin");
        return runCli(args, kPassword.toUtf8() + '\n' + input);
    }
    QString write(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
    QString addPatient(const QString &subject)
    {
        const CliRun r = cli(QStringLiteral("coord"), {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--subject-id"), subject,
                                                       QStringLiteral("--birth-date"), QStringLiteral("1960-05-01"),
                                                       QStringLiteral("--sex"), QStringLiteral("male"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.json().value(QStringLiteral("id")).toString();
    }
    QJsonObject plan() const
    {
        return {{QStringLiteral("total_dose_gy"), 70}, {QStringLiteral("fractions"), 35},
                {QStringLiteral("start_date"), iso(m_today.addDays(-14))},
                {QStringLiteral("treatment_weekdays"), QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                {QStringLiteral("technique"), QStringLiteral("IMRT")}, {QStringLiteral("fields_include_oral_cavity"), true},
                {QStringLiteral("fields_include_oropharynx"), false}, {QStringLiteral("concurrent_chemotherapy"), true},
                {QStringLiteral("chemotherapy_agent"), QStringLiteral("cisplatin")}};
    }
    // WHO 3 (ulcers, liquid diet), CTCAE 3, RTOG 3, one OMAS site ulcerated.
    static QJsonObject severeExam()
    {
        QJsonObject e = examToJson(Exam{});
        setPath(e, QStringLiteral("soreness_reported"), true);
        setPath(e, QStringLiteral("erythema_seen"), true);
        setPath(e, QStringLiteral("appearance"), QStringLiteral("confluent_pseudomembranes"));
        setPath(e, QStringLiteral("diet"), QStringLiteral("liquid_only"));
        setPath(e, QStringLiteral("pain"), QStringLiteral("severe"));
        setPath(e, QStringLiteral("analgesia"), QStringLiteral("opioid"));
        setPath(e, QStringLiteral("omas_sites.left_cheek"), QJsonObject{{QStringLiteral("ulceration"), 2}, {QStringLiteral("erythema"), 2}});
        return e;
    }
    int count(const std::function<int(Session &)> &how) const
    {
        auto s = m_site.signIn(QStringLiteral("doctor"));
        return s ? how(*s) : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_site.ok()); }

    void screeningSubmitAndSign()
    {
        const QString id = addPatient(QStringLiteral("GX01-101"));
        QVERIFY(!id.isEmpty());
        const QByteArray eligible = bytes(loadFixture(QStringLiteral("eligible-patient.json")));
        const QStringList submit{QStringLiteral("screening"), QStringLiteral("submit"), QStringLiteral("--subject-id"), QStringLiteral("GX01-101")};
        // The nurse may not screen; nothing is saved.
        CliRun r = cli(QStringLiteral("nurse"), submit + QStringList{QStringLiteral("-")}, eligible);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        r = cli(QStringLiteral("coord"), submit + QStringList{write(QStringLiteral("elig.json"), eligible)});
        QCOMPARE(r.exitCode, 0);
        // Exactly what eligibility check prints, plus the screening's id.
        const CliRun check = runCli({QStringLiteral("eligibility"), QStringLiteral("check"), QStringLiteral("-")}, eligible);
        QJsonObject printed = r.json();
        const QString screeningId = printed.take(QStringLiteral("screening_id")).toString();
        QVERIFY(!screeningId.isEmpty());
        QCOMPARE(printed, check.json());
        QCOMPARE(printed.value(QStringLiteral("status")).toString(), QStringLiteral("eligible"));

        const QStringList sign{QStringLiteral("screening"), QStringLiteral("sign"), QStringLiteral("--subject-id"), QStringLiteral("GX01-101"),
                               QStringLiteral("--decision")};
        // Coordinators screen, only an investigator signs.
        r = cli(QStringLiteral("coord"), sign + QStringList{QStringLiteral("eligible")});
        QCOMPARE(r.exitCode, 3);
        // A decision contradicting the evaluation is refused, naming --decision.
        r = cli(QStringLiteral("doctor"), sign + QStringList{QStringLiteral("ineligible"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("decision: "), r.err.constData());
        r = cli(QStringLiteral("doctor"), sign + QStringList{QStringLiteral("maybe")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("decision: "), r.err.constData());
        QCOMPARE(count([&](Session &s) { return Patients::get(s, id)->status == QLatin1String("enrolled") ? 1 : 0; }), 0);

        r = cli(QStringLiteral("doctor"), sign + QStringList{QStringLiteral("eligible"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("enrolled"));
        QCOMPARE(r.json().value(QStringLiteral("screening_id")).toString(), screeningId);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
        // Signed once.
        r = cli(QStringLiteral("doctor"), sign + QStringList{QStringLiteral("eligible")});
        QCOMPARE(r.exitCode, 4);
    }

    void screeningIncompleteCannotBeSigned()
    {
        QVERIFY(!addPatient(QStringLiteral("GX01-102")).isEmpty());
        CliRun r = cli(QStringLiteral("coord"), {QStringLiteral("screening"), QStringLiteral("submit"), QStringLiteral("--subject-id"),
                                                 QStringLiteral("GX01-102"), QStringLiteral("-")},
                       R"({"assessment_date": ")" + iso(m_today).toUtf8() + R"(", "informed_consent_signed": true})");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
        r = cli(QStringLiteral("doctor"), {QStringLiteral("screening"), QStringLiteral("sign"), QStringLiteral("--subject-id"),
                                           QStringLiteral("GX01-102"), QStringLiteral("--decision"), QStringLiteral("eligible")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("incomplete"), r.err.constData());
    }

    // Signed ineligible: a screen failure, the investigator's reason kept in the audit trail
    // with the change of status, the screening signed by the investigator.
    void screeningSignedIneligible()
    {
        const QString id = addPatient(QStringLiteral("GX01-103"));
        QVERIFY(!id.isEmpty());
        CliRun r = cli(QStringLiteral("coord"), {QStringLiteral("screening"), QStringLiteral("submit"), QStringLiteral("--subject-id"),
                                                 QStringLiteral("GX01-103"), QStringLiteral("-")},
                       bytes(patched(loadFixture(QStringLiteral("eligible-patient.json")), QStringLiteral("ecog=3"))));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ineligible"));
        const QStringList sign{QStringLiteral("screening"), QStringLiteral("sign"), QStringLiteral("--subject-id"), QStringLiteral("GX01-103"),
                               QStringLiteral("--decision")};
        r = cli(QStringLiteral("doctor"), sign + QStringList{QStringLiteral("eligible")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("decision: ") && r.err.contains("ineligible"), r.err.constData());
        r = cli(QStringLiteral("doctor"), sign + QStringList{QStringLiteral("ineligible"), QStringLiteral("--reason"),
                                                             QStringLiteral("ECOG 3 at screening"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("screen_failed"));
        QCOMPARE(r.json().value(QStringLiteral("signed_by")).toString(), QStringLiteral("doctor"));
        auto s = m_site.signIn(QStringLiteral("doctor"));
        QVERIFY(s);
        auto st = s->db().prepare(QStringLiteral("SELECT user_name, reason FROM audit WHERE table_name = 'patients' AND record_id = ?"
                                                 " AND field = 'status' ORDER BY seq DESC LIMIT 1"));
        QVERIFY(st.ok());
        st->bind(1, id);
        QVERIFY(st->next().value());
        QCOMPARE(st->text(0), QStringLiteral("doctor"));
        QVERIFY2(st->text(1).contains(QStringLiteral("ECOG 3 at screening")), qPrintable(st->text(1)));
    }

    void screeningBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong type") << QByteArray(R"({"ecog":"two"})") << "ecog";
        QTest::newRow("unknown key") << QByteArray(R"({"bmi":22})") << "bmi";
        QTest::newRow("lab unit") << QByteArray(R"({"labs":{"hemoglobin":{"value":12,"unit":"g/mL"}}})") << "labs.hemoglobin.unit";
        QTest::newRow("rt_plan key") << QByteArray(R"({"rt_plan":{"intent":"curative?"}})") << "rt_plan.intent";
        QTest::newRow("date") << QByteArray(R"({"assessment_date":"2026-02-30"})") << "assessment_date";
        QTest::newRow("not json") << QByteArray("{ecog: 1") << "(input)";
        // GX01-101 is enrolled: its signed screening stands (a new one refused, named by the status).
        QTest::newRow("patient enrolled") << QByteArray("{}") << "status";
    }

    void screeningBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        auto screenings = [](Session &s) {
            return static_cast<int>(Screenings::list(s, Patients::bySubjectId(s, QStringLiteral("GX01-101"))->id)->size());
        };
        const int before = count(screenings);
        const CliRun r = cli(QStringLiteral("coord"), {QStringLiteral("screening"), QStringLiteral("submit"), QStringLiteral("--subject-id"),
                                                       QStringLiteral("GX01-101"), QStringLiteral("-")}, input);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QByteArray(field.toUtf8() + ": ")), r.err.constData());
        QCOMPARE(count(screenings), before);
    }
    void planSet()
    {
        QVERIFY(!addPatient(QStringLiteral("GX01-201")).isEmpty());
        const QStringList set{QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("--subject-id"), QStringLiteral("GX01-201")};
        // A coordinator does not enter radiotherapy.
        CliRun r = cli(QStringLiteral("coord"), set + QStringList{QStringLiteral("-")}, bytes(plan()));
        QCOMPARE(r.exitCode, 3);
        // Nor does a nurse prescribe it (issue 12): the plan is the investigator's.
        r = cli(QStringLiteral("nurse"), set + QStringList{QStringLiteral("-")}, bytes(plan()));
        QCOMPARE(r.exitCode, 3);
        r = cli(QStringLiteral("doctor"), set + QStringList{QStringLiteral("--json"), write(QStringLiteral("plan.json"), bytes(plan()))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("dose_per_fraction_gy")).toDouble(), 2.0);
        QCOMPARE(r.json().value(QStringLiteral("chemotherapy_agent")).toString(), QStringLiteral("cisplatin"));
        auto saved = [](Session &s) {
            auto p = Radiotherapy::plan(s, Patients::bySubjectId(s, QStringLiteral("GX01-201"))->id);
            return p.ok() && p.value() ? p.value()->fractions * 1000 + p.value()->version : -1;
        };
        QCOMPARE(count(saved), 35 * 1000 + 1);
        // A change of the saved plan needs a reason (usage), then is a new version.
        QJsonObject changed = plan();
        changed.insert(QStringLiteral("fractions"), 33);
        changed.insert(QStringLiteral("total_dose_gy"), 66);
        r = cli(QStringLiteral("doctor"), set + QStringList{QStringLiteral("-")}, bytes(changed));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--reason"));
        QCOMPARE(count(saved), 35 * 1000 + 1);
        r = cli(QStringLiteral("doctor"), set + QStringList{QStringLiteral("--reason"), QStringLiteral("replanned"), QStringLiteral("-")}, bytes(changed));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(saved), 33 * 1000 + 2);
    }

    // Every command that reads one FILE (or -) refuses none or two as a usage error (2) before
    // it signs in: no --user here, which would otherwise be exit 3.
    void oneFileArgumentBeforeSignIn_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList subject{QStringLiteral("--subject-id"), QStringLiteral("GX01-201")};
        const QStringList two{QStringLiteral("a.json"), QStringLiteral("b.json")};
        QTest::newRow("plan set, none") << (QStringList{QStringLiteral("plan"), QStringLiteral("set")} + subject);
        QTest::newRow("plan set, two") << (QStringList{QStringLiteral("plan"), QStringLiteral("set")} + subject + two);
        QTest::newRow("labs add, none") << (QStringList{QStringLiteral("labs"), QStringLiteral("add")} + subject);
        QTest::newRow("fraction import, two") << (QStringList{QStringLiteral("fraction"), QStringLiteral("import")} + subject + two);
        QTest::newRow("screening submit, none") << (QStringList{QStringLiteral("screening"), QStringLiteral("submit")} + subject);
        QTest::newRow("visit record, two")
            << (QStringList{QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--date"), QStringLiteral("2026-11-20")} + subject + two);
    }

    void oneFileArgumentBeforeSignIn()
    {
        QFETCH(QStringList, args);
        const CliRun r = runCli(args + QStringList{QStringLiteral("--db"), m_site.path()}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("FILE"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void planBadInput_data()
    {
        QTest::addColumn<QString>("assignments");
        QTest::addColumn<QString>("field");
        QTest::newRow("weekday 8") << "treatment_weekdays=[1,8]" << "treatment_weekdays[1]";
        QTest::newRow("weekday twice") << "treatment_weekdays=[1,1]" << "treatment_weekdays[1]";
        QTest::newRow("no weekday") << "treatment_weekdays=[]" << "treatment_weekdays";
        QTest::newRow("dose 0") << "total_dose_gy=0" << "total_dose_gy";
        QTest::newRow("dose 200.5") << "total_dose_gy=200.5" << "total_dose_gy";
        QTest::newRow("fractions 0") << "fractions=0" << "fractions";
        QTest::newRow("fractions 101") << "fractions=101" << "fractions";
        QTest::newRow("fractions 2.5") << "fractions=2.5" << "fractions";
        QTest::newRow("uneven") << "fractions=3" << "fractions";
        QTest::newRow("per fraction wrong") << "dose_per_fraction_gy=2.1" << "dose_per_fraction_gy";
        QTest::newRow("no start") << "start_date=" << "start_date";
        QTest::newRow("bad start") << "start_date=\"2026-02-30\"" << "start_date";
        QTest::newRow("oral cavity missing") << "fields_include_oral_cavity=" << "fields_include_oral_cavity";
        QTest::newRow("chemo without agent") << "chemotherapy_agent=" << "chemotherapy_agent";
        QTest::newRow("agent without chemo") << "concurrent_chemotherapy=false" << "chemotherapy_agent";
        QTest::newRow("unknown key") << "boost_gy=10" << "boost_gy";
        QTest::newRow("wrong type") << "technique=3" << "technique";
    }

    void planBadInput()
    {
        QFETCH(QString, assignments);
        QFETCH(QString, field);
        if (count([](Session &s) { return Patients::bySubjectId(s, QStringLiteral("GX01-202")).ok() ? 1 : 0; }) == 0)
            QVERIFY(!addPatient(QStringLiteral("GX01-202")).isEmpty());
        const CliRun r = cli(QStringLiteral("doctor"), {QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("--subject-id"),
                                                        QStringLiteral("GX01-202"), QStringLiteral("-")},
                             bytes(patched(plan(), assignments)));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QByteArray(field.toUtf8() + ": ")), r.err.constData());
        QCOMPARE(count([](Session &s) {
                     return Radiotherapy::plan(s, Patients::bySubjectId(s, QStringLiteral("GX01-202"))->id)->has_value() ? 1 : 0;
                 }), 0);
    }

    void fractions()
    {
        // GX01-201 has the 33-fraction plan of planSet.
        const QStringList add{QStringLiteral("fraction"), QStringLiteral("add"), QStringLiteral("--subject-id"), QStringLiteral("GX01-201")};
        auto logged = [](Session &s) {
            return static_cast<int>(Radiotherapy::fractions(s, Patients::bySubjectId(s, QStringLiteral("GX01-201"))->id)->size());
        };
        CliRun r = cli(QStringLiteral("nurse"), add + QStringList{QStringLiteral("--date"), iso(m_today.addDays(-14)),
                                                                  QStringLiteral("--status"), QStringLiteral("delivered"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("dose_gy")).toDouble(), 2.0);   // the plan's dose per fraction
        r = cli(QStringLiteral("nurse"), add + QStringList{QStringLiteral("--date"), iso(m_today.addDays(-13)), QStringLiteral("--status"),
                                                           QStringLiteral("held"), QStringLiteral("--reason"), QStringLiteral("mucositis")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(logged), 2);
        struct Bad {
            QStringList args;
            QByteArray field;
        };
        const QList<Bad> bad{
            {{QStringLiteral("--date"), QStringLiteral("2026-02-30"), QStringLiteral("--status"), QStringLiteral("delivered")}, "date: "},
            {{QStringLiteral("--date"), iso(m_today.addDays(1)), QStringLiteral("--status"), QStringLiteral("delivered")}, "date: "},
            {{QStringLiteral("--date"), iso(m_today.addDays(-12)), QStringLiteral("--status"), QStringLiteral("given")}, "status: "},
            {{QStringLiteral("--date"), iso(m_today.addDays(-12)), QStringLiteral("--status"), QStringLiteral("missed")}, "reason: "},
            {{QStringLiteral("--date"), iso(m_today.addDays(-12)), QStringLiteral("--status"), QStringLiteral("delivered"),
              QStringLiteral("--dose-gy"), QStringLiteral("31")}, "dose-gy: "},
            {{QStringLiteral("--date"), iso(m_today.addDays(-12)), QStringLiteral("--status"), QStringLiteral("delivered"),
              QStringLiteral("--dose-gy"), QStringLiteral("two")}, "dose-gy: "},
            {{QStringLiteral("--date"), iso(m_today.addDays(-13)), QStringLiteral("--status"), QStringLiteral("delivered")}, "date: "},
        };
        for (const Bad &b : bad) {
            r = cli(QStringLiteral("nurse"), add + b.args);
            QCOMPARE(r.exitCode, 4);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains(b.field), r.err.constData());
        }
        QCOMPARE(count(logged), 2);

        // Import: one bad line refuses the whole file; then the good file goes in, once.
        const QByteArray good = "date,fraction,dose\n" + iso(m_today.addDays(-12)).toUtf8() + ",2,2\n"
                                + iso(m_today.addDays(-11)).toUtf8() + ",3,2\n";
        const QStringList import{QStringLiteral("fraction"), QStringLiteral("import"), QStringLiteral("--subject-id"), QStringLiteral("GX01-201")};
        r = cli(QStringLiteral("nurse"), import + QStringList{write(QStringLiteral("bad.csv"), good + "2026-13-01,4,2\n")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("file: line 4: "), r.err.constData());
        QCOMPARE(count(logged), 2);
        r = cli(QStringLiteral("nurse"), import + QStringList{QStringLiteral("--json"), write(QStringLiteral("good.csv"), good)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 2);
        r = cli(QStringLiteral("nurse"), import + QStringList{QStringLiteral("--json"), QStringLiteral("-")}, good);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("already_present")).toInt(), 2);
        QCOMPARE(count(logged), 4);
        QCOMPARE(count([](Session &s) {
                     return static_cast<int>(Radiotherapy::cumulativeDose(s, Patients::bySubjectId(s, QStringLiteral("GX01-201"))->id)->toLongLong());
                 }), 6);
    }

    void labs()
    {
        auto stored = [](Session &s) {
            return static_cast<int>(Labs::list(s, Patients::bySubjectId(s, QStringLiteral("GX01-201"))->id)->size());
        };
        const QString collected = iso(m_today.addDays(-1)) + QStringLiteral("T08:30");
        const QJsonObject wbc{{QStringLiteral("value"), 4.2}, {QStringLiteral("unit"), QStringLiteral("10^9/L")}};
        const QJsonObject base{{QStringLiteral("collected"), collected}, {QStringLiteral("results"), QJsonObject{{QStringLiteral("wbc"), wbc}}}};
        const QStringList add{QStringLiteral("labs"), QStringLiteral("add"), QStringLiteral("--subject-id"), QStringLiteral("GX01-201")};
        CliRun r = cli(QStringLiteral("nurse"), add + QStringList{QStringLiteral("--json"), QStringLiteral("-")},
                       bytes(patched(base, QStringLiteral("results.hemoglobin={\"value\":12.1,\"unit\":\"g/dL\"};"
                                                          "results.creatinine={\"value\":80,\"unit\":\"umol/L\"}"))));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue &v : results)
            if (v.toObject().value(QStringLiteral("analyte")).toString() == QLatin1String("hemoglobin")) {
                QCOMPARE(v.toObject().value(QStringLiteral("si_value")).toDouble(), 121.0);
                QCOMPARE(v.toObject().value(QStringLiteral("panel")).toString(), QStringLiteral("blood_count"));
            }
        // The site's clock (Asia/Shanghai): 08:30 there is 00:30 UTC.
        QCOMPARE(r.json().value(QStringLiteral("collected_utc")).toString().mid(11, 5), QStringLiteral("00:30"));
        QCOMPARE(count(stored), 3);
        const QList<QPair<QString, QByteArray>> bad{
            {QStringLiteral("results.wbc.unit=\"g/L\""), "results.wbc.unit: "},
            {QStringLiteral("results.wbc.value=4000"), "results.wbc.value: "},
            {QStringLiteral("results.wbc.value="), "results.wbc.value: "},
            {QStringLiteral("results.wbc.value=\"4\""), "results.wbc.value: "},
            {QStringLiteral("results.esr={\"value\":4,\"unit\":\"mm/h\"}"), "results.esr: "},
            {QStringLiteral("results.wbc.flag=\"H\""), "results.wbc.flag: "},
            {QStringLiteral("results={}"), "results: "},
            {QStringLiteral("collected=\"2026-11-31T08:00\""), "collected: "},
            {QStringLiteral("collected=\"%1T08:00\"").arg(iso(m_today.addDays(2))), "collected: "},
            {QStringLiteral("collected="), "collected: "},
        };
        for (const auto &[assignments, field] : bad) {
            r = cli(QStringLiteral("nurse"), add + QStringList{QStringLiteral("-")}, bytes(patched(base, assignments)));
            QCOMPARE(r.exitCode, 4);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains(field), QByteArray(field + " / " + r.err).constData());
        }
        // A key given twice is refused, not silently one of the two.
        QByteArray twice = bytes(base);
        twice.chop(1);
        twice += ",\"results\":{}}";
        r = cli(QStringLiteral("nurse"), add + QStringList{QStringLiteral("-")}, twice);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("results"), r.err.constData());
        QCOMPARE(count(stored), 3);
    }

    // screening submit: what the input gives overrides the site's record key by key; the rest
    // (the plan's dose and fields, the latest labs) comes from the record.
    void screeningUsesTheSiteRecord()
    {
        // GX01-201: the 66 Gy plan with the oral cavity in the fields, labs of yesterday.
        const QJsonObject input = patched(loadFixture(QStringLiteral("eligible-patient.json")),
                                          QStringLiteral("assessment_date=\"%1\";rt_plan.total_dose_gy=;rt_plan.fields_include_oral_cavity=;"
                                                         "rt_plan.fields_include_oropharynx=;labs.wbc=;labs.hemoglobin=").arg(iso(m_today)));
        const QStringList submit{QStringLiteral("screening"), QStringLiteral("submit"), QStringLiteral("--subject-id"),
                                 QStringLiteral("GX01-201"), QStringLiteral("-")};
        CliRun r = cli(QStringLiteral("doctor"), submit, bytes(input));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("eligible"));
        QCOMPARE(r.json().value(QStringLiteral("derived")).toObject().value(QStringLiteral("hemoglobin_g_l")).toDouble(), 121.0);
        auto inputs = [](Session &s) {
            const auto all = Screenings::list(s, Patients::bySubjectId(s, QStringLiteral("GX01-201"))->id);
            return all->isEmpty() ? -1 : all->last().inputs.value(QStringLiteral("rt_plan")).toObject().value(QStringLiteral("total_dose_gy")).toInt();
        };
        QCOMPARE(count(inputs), 66);
        // labs of the wrong type are named, not replaced by the record's.
        r = cli(QStringLiteral("doctor"), submit, bytes(patched(input, QStringLiteral("labs=5"))));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("labs: "), r.err.constData());
    }

    void visits()
    {
        const QStringList record{QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--subject-id"), QStringLiteral("GX01-201"),
                                 QStringLiteral("--date"), iso(m_today)};
        // Grading is the investigator's.
        CliRun r = cli(QStringLiteral("nurse"), record + QStringList{QStringLiteral("-")}, bytes(severeExam()));
        QCOMPARE(r.exitCode, 3);
        // The example of docs/clinical-exam.md.
        r = cli(QStringLiteral("doctor"), record + QStringList{QStringLiteral("--json"), test::fixturePath(QStringLiteral("exam-who3.json"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject visit = r.json();
        const QString visitId = visit.value(QStringLiteral("visit_id")).toString();
        QVERIFY(!visitId.isEmpty());
        const QJsonObject grades = visit.value(QStringLiteral("grades")).toObject();
        // The grades are the calculators' on the findings the exam gives (clinical/Exam).
        for (const QString &scale : {QStringLiteral("who"), QStringLiteral("ctcae"), QStringLiteral("rtog")}) {
            auto exam = examFromJson(severeExam());
            QVERIFY(exam.ok());
            const Findings f = findingsFromExam(exam.value());
            const int expected = scale == QLatin1String("who") ? gradeWho(f).grade : scale == QLatin1String("ctcae") ? gradeCtcae(f).grade
                                                                                                                    : gradeRtog(f).grade;
            QCOMPARE(grades.value(scale).toObject().value(QStringLiteral("grade")).toInt(), expected);
        }
        QCOMPARE(grades.value(QStringLiteral("who")).toObject().value(QStringLiteral("grade")).toInt(), 3);
        QCOMPARE(grades.value(QStringLiteral("omas")).toObject().value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(grades.value(QStringLiteral("omas")).toObject().value(QStringLiteral("sites_scored")).toInt(), 8);
        QCOMPARE(visit.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(visit.value(QStringLiteral("fraction_number")).toInt(), 3);
        QCOMPARE(visit.value(QStringLiteral("cumulative_dose_gy")).toDouble(), 6.0);
        // Plain text: the id and every grade.
        r = cli(QStringLiteral("doctor"), {QStringLiteral("visit"), QStringLiteral("list"), QStringLiteral("--subject-id"), QStringLiteral("GX01-201")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(visitId.toUtf8()) && r.out.contains("WHO 3") && r.out.contains("draft"), r.out.constData());

        // Only an investigator signs; an unknown visit is named by --visit.
        const QStringList sign{QStringLiteral("visit"), QStringLiteral("sign"), QStringLiteral("--visit")};
        r = cli(QStringLiteral("nurse"), sign + QStringList{visitId});
        QCOMPARE(r.exitCode, 3);
        r = cli(QStringLiteral("doctor"), sign + QStringList{QStringLiteral("no-such-visit")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("visit: "), r.err.constData());
        r = cli(QStringLiteral("doctor"), sign + QStringList{visitId, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
        QCOMPARE(r.json().value(QStringLiteral("signed_by")).toString(), QStringLiteral("doctor"));
        QCOMPARE(r.json().value(QStringLiteral("adverse_event_drafted")).toBool(), true);
        r = cli(QStringLiteral("doctor"), sign + QStringList{visitId});
        QCOMPARE(r.exitCode, 4);

        r = cli(QStringLiteral("monitor"), {QStringLiteral("visit"), QStringLiteral("list"), QStringLiteral("--subject-id"),
                                            QStringLiteral("GX01-201"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().value(QStringLiteral("visits")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("grades")).toObject().value(QStringLiteral("ctcae")).toObject()
                     .value(QStringLiteral("grade")).toInt(), 3);
    }

    void visitBadInput_data()
    {
        QTest::addColumn<QString>("assignments");
        QTest::addColumn<QString>("field");
        QTest::newRow("omas out of range") << "omas_sites.left_cheek.ulceration=5" << "omas_sites.left_cheek.ulceration";
        QTest::newRow("omas unknown site") << "omas_sites.nose={\"ulceration\":0,\"erythema\":0}" << "omas_sites.nose";
        QTest::newRow("omas missing") << "omas_sites=" << "omas_sites";
        QTest::newRow("diet missing") << "diet=" << "diet";
        QTest::newRow("diet unknown") << "diet=\"solid\"" << "diet";
        QTest::newRow("flag wrong type") << "death=\"no\"" << "death";
        QTest::newRow("unknown key") << "ulcers=true" << "ulcers";
    }

    void visitBadInput()
    {
        QFETCH(QString, assignments);
        QFETCH(QString, field);
        auto visits = [](Session &s) {
            return static_cast<int>(Assessments::list(s, Patients::bySubjectId(s, QStringLiteral("GX01-201"))->id, true)->size());
        };
        const int before = count(visits);
        const CliRun r = cli(QStringLiteral("doctor"), {QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--subject-id"),
                                                        QStringLiteral("GX01-201"), QStringLiteral("--date"), iso(m_today), QStringLiteral("-")},
                             bytes(patched(severeExam(), assignments)));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QByteArray(field.toUtf8() + ": ")), r.err.constData());
        QCOMPARE(count(visits), before);
    }

    void visitBadOptions()
    {
        CliRun r = cli(QStringLiteral("doctor"), {QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--subject-id"),
                                                  QStringLiteral("GX01-201"), QStringLiteral("--date"), QStringLiteral("29.11.2026"), QStringLiteral("-")},
                       bytes(severeExam()));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("date: "));
        r = cli(QStringLiteral("doctor"), {QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--subject-id"),
                                           QStringLiteral("GX01-999"), QStringLiteral("--date"), iso(m_today), QStringLiteral("-")},
                bytes(severeExam()));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("subject-id: "));
        r = cli(QStringLiteral("doctor"), {QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--subject-id"),
                                           QStringLiteral("GX01-201"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTrial)
#include "tst_cli_trial.moc"
