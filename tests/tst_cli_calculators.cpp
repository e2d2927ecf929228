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
        const CliRun r = runCli({QStringLiteral("eligibility"), QStringLiteral("check"), fixturePath(QStringLiteral("eligible-patient.json"))});
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
                                          << QByteArray(R"({"soreness":true,"erythema":false,"ulcers":"yes","diet":"solid"})") << "ulcers";
        QTest::newRow("omas out of range") << QStringList{QStringLiteral("grade"), QStringLiteral("omas"), QStringLiteral("-")}
                                           << QByteArray(R"({"sites":{"left_cheek":{"ulceration":5,"erythema":0}}})") << "sites.left_cheek.ulceration";
        // 2nd ed.
        const QStringList grade{QStringLiteral("grade"), QStringLiteral("ctcae"), QStringLiteral("-")};
        const QStringList dose{QStringLiteral("dose"), QStringLiteral("summary"), QStringLiteral("-")};
        QTest::newRow("grade {} (was CTCAE 0)") << grade << QByteArray("{}") << "findings_present";
        QTest::newRow("grade key absent") << QStringList{QStringLiteral("grade"), QStringLiteral("who"), QStringLiteral("-")}
                                          << QByteArray(R"({"soreness":true,"erythema":false,"ulcers":false})") << "diet";
        QTest::newRow("omas without sites") << QStringList{QStringLiteral("grade"), QStringLiteral("omas"), QStringLiteral("-")}
                                            << QByteArray("{}") << "sites";
        QTest::newRow("grade key twice") << QStringList{QStringLiteral("grade"), QStringLiteral("who"), QStringLiteral("-")}
                                         << QByteArray(R"({"soreness":true,"erythema":false,"ulcers":false,"diet":"solid","ulcers":true})") << "ulcers";
        QTest::newRow("eligibility lab key twice") << elig << QByteArray(R"({"labs":{"hemoglobin":{"value":121,"unit":"g/L","value":80}}})")
                                                   << "labs.hemoglobin.value";
        QTest::newRow("dose fraction key twice") << dose
            << QByteArray(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02"},
                              "fractions":[{"date":"2026-11-02","dose_gy":2,"status":"delivered"},{"date":"2026-11-03","dose_gy":2,"status":"delivered","status":"missed"}]})")
            << "fractions[1].status";
        QTest::newRow("weight 1e-9 kg") << elig << QByteArray(R"({"weight_kg":1e-9})") << "weight_kg";
        QTest::newRow("creatinine 0.001 mg/dL") << elig << QByteArray(R"({"labs":{"creatinine":{"value":0.001,"unit":"mg/dL"}}})")
                                                << "labs.creatinine.value";
        QTest::newRow("fraction without status") << dose
            << QByteArray(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02"},"fractions":[{"date":"2026-11-02","dose_gy":2}]})")
            << "fractions[0].status";
        QTest::newRow("omas ulceration 1e300") << QStringList{QStringLiteral("grade"), QStringLiteral("omas"), QStringLiteral("-")}
                                               << QByteArray(R"({"sites":{"left_cheek":{"ulceration":1e300,"erythema":0}}})") << "sites.left_cheek.ulceration";
        QTest::newRow("weekday 1e300") << dose
            << QByteArray(R"({"as_of":"2026-11-03","plan":{"total_dose_gy":70,"fractions":35,"start_date":"2026-11-02","treatment_weekdays":[1e300]}})")
            << "plan.treatment_weekdays[0]";
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

    // reference.md: all nine sites examined, scored 0 unless not assessable (null or left out).
    void omasNineSitesExamined()
    {
        const CliRun r = runCli({QStringLiteral("grade"), QStringLiteral("omas"), QStringLiteral("-")},
                                R"({"sites":{"upper_lip":{"ulceration":3,"erythema":2},"lower_lip":{"ulceration":0,"erythema":0},
                                    "right_cheek":{"ulceration":0,"erythema":0},"left_cheek":{"ulceration":0,"erythema":0},
                                    "right_tongue":{"ulceration":0,"erythema":0},"left_tongue":{"ulceration":0,"erythema":0},
                                    "floor_of_mouth":{"ulceration":0,"erythema":0},"soft_palate":{"ulceration":0,"erythema":0},
                                    "hard_palate":{"ulceration":0,"erythema":0}}})");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(r.json().value(QStringLiteral("sites_scored")).toInt(), 9);
        QCOMPARE(r.json().value(QStringLiteral("mean")).toDouble(), 0.5556);
    }

    void doseExcess()
    {
        QByteArray fractions;
        for (int day = 2; day <= 6; ++day)
            fractions += QStringLiteral(R"(%1{"date":"2026-11-0%2","dose_gy":2.5,"status":"delivered"})").arg(day > 2 ? QStringLiteral(",") : QString()).arg(day).toUtf8();
        const CliRun r = runCli({QStringLiteral("dose"), QStringLiteral("summary"), QStringLiteral("-")},
                                R"({"as_of":"2026-11-06","plan":{"total_dose_gy":10,"fractions":5,"start_date":"2026-11-02"},"fractions":[)"
                                    + fractions + "]}");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("cumulative_dose_gy")).toDouble(), 12.5);
        QCOMPARE(o.value(QStringLiteral("remaining_dose_gy")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("excess_dose_gy")).toDouble(), 2.5);
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 1);
        QVERIFY(o.value(QStringLiteral("warnings")).toArray().first().toString().contains(QStringLiteral("2.5 Gy")));
    }

    void eligibilityDetailNeverContradicts()
    {
        // 74 x 89.9928 / (72 x 1.85) = 49.996 mL/min: fails I7, and says so truthfully.
        QJsonObject o = muco::test::loadFixture(QStringLiteral("eligible-patient.json"));
        o = muco::test::patched(o, QStringLiteral("weight_kg=89.9928;labs.creatinine={\"value\":1.85,\"unit\":\"mg/dL\",\"uln\":1.2};"
                                                  "labs.alt={\"value\":100.001,\"unit\":\"U/L\",\"uln\":40}"));
        const CliRun r = runCli({QStringLiteral("eligibility"), QStringLiteral("check"), QStringLiteral("-")}, QJsonDocument(o).toJson());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray criteria = r.json().value(QStringLiteral("criteria")).toArray();
        const QJsonObject i6 = criteria.at(5).toObject();
        const QJsonObject i7 = criteria.at(6).toObject();
        QCOMPARE(i6.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
        QVERIFY2(i6.value(QStringLiteral("detail")).toString().contains(QStringLiteral("ALT 100.001 U/L > 100 U/L = 2.5 x ULN")),
                 qPrintable(i6.value(QStringLiteral("detail")).toString()));
        QCOMPARE(i7.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
        QVERIFY2(i7.value(QStringLiteral("detail")).toString().contains(QStringLiteral("Creatinine clearance 49.996 mL/min (Cockcroft-Gault) < 50")),
                 qPrintable(i7.value(QStringLiteral("detail")).toString()));
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
        QCOMPARE(o.value(QStringLiteral("excess_dose_gy")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCalculators)
#include "tst_cli_calculators.moc"
