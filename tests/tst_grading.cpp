// Each scale's derivation (highest matching grade first), its verbatim label, and the
// warnings for contradictory answers; OMAS totals; invalid findings named by path.
#include "clinical/Exam.h"
#include "clinical/GradingJson.h"
#include "clinical/JsonFields.h"
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace muco;

namespace {
QJsonObject obj(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

// Every key each scale uses, at its "nothing found" answer: rows state only what differs.
QJsonObject defaults(const QString &scale)
{
    if (scale == QLatin1String("who"))
        return obj(R"({"soreness":false,"erythema":false,"ulcers":false,"diet":"solid"})");
    if (scale == QLatin1String("ctcae"))
        return obj(R"({"findings_present":false,"symptoms":"none","ulcer":false,"oral_intake":"normal",
                       "life_threatening":false,"urgent_intervention_indicated":false,"death":false})");
    if (scale == QLatin1String("rtog"))
        return obj(R"({"irritation":false,"pain":"none","analgesia":"none","mucositis":"none","ulceration_hemorrhage_necrosis":false})");
    return obj(R"({"sites":{}})");
}

QJsonObject complete(const QString &scale, const QString &overrides)
{
    QJsonObject o = defaults(scale);
    const QJsonObject over = QJsonDocument::fromJson(overrides.toUtf8()).object();
    for (auto it = over.begin(); it != over.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject nineSites(int ulceration, int erythema)
{
    QJsonObject sites;
    for (OmasSite s : omasSites())
        sites.insert(omasSiteId(s), QJsonObject{{QStringLiteral("ulceration"), ulceration}, {QStringLiteral("erythema"), erythema}});
    return sites;
}
} // namespace

class TestGrading : public QObject {
    Q_OBJECT
private slots:
    void grade_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QString>("findings");
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("warns");
        auto row = [](const char *name, const char *scale, const char *findings, int grade, const char *label, bool warns) {
            QTest::newRow(name) << QString::fromLatin1(scale) << QString::fromLatin1(findings) << grade
                                << QString::fromLatin1(label) << warns;
        };
        // Each row gives what differs from "nothing found"; every other key is sent at that answer.
        // WHO
        row("who none", "who", "{}", 0, "None", false);
        row("who soreness", "who", "{\"soreness\":true,\"erythema\":false,\"ulcers\":false,\"diet\":\"solid\"}", 1, "Oral soreness, erythema", false);
        row("who erythema", "who", "{\"erythema\":true}", 1, "Oral soreness, erythema", false);
        row("who ulcers solid", "who", "{\"soreness\":true,\"erythema\":true,\"ulcers\":true,\"diet\":\"solid\"}", 2, "Oral erythema, ulcers, solid diet tolerated", false);
        row("who ulcers liquid", "who", "{\"erythema\":true,\"ulcers\":true,\"diet\":\"liquid\"}", 3, "Oral ulcers, liquid diet only", false);
        row("who alimentation impossible", "who", "{\"erythema\":true,\"ulcers\":true,\"diet\":\"none\"}", 4, "Oral alimentation impossible", false);
        row("who liquid without ulcers", "who", "{\"soreness\":true,\"diet\":\"liquid\"}", 1, "Oral soreness, erythema", true);
        row("who liquid, nothing else", "who", "{\"diet\":\"liquid\"}", 0, "None", true);
        row("who none diet without ulcers", "who", "{\"diet\":\"none\"}", 4, "Oral alimentation impossible", true);
        row("who ulcers keys of other scales ignored", "who", "{\"ulcers\":true,\"erythema\":true,\"pain\":\"severe\",\"death\":true}", 2, "Oral erythema, ulcers, solid diet tolerated", false);
        // CTCAE v5.0
        row("ctcae none", "ctcae", "{\"findings_present\":false,\"symptoms\":\"none\",\"oral_intake\":\"normal\"}", 0, "No mucositis", false);
        row("ctcae findings", "ctcae", "{\"findings_present\":true}", 1, "Asymptomatic or mild symptoms; intervention not indicated", false);
        row("ctcae mild", "ctcae", "{\"symptoms\":\"mild\"}", 1, "Asymptomatic or mild symptoms; intervention not indicated", false);
        row("ctcae moderate", "ctcae", "{\"symptoms\":\"moderate\"}", 2, "Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated", false);
        row("ctcae ulcer", "ctcae", "{\"findings_present\":true,\"ulcer\":true}", 2, "Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated", false);
        row("ctcae modified diet", "ctcae", "{\"findings_present\":true,\"oral_intake\":\"modified_diet\"}", 2, "Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated", false);
        row("ctcae severe interfering", "ctcae", "{\"findings_present\":true,\"symptoms\":\"severe\",\"oral_intake\":\"interfered\"}", 3, "Severe pain; interfering with oral intake", false);
        row("ctcae severe, intake normal", "ctcae", "{\"findings_present\":true,\"symptoms\":\"severe\"}", 3, "Severe pain; interfering with oral intake", true);
        row("ctcae interfered, no symptoms", "ctcae", "{\"findings_present\":true,\"oral_intake\":\"interfered\"}", 3, "Severe pain; interfering with oral intake", true);
        row("ctcae life-threatening", "ctcae", "{\"findings_present\":true,\"symptoms\":\"severe\",\"oral_intake\":\"interfered\",\"life_threatening\":true}", 4, "Life-threatening consequences; urgent intervention indicated", false);
        row("ctcae urgent intervention", "ctcae", "{\"findings_present\":true,\"symptoms\":\"severe\",\"oral_intake\":\"interfered\",\"urgent_intervention_indicated\":true}", 4, "Life-threatening consequences; urgent intervention indicated", false);
        row("ctcae death", "ctcae", "{\"findings_present\":true,\"symptoms\":\"severe\",\"oral_intake\":\"interfered\",\"life_threatening\":true,\"death\":true}", 5, "Death", false);
        row("ctcae ulcer without findings", "ctcae", "{\"ulcer\":true}", 2, "Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated", true);
        // RTOG
        row("rtog none", "rtog", "{}", 0, "No change over baseline", false);
        row("rtog irritation", "rtog", "{\"irritation\":true}", 1, "Irritation / may experience mild pain not requiring analgesic", false);
        row("rtog mild pain", "rtog", "{\"pain\":\"mild\"}", 1, "Irritation / may experience mild pain not requiring analgesic", false);
        row("rtog patchy", "rtog", "{\"irritation\":true,\"mucositis\":\"patchy\"}", 2, "Patchy mucositis that may produce an inflammatory serosanguinous discharge / may experience moderate pain requiring analgesia", false);
        row("rtog moderate pain", "rtog", "{\"pain\":\"moderate\",\"analgesia\":\"non_narcotic\"}", 2, "Patchy mucositis that may produce an inflammatory serosanguinous discharge / may experience moderate pain requiring analgesia", false);
        row("rtog non-narcotic", "rtog", "{\"pain\":\"mild\",\"analgesia\":\"non_narcotic\"}", 2, "Patchy mucositis that may produce an inflammatory serosanguinous discharge / may experience moderate pain requiring analgesia", false);
        row("rtog confluent", "rtog", "{\"mucositis\":\"confluent\",\"pain\":\"moderate\",\"analgesia\":\"non_narcotic\"}", 3, "Confluent fibrinous mucositis / may include severe pain requiring narcotic", false);
        row("rtog narcotic", "rtog", "{\"pain\":\"severe\",\"analgesia\":\"narcotic\"}", 3, "Confluent fibrinous mucositis / may include severe pain requiring narcotic", false);
        row("rtog severe pain, no analgesia", "rtog", "{\"pain\":\"severe\"}", 3, "Confluent fibrinous mucositis / may include severe pain requiring narcotic", true);
        row("rtog narcotic without pain", "rtog", "{\"analgesia\":\"narcotic\"}", 3, "Confluent fibrinous mucositis / may include severe pain requiring narcotic", true);
        row("rtog ulceration", "rtog", "{\"mucositis\":\"confluent\",\"ulceration_hemorrhage_necrosis\":true}", 4, "Ulceration, hemorrhage or necrosis", false);
        row("rtog ulceration without mucositis", "rtog", "{\"ulceration_hemorrhage_necrosis\":true}", 4, "Ulceration, hemorrhage or necrosis", true);
    }

    void grade()
    {
        QFETCH(QString, scale);
        QFETCH(QString, findings);
        QFETCH(int, grade);
        QFETCH(QString, label);
        QFETCH(bool, warns);
        auto s = parseScale(scale);
        QVERIFY(s.ok());
        auto f = findingsFromJson(complete(scale, findings), s.value());
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        const GradeResult r = s.value() == Scale::Who ? gradeWho(f.value())
                            : s.value() == Scale::Ctcae ? gradeCtcae(f.value()) : gradeRtog(f.value());
        QCOMPARE(r.grade, grade);
        QCOMPARE(r.label, label);
        QCOMPARE(!r.warnings.isEmpty(), warns);
        // Grades in digits, as every grade is shown (a walkthrough read "WHO grade III" beside "WHO: grade 1").
        for (const QString &w : r.warnings)
            QVERIFY2(!QRegularExpression(QStringLiteral("\\bI{1,3}V?\\b|\\bIV\\b")).match(w).hasMatch(), qPrintable(w));
    }

    void omasTotals()
    {
        // Sites left out of the JSON are not assessable (contract: not scored).
        auto f = findingsFromJson(obj(R"({"sites": {"upper_lip": {"ulceration": 1, "erythema": 2},
                                                     "right_cheek": {"ulceration": 3, "erythema": 1},
                                                     "hard_palate": {"ulceration": 0, "erythema": 0}}})"), Scale::Omas);
        QVERIFY(f.ok());
        const OmasResult r = scoreOmas(f.value());
        QCOMPARE(r.ulcerationTotal, 4);
        QCOMPARE(r.erythemaTotal, 3);
        QCOMPARE(r.total, 7);
        QCOMPARE(r.sitesScored, 3);
        QCOMPARE(*r.mean, 7.0 / 3.0);
        QVERIFY(r.warnings.isEmpty());
    }

