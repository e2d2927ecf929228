// The SDV sample of the non-critical records (issue 17): the share the monitoring plan names,
// for the trial and per site, chosen by each record's id alone, so every device agrees and a
// record added later never changes the choice; the chosen records join what remains to verify
// (SourceVerification::remaining) until verified as they stand.
#include "TestSite.h"
#include "clinical/Protocol.h"
#include "clinical/SdvSample.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/SourceVerification.h"
#include <QJsonDocument>
#include <QtTest>

using namespace muco;

namespace {

QString testId(int n) { return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); }

SdvSamplePlan plan(int percent, const QHash<QString, int> &bySite = {})
{
    SdvSamplePlan p;
    p.tables = {QStringLiteral("lab_results")};
    p.percent = percent;
    p.bySite = bySite;
    return p;
}

} // namespace

class TestSdvSample : public QObject {
    Q_OBJECT

private slots:
    // The hash is part of the format: a device of another version must choose the same records.
    // Expected buckets computed outside the program (Python hashlib).
    void bucketIsFixed_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("bucket");
        QTest::newRow("111") << testId(111) << 0;
        QTest::newRow("81") << testId(81) << 19;
        QTest::newRow("44") << testId(44) << 20;
        QTest::newRow("56") << testId(56) << 50;
        QTest::newRow("262") << testId(262) << 99;
        QTest::newRow("1") << testId(1) << 32;
        QTest::newRow("not a uuid") << QStringLiteral("a") << 86;
    }
    void bucketIsFixed()
    {
        QFETCH(QString, id);
        QFETCH(int, bucket);
        QCOMPARE(SdvSamplePlan::bucket(id), bucket);
    }

    void selection_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("site");
        QTest::addColumn<int>("percent");
        QTest::addColumn<bool>("selected");
        // Bucket b is chosen when b < percent: 0% chooses nothing, 100% everything.
        QTest::newRow("0%, bucket 0") << testId(111) << "GX01" << 0 << false;
        QTest::newRow("1%, bucket 0") << testId(111) << "GX01" << 1 << true;
        QTest::newRow("20%, bucket 19") << testId(81) << "GX01" << 20 << true;
        QTest::newRow("20%, bucket 20") << testId(44) << "GX01" << 20 << false;
        QTest::newRow("21%, bucket 20") << testId(44) << "GX01" << 21 << true;
        QTest::newRow("99%, bucket 99") << testId(262) << "GX01" << 99 << false;
        QTest::newRow("100%, bucket 99") << testId(262) << "GX01" << 100 << true;
        // GX02's own share (50%) in place of the trial's.
        QTest::newRow("GX02 at 50%, bucket 20") << testId(44) << "GX02" << 0 << true;
        QTest::newRow("GX02 at 50%, bucket 50") << testId(56) << "GX02" << 100 << false;
    }
    void selection()
    {
        QFETCH(QString, id);
        QFETCH(QString, site);
        QFETCH(int, percent);
        QFETCH(bool, selected);
        QCOMPARE(plan(percent, {{QStringLiteral("GX02"), 50}}).selects(site, id), selected);
    }

    // The share comes out near the plan's over many records (exactly this many, the ids fixed).
    void shareOverManyRecords_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("chosen");
        QTest::newRow("0%") << 0 << 0;
        QTest::newRow("20%") << 20 << 1981;
        QTest::newRow("100%") << 100 << 10000;
    }
    void shareOverManyRecords()
    {
        QFETCH(int, percent);
        QFETCH(int, chosen);
        int n = 0;
        for (int i = 1; i <= 10000; ++i)
            n += plan(percent).selects(QStringLiteral("GX01"), testId(i)) ? 1 : 0;
        QCOMPARE(n, chosen);
    }

    // Records added later (and their order) change nothing about the records chosen before.
    void stableUnderAddedRecords()
    {
        const SdvSamplePlan p = plan(30);
        QStringList before;
        for (int i = 1; i <= 500; ++i)
            if (p.selects(QStringLiteral("GX01"), testId(i)))
                before << testId(i);
        QStringList after;
        for (int i = 1000; i >= 1; --i)
            if (p.selects(QStringLiteral("GX01"), testId(i)) && i <= 500)
                after.prepend(testId(i));
        QCOMPARE(after, before);
        QVERIFY(before.size() > 100 && before.size() < 200);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("errorPath");   // empty: valid
        QTest::newRow("absent") << "{}" << "";
        QTest::newRow("whole plan") << R"({"sdv_sample_tables": ["lab_results"], "sdv_sample_percent": 20, "sdv_sample_percent_by_site": {"GX02": 50}})" << "";
        QTest::newRow("0 and 100") << R"({"sdv_sample_percent": 0, "sdv_sample_percent_by_site": {"GX02": 100}})" << "";
        QTest::newRow("negative") << R"({"sdv_sample_percent": -1})" << "monitoring.sdv_sample_percent";
        QTest::newRow("over 100") << R"({"sdv_sample_percent": 101})" << "monitoring.sdv_sample_percent";
        QTest::newRow("fraction") << R"({"sdv_sample_percent": 12.5})" << "monitoring.sdv_sample_percent";
        QTest::newRow("text") << R"({"sdv_sample_percent": "20"})" << "monitoring.sdv_sample_percent";
        QTest::newRow("site over 100") << R"({"sdv_sample_percent_by_site": {"GX01": 150}})" << "monitoring.sdv_sample_percent_by_site.GX01";
        QTest::newRow("site not a code") << R"({"sdv_sample_percent_by_site": {"GX 01; DROP": 5}})" << "monitoring.sdv_sample_percent_by_site";
        QTest::newRow("sites a list") << R"({"sdv_sample_percent_by_site": [5]})" << "monitoring.sdv_sample_percent_by_site";
        QTest::newRow("tables not names") << R"({"sdv_sample_tables": ["lab_results; --"]})" << "monitoring.sdv_sample_tables";
    }
    void parse()
    {
        QFETCH(QString, json);
        QFETCH(QString, errorPath);
        const auto parsed = parseSdvSamplePlan(QJsonDocument::fromJson(json.toUtf8()).object());
        QCOMPARE(parsed.ok(), errorPath.isEmpty());
        if (!parsed.ok())
            QCOMPARE(parsed.error().field, errorPath);
    }

    // The protocol file's plan: its tables are declared, none of them critical already.
    void theProtocolsPlan()
    {
        const Protocol &p = Protocol::nct07312656();
        // Issue 17 names the critical items: eligibility, randomization, radiotherapy dates and
        // doses, every mucositis grade, adverse events.
        const auto tables = SourceVerification::criticalTables();
        QVERIFY(tables.ok());
        QStringList critical;
        for (const TableSpec *t : tables.value())
            critical << t->name;
        critical.sort();
        QCOMPARE(critical, (QStringList{QStringLiteral("adverse_events"), QStringLiteral("assessments"), QStringLiteral("fractions"),
                                        QStringLiteral("randomizations"), QStringLiteral("rt_plans"), QStringLiteral("screenings")}));
        QVERIFY(!p.sdvSample.tables.isEmpty());
        for (const QString &t : p.sdvSample.tables)
            QVERIFY2(!p.sdvCritical.contains(t), qPrintable(t));
        QVERIFY(SourceVerification::sampleTables(p.sdvSample).ok());
        QVERIFY(!SourceVerification::sampleTables(plan(10)).value().isEmpty());
        SdvSamplePlan unknown = plan(10);
        unknown.tables = {QStringLiteral("identity_secrets")};
        QCOMPARE(SourceVerification::sampleTables(unknown).error().field, QStringLiteral("monitoring.sdv_sample_tables"));
    }

    // What remains: the sampled lab results join the critical records, each marked as sampled,
    // until verified; the site's own share decides at that site.
    void remainingIncludesTheSample()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        auto patient = Patients::add(*coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1958-03-10"), QStringLiteral("male")});
        QVERIFY(patient.ok());
        QStringList labs;
        for (int day = 1; day <= 12; ++day) {
            auto panel = Labs::recordPanel(*nurse, patient->id, QDateTime(QDate(2026, 10, day), QTime(8, 0), Qt::UTC), QStringLiteral("renal"),
                                           {{QStringLiteral("creatinine"), Decimal(80), QStringLiteral("umol/L")}});
            QVERIFY(panel.ok());
            for (const LabResult &r : panel.value())
                labs << r.id;
        }
        auto monitor = site.signIn(QStringLiteral("monitor"));
        const auto sampledIds = [&](const SdvSamplePlan &p) {
            QStringList out;
            const auto remaining = SourceVerification::remaining(*monitor, {}, p);
            if (!remaining.ok())
                return QStringList{remaining.error().message};
            for (const SdvStatus &st : remaining.value()) {
                if (st.sampled)
                    out << st.recordId;
                else
                    out << QStringLiteral("critical:") + st.table;
            }
            out.sort();
            return out;
        };
        QCOMPARE(sampledIds(plan(0)), QStringList{});
        QStringList all = labs;
        all.sort();
        QCOMPARE(sampledIds(plan(100)), all);
        QCOMPARE(sampledIds(plan(100, {{QStringLiteral("GX01"), 0}})), QStringList{});
        QStringList expected;
        for (const QString &id : labs)
            if (SdvSamplePlan::bucket(id) < 40)
                expected << id;
        expected.sort();
        QCOMPARE(sampledIds(plan(40)), expected);
        QCOMPARE(sampledIds(plan(0, {{QStringLiteral("GX01"), 40}})), expected);
        // A sampled record verified as it stands leaves the list.
        QVERIFY(SourceVerification::mark(*monitor, QStringLiteral("lab_results"), labs.first(), test::kPassword).ok());
        all.removeOne(labs.first());
        QCOMPARE(sampledIds(plan(100)), all);
        // One patient's, as the patient list counts it.
        QCOMPARE(SourceVerification::remaining(*monitor, patient->id, plan(100))->size(), all.size());
    }

    // A record's own status says whether the protocol's plan samples it (the patient's SDV tab
    // shows it), by the same rule as remaining(): lab results below the site's share, never a
    // table outside the plan. Records are added until both kinds exist (ids are random).
    void statusSaysSampled()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        auto patient = Patients::add(*coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1958-03-10"), QStringLiteral("male")});
        QVERIFY(patient.ok());
        const SdvSamplePlan &protocolPlan = Protocol::nct07312656().sdvSample;
        const int share = protocolPlan.percentFor(QStringLiteral("GX01"));
        QVERIFY(share > 0 && share < 100);
        QVERIFY(protocolPlan.tables.contains(QStringLiteral("lab_results")));
        auto monitor = site.signIn(QStringLiteral("monitor"));
        int in = 0, out = 0;
        for (int n = 0; n < 400 && (in == 0 || out == 0); ++n) {
            auto panel = Labs::recordPanel(*nurse, patient->id, QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).addSecs(60 * n),
                                           QStringLiteral("renal"), {{QStringLiteral("creatinine"), Decimal(80), QStringLiteral("umol/L")}});
            QVERIFY(panel.ok());
            const QString id = panel->first().id;
            const auto st = SourceVerification::status(*monitor, QStringLiteral("lab_results"), id);
            QVERIFY(st.ok());
            QVERIFY(!st->critical);
            const bool expected = SdvSamplePlan::bucket(id) < share;
            QCOMPARE(st->sampled, expected);
            (expected ? in : out) += 1;
        }
        QVERIFY(in > 0 && out > 0);
        const auto own = SourceVerification::status(*monitor, QStringLiteral("patients"), patient->id);
        QVERIFY(own.ok());
        QVERIFY(!own->sampled && !own->critical);
        QCOMPARE(SourceVerification::remaining(*monitor, patient->id)->size(), in);
    }
};

QTEST_MAIN(TestSdvSample)
#include "tst_sdv_sample.moc"
