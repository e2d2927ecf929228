// The calculator sub-commands end to end, as hospital scripts call them: files and
// standard input, exit statuses, nothing on stdout when the input is invalid.
#include "CliRunner.h"
#include "JsonPatch.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace muco::test;

class TestCliCalculators : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private slots:
    void eligibilityFromFile()
    {
        const CliRun r = runCli({QStringLiteral("eligibility"), QStringLiteral("check"), QStringLiteral(MUCOTRACK_FIXTURES "/eligible-patient.json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("protocol")).toString(), QStringLiteral("NCT07312656"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("eligible"));
        const QJsonArray criteria = o.value(QStringLiteral("criteria")).toArray();
        QCOMPARE(criteria.size(), 21);
        QCOMPARE(criteria.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("inclusion"));
        QCOMPARE(criteria.last().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("E11"));
        const QJsonObject derived = o.value(QStringLiteral("derived")).toObject();
        QCOMPARE(derived.value(QStringLiteral("age_years")).toInt(), 66);
        QCOMPARE(derived.value(QStringLiteral("creatinine_clearance_source")).toString(), QStringLiteral("cockcroft_gault"));
        QCOMPARE(derived.value(QStringLiteral("hemoglobin_g_l")).toDouble(), 121.0);
    }

    void eligibilityFromStdin()
    {
        const CliRun r = runCli({QStringLiteral("eligibility"), QStringLiteral("check"), QStringLiteral("-")},
                                R"({"informed_consent_signed": false})");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ineligible"));
    }

    void invalidInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        const QStringList elig{QStringLiteral("eligibility"), QStringLiteral("check"), QStringLiteral("-")};
        QTest::newRow("unknown unit") << elig << QByteArray(R"({"labs":{"hemoglobin":{"value":12,"unit":"g/mL"}}})") << "labs.hemoglobin.unit";
        QTest::newRow("impossible value") << elig << QByteArray(R"({"labs":{"hemoglobin":{"value":300,"unit":"g/L"}}})") << "labs.hemoglobin.value";
        QTest::newRow("malformed date") << elig << QByteArray(R"({"assessment_date":"2026-02-30"})") << "assessment_date";
        QTest::newRow("wrong type") << elig << QByteArray(R"({"ecog":"two"})") << "ecog";
        QTest::newRow("unknown key") << elig << QByteArray(R"({"ecog":1,"bmi":22})") << "bmi";
        QTest::newRow("not json") << elig << QByteArray("{ecog: 1") << "(input)";
        QTest::newRow("grade wrong type") << QStringList{QStringLiteral("grade"), QStringLiteral("who"), QStringLiteral("-")}
                                          << QByteArray(R"({"ulcers":"yes"})") << "ulcers";
        QTest::newRow("omas out of range") << QStringList{QStringLiteral("grade"), QStringLiteral("omas"), QStringLiteral("-")}
                                           << QByteArray(R"({"sites":{"left_cheek":{"ulceration":5,"erythema":0}}})") << "sites.left_cheek.ulceration";
        QTest::newRow("dose after as_of") << QStringList{QStringLiteral("dose"), QStringLiteral("summary"), QStringLiteral("-")}
                                          << QByteArray(R"({"as_of":"2026-11-02","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02"},"fractions":[{"date":"2026-11-03","dose_gy":2,"status":"delivered"}]})")
                                          << "fractions[0].date";
    }

    void invalidInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        const CliRun r = runCli(args, input);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QByteArray(field.toUtf8() + ": ")), r.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("grade"), QStringLiteral("nci"), QStringLiteral("-")}, "{}").exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("eligibility"), QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("eligibility"), QStringLiteral("check"), m_dir.path() + QStringLiteral("/absent.json")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("eligibility check"));
    }

    void gradeEachScale_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QByteArray>("findings");
        QTest::addColumn<int>("grade");
        // One set of findings, recorded once, read by every scale.
        const QByteArray f = R"({"soreness":true,"erythema":true,"ulcers":true,"diet":"liquid",
            "findings_present":true,"symptoms":"severe","ulcer":true,"oral_intake":"interfered",
            "life_threatening":false,"urgent_intervention_indicated":false,"death":false,
            "irritation":true,"pain":"severe","analgesia":"narcotic","mucositis":"confluent",
            "ulceration_hemorrhage_necrosis":false,
            "sites":{"upper_lip":{"ulceration":2,"erythema":1},"left_cheek":{"ulceration":3,"erythema":2}}})";
        QTest::newRow("who") << "who" << f << 3;
        QTest::newRow("ctcae") << "ctcae" << f << 3;
        QTest::newRow("rtog") << "rtog" << f << 3;
    }

    void gradeEachScale()
    {
        QFETCH(QString, scale);
        QFETCH(QByteArray, findings);
        QFETCH(int, grade);
        const QString file = write(scale + QStringLiteral(".json"), findings);
        const CliRun r = runCli({QStringLiteral("grade"), scale, file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("scale")).toString(), scale);
        QCOMPARE(r.json().value(QStringLiteral("grade")).toInt(), grade);
        QVERIFY(!r.json().value(QStringLiteral("label")).toString().isEmpty());
        QVERIFY(r.json().value(QStringLiteral("warnings")).isArray());
    }

    void omasOutput()
    {
        const CliRun r = runCli({QStringLiteral("grade"), QStringLiteral("omas"), QStringLiteral("-")},
                                R"({"sites":{"upper_lip":{"ulceration":2,"erythema":1},"left_cheek":{"ulceration":3,"erythema":2}}})");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ulceration_total")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("erythema_total")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 8);
        QCOMPARE(o.value(QStringLiteral("mean")).toDouble(), 4.0);
        QCOMPARE(o.value(QStringLiteral("sites_scored")).toInt(), 2);
        QVERIFY(!o.contains(QStringLiteral("grade")));
    }

    void doseSummary()
    {
        const CliRun r = runCli({QStringLiteral("dose"), QStringLiteral("summary"), QStringLiteral("-")},
                                R"({"as_of":"2026-11-04","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02"},
                                    "holidays":["2026-12-25"],
                                    "fractions":[{"date":"2026-11-02","dose_gy":2.0,"status":"delivered"},
                                                 {"date":"2026-11-03","dose_gy":2.0,"status":"delivered"},
                                                 {"date":"2026-11-04","status":"missed"}]})");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("delivered_fractions")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("cumulative_dose_gy")).toDouble(), 4.0);
        QCOMPARE(o.value(QStringLiteral("remaining_fractions")).toInt(), 33);
        QCOMPARE(o.value(QStringLiteral("remaining_dose_gy")).toDouble(), 66.0);
        QCOMPARE(o.value(QStringLiteral("bed_gy")).toDouble(), 4.8);
        QCOMPARE(o.value(QStringLiteral("eqd2_gy")).toDouble(), 4.0);
        QCOMPARE(o.value(QStringLiteral("missed_treatment_days")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("overall_treatment_days")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("first_fraction_date")).toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(o.value(QStringLiteral("last_fraction_date")).toString(), QStringLiteral("2026-11-03"));
        // 33 weekdays from Thu 5 Nov: ... Mon 21 Dec.
        QCOMPARE(o.value(QStringLiteral("projected_completion_date")).toString(), QStringLiteral("2026-12-21"));
        QCOMPARE(qRound(o.value(QStringLiteral("percent_complete")).toDouble() * 100), 571);
    }
};

QTEST_GUILESS_MAIN(TestCliCalculators)
#include "tst_cli_calculators.moc"