    void omasAllSitesMaximum()
    {
        auto f = findingsFromJson(QJsonObject{{QStringLiteral("sites"), nineSites(3, 2)}}, Scale::Omas);
        QVERIFY(f.ok());
        const OmasResult r = scoreOmas(f.value());
        QCOMPARE(r.total, 45);
        QCOMPARE(r.sitesScored, 9);
        QCOMPARE(*r.mean, 5.0);
    }

    // reference.md: all nine sites are examined and scored 0 unless marked not assessable.
    void omasExamScoresEverySite_data()
    {
        QTest::addColumn<QList<int>>("notAssessable");   // OmasSite indices
        QTest::addColumn<int>("sitesScored");
        QTest::addColumn<double>("mean");
        QTest::newRow("one abnormal site among nine") << QList<int>{} << 9 << 5.0 / 9.0;
        QTest::newRow("one site not assessable") << QList<int>{8} << 8 << 5.0 / 8.0;
        QTest::newRow("only the abnormal site assessable") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8} << 1 << 5.0;
    }

    void omasExamScoresEverySite()
    {
        QFETCH(QList<int>, notAssessable);
        QFETCH(int, sitesScored);
        QFETCH(double, mean);
        Findings f;   // a fresh examination: every site scored 0
        f.omas.insert(OmasSite::UpperLip, {3, 2});
        for (int i : notAssessable)
            f.omas.markNotAssessable(static_cast<OmasSite>(i));
        const OmasResult r = scoreOmas(f);
        QCOMPARE(r.total, 5);
        QCOMPARE(r.sitesScored, sitesScored);
        QCOMPARE(*r.mean, mean);
        // The stored record keeps which sites were not assessable.
        auto back = findingsFromStoredJson(findingsToJson(f));
        QVERIFY(back.ok());
        QCOMPARE(scoreOmas(back.value()).sitesScored, sitesScored);
        QCOMPARE(*scoreOmas(back.value()).mean, mean);
    }

    void omasNullSiteIsNotAssessable()
    {
        QJsonObject sites = nineSites(0, 0);
        sites.insert(QStringLiteral("upper_lip"), QJsonObject{{QStringLiteral("ulceration"), 3}, {QStringLiteral("erythema"), 2}});
        sites.insert(QStringLiteral("soft_palate"), QJsonValue::Null);
        auto f = findingsFromJson(QJsonObject{{QStringLiteral("sites"), sites}}, Scale::Omas);
        QVERIFY(f.ok());
        const OmasResult r = scoreOmas(f.value());
        QCOMPARE(r.sitesScored, 8);
        QCOMPARE(*r.mean, 5.0 / 8.0);
        QCOMPARE(omasToJson(r).value(QStringLiteral("mean")).toDouble(), 0.625);
    }

    void omasNoSites()
    {
        auto f = findingsFromJson(obj("{\"sites\": {}}"), Scale::Omas);
        QVERIFY(f.ok());
        const OmasResult r = scoreOmas(f.value());
        QCOMPARE(r.sitesScored, 0);
        QVERIFY(!r.mean.has_value());
        QCOMPARE(omasToJson(r).value(QStringLiteral("mean")).isNull(), true);
        QVERIFY(!r.warnings.isEmpty());
    }

    // 2nd ed.: every key a scale uses is required; an absent or null one is named.
    void missingKey_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("asNull");
        for (const QString &scale : {QStringLiteral("who"), QStringLiteral("ctcae"), QStringLiteral("rtog"), QStringLiteral("omas")}) {
            const QStringList keys = defaults(scale).keys();
            for (const QString &key : keys) {
                QTest::addRow("%s without %s", qPrintable(scale), qPrintable(key)) << scale << key << false;
                QTest::addRow("%s with %s null", qPrintable(scale), qPrintable(key)) << scale << key << true;
            }
        }
    }

    void missingKey()
    {
        QFETCH(QString, scale);
        QFETCH(QString, key);
        QFETCH(bool, asNull);
        QJsonObject o = defaults(scale);
        QVERIFY(findingsFromJson(o, parseScale(scale).value()).ok());   // complete: accepted
        if (asNull)
            o.insert(key, QJsonValue::Null);
        else
            o.remove(key);
        auto f = findingsFromJson(o, parseScale(scale).value());
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, ErrorKind::Invalid);
        QCOMPARE(f.error().field, key);
    }

    void emptyInputIsInvalidForEveryScale_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QString>("firstKey");
        QTest::newRow("who") << "who" << "soreness";
        QTest::newRow("ctcae") << "ctcae" << "findings_present";
        QTest::newRow("rtog") << "rtog" << "irritation";
        QTest::newRow("omas") << "omas" << "sites";
    }

    void emptyInputIsInvalidForEveryScale()
    {
        QFETCH(QString, scale);
        QFETCH(QString, firstKey);
        // Before the 2nd edition {} graded CTCAE 0 "No mucositis" without a warning.
        auto f = findingsFromJson(QJsonObject(), parseScale(scale).value());
        QVERIFY(!f.ok());
        QCOMPARE(f.error().field, firstKey);
    }

    void otherScalesKeysAreNotRequired()
    {
        // A scale requires its own keys only: WHO's answers suffice for WHO.
        QVERIFY(findingsFromJson(defaults(QStringLiteral("who")), Scale::Who).ok());
        QVERIFY(!findingsFromJson(defaults(QStringLiteral("who")), Scale::Ctcae).ok());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QString>("findings");
        QTest::addColumn<QString>("field");
        auto row = [](const char *name, const char *scale, const char *findings, const char *field) {
            QTest::newRow(name) << QString::fromLatin1(scale) << QString::fromLatin1(findings) << QString::fromLatin1(field);
        };
        row("unknown key", "who", "{\"ulcers\":true,\"blisters\":true}", "blisters");
        row("bool as text", "who", "{\"ulcers\":\"yes\"}", "ulcers");
        row("unknown diet", "who", "{\"diet\":\"soup\"}", "diet");
        row("unknown symptoms", "ctcae", "{\"symptoms\":\"terrible\"}", "symptoms");
        row("unknown intake", "ctcae", "{\"oral_intake\":\"none\"}", "oral_intake");
        row("death as number", "ctcae", "{\"death\":1}", "death");
        row("unknown analgesia", "rtog", "{\"analgesia\":\"opioid\"}", "analgesia");
        row("unknown extent", "rtog", "{\"mucositis\":\"severe\"}", "mucositis");
        row("omas unknown site", "omas", "{\"sites\":{\"tonsil\":{\"ulceration\":1,\"erythema\":1}}}", "sites.tonsil");
        row("omas ulceration 4", "omas", "{\"sites\":{\"upper_lip\":{\"ulceration\":4,\"erythema\":1}}}", "sites.upper_lip.ulceration");
        row("omas erythema 3", "omas", "{\"sites\":{\"upper_lip\":{\"ulceration\":1,\"erythema\":3}}}", "sites.upper_lip.erythema");
        row("omas negative", "omas", "{\"sites\":{\"lower_lip\":{\"ulceration\":-1,\"erythema\":0}}}", "sites.lower_lip.ulceration");
        row("omas fraction", "omas", "{\"sites\":{\"lower_lip\":{\"ulceration\":1.5,\"erythema\":0}}}", "sites.lower_lip.ulceration");
        row("omas missing erythema", "omas", "{\"sites\":{\"soft_palate\":{\"ulceration\":1}}}", "sites.soft_palate.erythema");
        row("omas sites not object", "omas", "{\"sites\":[1,2]}", "sites");
        row("omas unknown key in site", "omas", "{\"sites\":{\"soft_palate\":{\"ulceration\":1,\"erythema\":1,\"pain\":2}}}", "sites.soft_palate.pain");
        // Out of range numbers are refused before any conversion (UBSan: float-to-int overflow).
        row("omas ulceration 1e300", "omas", "{\"sites\":{\"upper_lip\":{\"ulceration\":1e300,\"erythema\":0}}}", "sites.upper_lip.ulceration");
        row("omas ulceration -1e300", "omas", "{\"sites\":{\"upper_lip\":{\"ulceration\":-1e300,\"erythema\":0}}}", "sites.upper_lip.ulceration");
        row("omas erythema 3e9", "omas", "{\"sites\":{\"upper_lip\":{\"ulceration\":0,\"erythema\":3e9}}}", "sites.upper_lip.erythema");
        row("omas ulceration 3.0000001", "omas", "{\"sites\":{\"upper_lip\":{\"ulceration\":3.0000001,\"erythema\":0}}}", "sites.upper_lip.ulceration");
        row("omas ulceration as text", "omas", "{\"sites\":{\"upper_lip\":{\"ulceration\":\"1\",\"erythema\":0}}}", "sites.upper_lip.ulceration");
        row("omas sites null", "omas", "{\"sites\":null}", "sites");
    }

    void invalid()
    {
        QFETCH(QString, scale);
        QFETCH(QString, findings);
        QFETCH(QString, field);
        auto f = findingsFromJson(complete(scale, findings), parseScale(scale).value());
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, ErrorKind::Invalid);
        QCOMPARE(f.error().field, field);
    }

    // 2nd ed.: a key given twice is invalid input, named by its path, at any depth.
    void duplicateKeys_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("top level, last would win") << QByteArray(R"({"ulcers":false,"diet":"solid","ulcers":true})") << "ulcers";
        QTest::newRow("same value twice") << QByteArray(R"({"death":false,"death":false})") << "death";
        QTest::newRow("escaped spelling") << QByteArray("{\"ulcers\":true,\"\\u0075lcers\":true}") << "ulcers";
        QTest::newRow("nested site") << QByteArray(R"({"sites":{"upper_lip":{"ulceration":1,"erythema":0},"upper_lip":null}})") << "sites.upper_lip";
        QTest::newRow("inside a site") << QByteArray(R"({"sites":{"upper_lip":{"ulceration":1,"erythema":0,"ulceration":3}}})") << "sites.upper_lip.ulceration";
        QTest::newRow("inside an array") << QByteArray(R"({"fractions":[{"date":"a"},{"status":"x","status":"y"}]})") << "fractions[1].status";
        QTest::newRow("nested arrays") << QByteArray(R"({"a":[[1],[{"k":1,"k":2}]]})") << "a[1][0].k";
        QTest::newRow("key text inside a string value") << QByteArray("{\"a\":\"\\\"a\\\":1\",\"b\":{\"a\":1},\"a\":2}") << "a";
        QTest::newRow("none: same key in sibling objects") << QByteArray(R"({"a":{"k":1},"b":{"k":1},"c":[{"k":1},{"k":2}]})") << "";
        QTest::newRow("none: braces inside strings") << QByteArray("{\"a\":\"{\\\"a\\\":1,\",\"b\":\"}]\",\"c\":1}") << "";
    }

    void duplicateKeys()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto o = json::parseObject(json);
        if (field.isEmpty()) {
            QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
            return;
        }
        QVERIFY(!o.ok());
        QCOMPARE(o.error().kind, ErrorKind::Invalid);
        QCOMPARE(o.error().field, field);
        QVERIFY(o.error().message.contains(QStringLiteral("more than once")));
    }

    // One exam, every scale: every combination of the exam's observations, each scale's
    // grade checked against its definition written here directly in the exam's terms
    // (reference.md), not through findingsFromExam.
    void examEveryCombination_data()
    {
        QTest::addColumn<int>("combination");
        // soreness 2 x erythema 2 x appearance 4 x deep 2 x diet 4 x pain 4 x analgesia 3
        // x life-threatening 2 x urgent 2 x death 2 x OMAS (none / ulceration / erythema only) 3
        const int total = 2 * 2 * 4 * 2 * 4 * 4 * 3 * 2 * 2 * 2 * 3;
        for (int i = 0; i < total; ++i)
            QTest::addRow("%d", i) << i;
    }

    void examEveryCombination()
    {
        QFETCH(int, combination);
        int n = combination;
        auto take = [&n](int k) { const int v = n % k; n /= k; return v; };
        Exam e;
        e.sorenessReported = take(2);
        e.erythemaSeen = take(2);
        e.appearance = static_cast<MucosaAppearance>(take(4));
        e.deepUlcerationHemorrhageNecrosis = take(2);
        e.diet = static_cast<DietTolerated>(take(4));
        e.pain = static_cast<Severity>(take(4));
        e.analgesia = static_cast<Analgesia>(take(3));
        e.lifeThreatening = take(2);
        e.urgentInterventionIndicated = take(2);
        e.death = take(2);
        const int omas = take(3);   // 0 all sites 0; 1 one site ulceration 1; 2 one site erythema 1
        if (omas == 1)
            e.omas.insert(OmasSite::LeftCheek, {1, 0});
        if (omas == 2)
            e.omas.insert(OmasSite::LeftCheek, {0, 1});
        const bool ulcers = omas == 1;
        const bool liquid = e.diet == DietTolerated::LiquidOnly;
        const bool nothing = e.diet == DietTolerated::NothingByMouth;

        const Findings f = findingsFromExam(e);
        // WHO: IV alimentation impossible; III ulcers, liquid diet only; II erythema, ulcers,
        // solid diet tolerated; I soreness, erythema.
        const int who = nothing ? 4 : ulcers && liquid ? 3 : ulcers ? 2 : e.sorenessReported || e.erythemaSeen ? 1 : 0;
        // CTCAE v5.0: 5 death; 4 life-threatening, urgent intervention; 3 severe pain, interfering
        // with oral intake; 2 moderate pain or ulcer, modified diet; 1 findings or mild symptoms.
        const bool seen = e.erythemaSeen || ulcers || omas == 2 || e.appearance != MucosaAppearance::None
                       || e.deepUlcerationHemorrhageNecrosis;
        const int ctcae = e.death ? 5
                        : e.lifeThreatening || e.urgentInterventionIndicated ? 4
                        : e.pain == Severity::Severe || liquid || nothing ? 3
                        : e.pain == Severity::Moderate || ulcers || e.diet == DietTolerated::SoftOrModified ? 2
                        : seen || e.pain == Severity::Mild ? 1 : 0;
        // RTOG: 4 ulceration, hemorrhage or necrosis; 3 confluent, severe pain, narcotic;
        // 2 patchy, moderate pain, analgesia; 1 irritation, mild pain.
        const int rtog = e.deepUlcerationHemorrhageNecrosis ? 4
                       : e.appearance == MucosaAppearance::ConfluentPseudomembranes || e.pain == Severity::Severe
                               || e.analgesia == Analgesia::Narcotic ? 3
                       : e.appearance == MucosaAppearance::PatchyPseudomembranes || e.pain == Severity::Moderate
                               || e.analgesia == Analgesia::NonNarcotic ? 2
                       : e.erythemaSeen || e.pain == Severity::Mild ? 1 : 0;
        QCOMPARE(gradeWho(f).grade, who);
        QCOMPARE(gradeCtcae(f).grade, ctcae);
        QCOMPARE(gradeRtog(f).grade, rtog);
        const OmasResult o = scoreOmas(f);
        QCOMPARE(o.sitesScored, 9);
        QCOMPARE(o.total, omas == 0 ? 0 : 1);

        // Contradictions between observations are warned about, and only those.
        const QStringList w = examWarnings(e);
        const bool pseudomembranes = e.appearance == MucosaAppearance::PatchyPseudomembranes
                                  || e.appearance == MucosaAppearance::ConfluentPseudomembranes;
        const int expected = int((liquid || nothing) && !ulcers) + int(pseudomembranes && !ulcers)
                           + int(e.deepUlcerationHemorrhageNecrosis && !ulcers)
                           + int(e.appearance == MucosaAppearance::Erythema && !e.erythemaSeen)
                           + int(e.erythemaSeen != (omas == 2));
        QCOMPARE(w.size(), expected);
        // The stored findings of an exam read back to the same grades.
        auto back = findingsFromStoredJson(findingsToJson(f));
        QVERIFY(back.ok());
        QCOMPARE(gradeWho(back.value()).grade, who);
        QCOMPARE(gradeCtcae(back.value()).grade, ctcae);
        QCOMPARE(gradeRtog(back.value()).grade, rtog);
    }

    void examOmasNotAssessable()
    {
        Exam e;
        e.omas.insert(OmasSite::UpperLip, {2, 1});
        for (OmasSite s : {OmasSite::SoftPalate, OmasSite::HardPalate})
            e.omas.markNotAssessable(s);
        QVERIFY(ulcerationSeen(e));
        e.omas.markNotAssessable(OmasSite::UpperLip);   // a site not assessable shows no ulceration
        QVERIFY(!ulcerationSeen(e));
        QCOMPARE(scoreOmas(findingsFromExam(e)).sitesScored, 6);
    }

    void unknownScaleIsUsage()
    {
        auto s = parseScale(QStringLiteral("nci"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
