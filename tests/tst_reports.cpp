// The trial's answers end to end: the primary endpoint's counting rules (who is in n, who
// has an event, who is excluded and why) as a data-driven table over synthetic snapshots,
// its numbers against a second computation, and the exports of a real site database: ODM
// valid against the official CDISC schema, CSV readable, reproducible, and free of names
// and medical record numbers.
#include "CliRunner.h"
#include "JsonPatch.h"
#include "demo/DirectTransport.h"
#include "central/CentralSnapshot.h"
#include "central/CentralStore.h"
#include "common/Clock.h"
#include "export/CsvExport.h"
#include "export/DmcReport.h"
#include "export/OdmExport.h"
#include "records/DemoSite.h"
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/SourceVerification.h"
#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include "storage/Transaction.h"
#include "reports/EndpointAnalysis.h"
#include "reports/SiteSnapshot.h"
#include "security/SiteVault.h"
#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include "OdmSchema.h"
#include <QtTest>

using namespace muco;

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

// One synthetic patient: "ARM SITE VISITS", ARM e (experimental), c (control) or - (not
// randomized); VISITS comma-separated WHO grades of signed visits after randomization, with
// prefixes b (before randomization), d (draft, unsigned), s (superseded), and ^ before those
// for a correction of the visit before it (same date, `supersedes` naming it), ^N: for one of
// the patient's N-th visit, or = for another correction of what the one before it corrects; a
// suffix @N signs it N seconds after 09:00 instead of after the one before; "none" for no visit.
TrialSnapshot snapshotOf(const QStringList &patients)
{
    TrialSnapshot s;
    s.scope = QStringLiteral("trial");
    int n = 0;
    int signings = 0;   // each signature a second after the one before: a correction after what it corrects
    for (const QString &spec : patients) {
        const QStringList parts = spec.split(QLatin1Char(' '));
        const QString id = QStringLiteral("p%1").arg(++n, 3, 10, QLatin1Char('0'));
        const QString site = parts.value(1);
        s.tables[QStringLiteral("patients")] << SnapshotRecord{id, site, 1, {}, {}, {{QStringLiteral("subject_id"), QString(site + QStringLiteral("-") + id)},
                                                                                   {QStringLiteral("status"), QStringLiteral("enrolled")}}};
        s.tables[QStringLiteral("rt_plans")] << SnapshotRecord{QStringLiteral("rt") + id, site, 1, {}, {},
                                                               {{QStringLiteral("patient_id"), id}, {QStringLiteral("start_date"), QStringLiteral("2026-10-05")}}};
        if (parts.value(0) != QLatin1String("-"))
            s.tables[QStringLiteral("randomizations")]
                << SnapshotRecord{QStringLiteral("r") + id, site, 1, {}, {},
                                  {{QStringLiteral("patient_id"), id},
                                   {QStringLiteral("arm"), parts.value(0) == QLatin1String("e") ? QStringLiteral("experimental") : QStringLiteral("control")},
                                   {QStringLiteral("allocated_utc"), QStringLiteral("2026-10-10T09:00:00.000Z")}}};
        int v = 0;
        QString previousId, previousDate, previousTarget;
        for (QString visit : parts.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (visit == QLatin1String("none"))
                continue;
            QString state = QStringLiteral("signed");
            QString date = QDate(2026, 10, 11).addDays(7 * v + n % 5).toString(Qt::ISODate);
            QString supersedes;
            int signedAt = 0;   // @N: signed N seconds after 09:00, not in list order
            if (const qsizetype at = visit.indexOf(QLatin1Char('@')); at >= 0) {
                signedAt = visit.mid(at + 1).toInt();
                visit.truncate(at);
            }
            // A correction names a visit there is: a spec that names none is the test's mistake
            // and stops the test, rather than becoming an ordinary visit that proves nothing.
            const auto noTarget = [&](const char *what) {
                qFatal("snapshotOf: %s in \"%s\" corrects no visit", what, qPrintable(spec));
            };
            if (visit.startsWith(QLatin1Char('^')) && visit.contains(QLatin1Char(':'))) {   // ^N:grade corrects visit N
                const qsizetype colon = visit.indexOf(QLatin1Char(':'));
                supersedes = QStringLiteral("a%1-%2").arg(id).arg(visit.mid(1, colon - 1).toInt());
                bool found = false;
                for (const SnapshotRecord &earlier : std::as_const(s.tables[QStringLiteral("assessments")]))
                    if (earlier.id == supersedes) {
                        date = earlier.text(QStringLiteral("visit_date"));
                        found = true;
                    }
                if (!found)
                    noTarget("^N:");
                visit.remove(0, colon + 1);
            } else if (visit.startsWith(QLatin1Char('^'))) {
                if (previousId.isEmpty())
                    noTarget("^");
                supersedes = previousId;
                date = previousDate;
                visit.remove(0, 1);
            } else if (visit.startsWith(QLatin1Char('='))) {   // another correction of what the previous one corrects
                if (previousTarget.isEmpty())
                    noTarget("=");
                supersedes = previousTarget;
                date = previousDate;
                visit.remove(0, 1);
            }
            previousTarget = supersedes;
            if (visit.startsWith(QLatin1Char('b'))) {
                date = QStringLiteral("2026-10-09");
                visit.remove(0, 1);
            } else if (visit.startsWith(QLatin1Char('d'))) {
                state = QStringLiteral("draft");
                visit.remove(0, 1);
            } else if (visit.startsWith(QLatin1Char('s'))) {
                state = QStringLiteral("superseded");
                visit.remove(0, 1);
            }
            previousId = QStringLiteral("a%1-%2").arg(id).arg(++v);
            previousDate = date;
            s.tables[QStringLiteral("assessments")]
                << SnapshotRecord{previousId, site, 1, {}, {},
                                  {{QStringLiteral("patient_id"), id}, {QStringLiteral("visit_date"), date}, {QStringLiteral("state"), state},
                                   {QStringLiteral("who_grade"), visit.toInt()}, {QStringLiteral("ctcae_grade"), visit.toInt() >= 3 ? 3 : 1},
                                   {QStringLiteral("rtog_grade"), 0}, {QStringLiteral("cumulative_dose_gy"), QString::number(12 + 10 * v)},
                                   {QStringLiteral("supersedes"), supersedes.isEmpty() ? QVariant() : QVariant(supersedes)},
                                   {QStringLiteral("signed_utc"), state == QLatin1String("draft") ? QVariant()
                                                                  : QVariant(isoUtc(QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc())
                                                                                        .addSecs(signedAt > 0 ? signedAt : ++signings)))}}};
            if (visit.toInt() >= 3 && state == QLatin1String("signed"))
                s.tables[QStringLiteral("adverse_events")]
                    << SnapshotRecord{QStringLiteral("ae%1-%2").arg(id).arg(v), site, 1, {}, {},
                                      {{QStringLiteral("patient_id"), id}, {QStringLiteral("term"), QStringLiteral("Mucositis oral")},
                                       {QStringLiteral("grade"), visit.toInt()}, {QStringLiteral("serious"), visit.toInt() >= 4 ? 1 : 0},
                                       {QStringLiteral("onset_date"), date}, {QStringLiteral("outcome"), QStringLiteral("recovering")}}};
        }
    }
    return s;
}

test::CliRun runCentral(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("MUCOTRACK_CENTRAL"), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoSite::ensure(sitePath(), m_clock).ok());
        // The demo randomizes its eligible patients through the randomize action (both arms).
        auto coord = SiteVault::signIn(sitePath(), QStringLiteral("coord"), DemoSite::password(), m_clock);
        QVERIFY(coord.ok());
        auto allocations = Randomizations::all((*coord)->db());
        QVERIFY(allocations.ok());
        m_randomized = int(allocations->size());
        int experimental = 0;
        for (const auto &a : allocations.value())
            experimental += a.arm == Randomizations::experimental() ? 1 : 0;
        QVERIFY2(experimental > 0 && experimental < m_randomized, "the demo shows both arms");
    }

    void primaryEndpointCounting_data()
    {
        QTest::addColumn<QStringList>("patients");
        QTest::addColumn<int>("nE");
        QTest::addColumn<int>("eventsE");
        QTest::addColumn<int>("nC");
        QTest::addColumn<int>("eventsC");
        QTest::addColumn<QStringList>("excludedWhy");
        QTest::newRow("grade 3 is an event, 2 is not") << L({"e S1 3", "c S1 2"}) << 1 << 1 << 1 << 0 << QStringList{};
        QTest::newRow("worst visit counts") << L({"e S1 1,4,0", "c S1 0,1"}) << 1 << 1 << 1 << 0 << QStringList{};
        QTest::newRow("not randomized: excluded") << L({"- S1 3", "e S1 1"}) << 1 << 0 << 0 << 0 << L({"not randomized"});
        QTest::newRow("no visit: excluded") << L({"e S1 none", "c S1 3"}) << 0 << 0 << 1 << 1 << L({"no signed graded visit"});
        QTest::newRow("visit before randomization only: excluded") << L({"c S1 b3"}) << 0 << 0 << 0 << 0
                                                                  << L({"on or after the day of randomization"});
        QTest::newRow("visit before randomization does not count") << L({"c S1 b3,1"}) << 0 << 0 << 1 << 0 << QStringList{};
        QTest::newRow("a draft is not an event") << L({"e S1 d3,1"}) << 1 << 0 << 0 << 0 << QStringList{};
        QTest::newRow("only a draft: excluded") << L({"e S1 d4"}) << 0 << 0 << 0 << 0 << L({"no signed graded visit"});
        QTest::newRow("a superseded grade is not an event") << L({"c S1 s3,^2"}) << 0 << 0 << 1 << 0 << QStringList{};
        // The last signed word counts: a superseded grade until its correction is signed.
        QTest::newRow("a correction not yet signed leaves the signed grade") << L({"c S1 s3,^d2"}) << 0 << 0 << 1 << 1 << QStringList{};
        QTest::newRow("superseded without a correction still counts") << L({"c S1 s3", "e S1 s4,1"}) << 1 << 1 << 1 << 1 << QStringList{};
        QTest::newRow("a chain counts its last signed link") << L({"c S1 s3,^s2,^1", "e S1 s1,^s4,^d0"}) << 1 << 1 << 1 << 0 << QStringList{};
        // Two corrections of one grade are one visit: the one signed last counts.
        QTest::newRow("two corrections of one grade: the later") << L({"c S1 s3,^4,=1", "e S1 s1,^2,=4"}) << 1 << 1 << 1 << 0 << QStringList{};
        QTest::newRow("a second correction not yet signed leaves the first") << L({"c S1 s3,^1,=d4"}) << 0 << 0 << 1 << 0 << QStringList{};
        QTest::newRow("a correction beside a corrected correction") << L({"c S1 s1,^s4,^3,=2"}) << 0 << 0 << 1 << 0 << QStringList{};
        // By signing time, not by the order records arrive in; a tie goes to the larger id.
        QTest::newRow("the later correction listed first") << L({"c S1 s3@1,^1@60,=4@50"}) << 0 << 0 << 1 << 0 << QStringList{};
        QTest::newRow("two corrections signed at one time") << L({"c S1 s3@1,^4@50,=1@50", "e S1 s1@1,^0@50,=4@50"})
                                                            << 1 << 1 << 1 << 0 << QStringList{};
        QTest::newRow("a correction of the first beside a chain, signed last")
            << L({"c S1 s1@1,^s4@2,^3@3,^1:2@4"}) << 0 << 0 << 1 << 0 << QStringList{};
        QTest::newRow("a chain's end signed after a correction of the first")
            << L({"c S1 s1@1,^s4@2,^3@5,^1:2@4"}) << 0 << 0 << 1 << 1 << QStringList{};
        QTest::newRow("a correction of a draft-only visit excludes") << L({"e S1 d4,^d1"}) << 0 << 0 << 0 << 0 << L({"no signed graded visit"});
    }

    // A record naming itself, or two naming each other (records a device that does not sign for
    // the central site may send): the correction is the one signed after what it corrects.
    void aCorrectionCountsOnlyWhenSignedAfterWhatItCorrects()
    {
        TrialSnapshot s = snapshotOf(L({"c S1 s3", "c S1 s3,s1"}));
        QList<SnapshotRecord> &a = s.tables[QStringLiteral("assessments")];
        QCOMPARE(a.size(), 3);
        a[0].fields.insert(QStringLiteral("supersedes"), a[0].id);   // p001's grade 3 names itself
        a[1].fields.insert(QStringLiteral("supersedes"), a[2].id);   // p002: the grade 3, signed first
        a[2].fields.insert(QStringLiteral("supersedes"), a[1].id);   // and the 1, signed after it
        const QSet<QString> counting = countingAssessments(s);
        QVERIFY(counting.contains(a[0].id));
        QVERIFY(!counting.contains(a[1].id));
        QVERIFY(counting.contains(a[2].id));
        const EndpointResult r = analyseEndpoint(trialCourses(s), QStringLiteral("who"), 3);
        QCOMPARE(r.control.n, 2);
        QCOMPARE(r.control.events, 1);
    }

    // A signed correction counts for its own patient only: one naming another patient's visit
    // (an investigator's signature is needed, but it is the wrong patient) takes nothing away.
    void aCorrectionOfAnotherPatientsVisitTakesNothing()
    {
        TrialSnapshot s = snapshotOf(L({"c S1 s3", "c S1 1"}));
        for (SnapshotRecord &a : s.tables[QStringLiteral("assessments")])
            if (a.text(QStringLiteral("patient_id")) == QLatin1String("p002"))
                a.fields.insert(QStringLiteral("supersedes"), QStringLiteral("a%1-1").arg(QStringLiteral("p001")));
        const EndpointResult r = analyseEndpoint(trialCourses(s), QStringLiteral("who"), 3);
        QCOMPARE(r.control.n, 2);
        QCOMPARE(r.control.events, 1);
    }
    void primaryEndpointCounting()
    {
        QFETCH(QStringList, patients);
        QFETCH(int, nE);
        QFETCH(int, eventsE);
        QFETCH(int, nC);
        QFETCH(int, eventsC);
        QFETCH(QStringList, excludedWhy);
        const EndpointResult r = analyseEndpoint(trialCourses(snapshotOf(patients)), QStringLiteral("who"), 3);
        QCOMPARE(r.experimental.n, nE);
        QCOMPARE(r.experimental.events, eventsE);
        QCOMPARE(r.control.n, nC);
        QCOMPARE(r.control.events, eventsC);
        QCOMPARE(r.excluded.size(), excludedWhy.size());
        for (int i = 0; i < excludedWhy.size(); ++i)
            QVERIFY2(r.excluded[i].why.contains(excludedWhy[i]), qPrintable(r.excluded[i].why));
    }

    // A three-site trial: the JSON of the contract, per-site counts that add up, and every
    // statistic equal to a second computation from the counts the test makes itself.
    void primaryEndpointNumbers()
    {
        QStringList patients;
        // site: (experimental events of n, control events of n)
        const QList<std::tuple<QString, int, int, int, int>> sites{{QStringLiteral("GX01"), 3, 10, 6, 10},
                                                                   {QStringLiteral("GX02"), 2, 8, 5, 9},
                                                                   {QStringLiteral("GX03"), 1, 5, 2, 4}};
        for (const auto &[site, eE, nE, eC, nC] : sites) {
            for (int i = 0; i < nE; ++i)
                patients << QStringLiteral("e %1 %2").arg(site, i < eE ? QStringLiteral("1,3") : QStringLiteral("2"));
            for (int i = 0; i < nC; ++i)
                patients << QStringLiteral("c %1 %2").arg(site, i < eC ? QStringLiteral("4") : QStringLiteral("0,2"));
        }
        patients << QStringLiteral("e GX02 none") << QStringLiteral("- GX03 3");
        const QList<EndpointResult> all = analyseEndpoints(trialCourses(snapshotOf(patients)), PrimaryEndpoint{});
        QCOMPARE(all.size(), 3);
        const QJsonObject json = endpointsJson(all);
        QCOMPARE(json.value(QStringLiteral("scale")).toString(), QStringLiteral("who"));
        QCOMPARE(json.value(QStringLiteral("threshold")).toInt(), 3);
        const QJsonObject arms = json.value(QStringLiteral("arms")).toObject();
        QCOMPARE(arms.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("n")).toInt(), 23);
        QCOMPARE(arms.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("events")).toInt(), 6);
        QCOMPARE(arms.value(QStringLiteral("control")).toObject().value(QStringLiteral("n")).toInt(), 23);
        QCOMPARE(arms.value(QStringLiteral("control")).toObject().value(QStringLiteral("events")).toInt(), 13);
        QCOMPARE(json.value(QStringLiteral("by_site")).toObject().value(QStringLiteral("GX02")).toObject()
                     .value(QStringLiteral("control")).toObject().value(QStringLiteral("events")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("excluded")).toArray().size(), 2);
        for (const QString &k : {QStringLiteral("risk_difference"), QStringLiteral("relative_risk"), QStringLiteral("fisher_exact_p"), QStringLiteral("cmh_p")})
            QVERIFY2(json.value(k).isDouble(), qPrintable(k));
        QCOMPARE(json.value(QStringLiteral("risk_difference_ci95")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("relative_risk_ci95")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("other_scales")).toArray().size(), 2);

        // Second computation from the table above.
        const double p1 = 6.0 / 23, p2 = 13.0 / 23;
        QVERIFY(std::fabs(json.value(QStringLiteral("risk_difference")).toDouble() - (p1 - p2)) < 1e-12);
        QVERIFY(std::fabs(json.value(QStringLiteral("relative_risk")).toDouble() - p1 / p2) < 1e-12);
        double num = 0, var = 0;
        for (const auto &[site, eE, nE, eC, nC] : sites) {
            const double n = nE + nC, m1 = eE + eC;
            num += eE - nE * m1 / n;
            var += double(nE) * nC * m1 * (n - m1) / (n * n * (n - 1));
        }
        QVERIFY(std::fabs(json.value(QStringLiteral("cmh_p")).toDouble() - std::erfc(std::sqrt(num * num / var / 2))) < 1e-9);
        QVERIFY(std::fabs(json.value(QStringLiteral("fisher_exact_p")).toDouble() - *stats::fisherExactTwoSided(6, 17, 13, 10)) < 1e-15);
    }

    // The DMC report: a PDF of several A4 pages (look at it: scripts or pdftoppm -png).
    void dmcReport()
    {
        QStringList patients;
        for (int i = 0; i < 40; ++i)
            patients << QStringLiteral("%1 GX0%2 %3").arg(i % 2 ? QStringLiteral("e") : QStringLiteral("c")).arg(1 + i % 3)
                            .arg(i % 2 ? (i % 5 == 0 ? QStringLiteral("1,3") : QStringLiteral("0,1,2")) : (i % 3 == 0 ? QStringLiteral("1,2,2") : QStringLiteral("2,3,4")));
        patients << QStringLiteral("- GX01 none");
        TrialSnapshot s = snapshotOf(patients);
        s.sites = L({"GX01", "GX02", "GX03"});
        s.takenUtc = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());
        const QString out = qEnvironmentVariableIsSet("MUCOTRACK_KEEP_PDF") ? qEnvironmentVariable("MUCOTRACK_KEEP_PDF") : m_dir.filePath(QStringLiteral("dmc.pdf"));
        const Status written = exports::writeDmcReport(out, s);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") >= 2, "at least two pages");
        QVERIFY(QDir(QFileInfo(out).absolutePath()).entryList({QStringLiteral(".report-*")}, QDir::Hidden | QDir::Files).isEmpty());
        // The CONSORT diagram's boxes, the deviations and the completeness are drawn as text.
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(60000));
            const QString t = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            for (const char *expected : {"Assessed for eligibility (n=41)", "Excluded (n=1)", "Randomized (n=40)", "Analysed for the primary endpoint (n=20)",
                                         "7. Protocol deviations", "8. Data completeness", "Screen failures: 0"})
                QVERIFY2(t.contains(QString::fromLatin1(expected)), expected);
        } else {
            qWarning("pdftotext (poppler-utils) is absent: the DMC report's text is not checked");
        }
        // A missing folder is named, and nothing is written.
        const Status refused = exports::writeDmcReport(m_dir.filePath(QStringLiteral("no/such/dir/dmc.pdf")), s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("out"));
    }

    // Reproducible: the same data drawn by two processes (each with its own random hash seed)
    // gives the same bytes apart from the creation date. This test runs dmcReport in two
    // copies of itself.
    void dmcReportIsReproducible()
    {
        if (qEnvironmentVariableIsSet("MUCOTRACK_KEEP_PDF"))
            QSKIP("running as the child of dmcReportIsReproducible");
        QByteArray pdfs[2];
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("reproducible-%1.pdf").arg(i));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MUCOTRACK_KEEP_PDF"), path);
            env.remove(QStringLiteral("QT_HASH_SEED"));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("dmcReport")});
            QVERIFY(child.waitForFinished(120000));
            QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().right(2000).constData());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            pdfs[i] = f.readAll();
            static const QRegularExpression created(QStringLiteral("/CreationDate \\(D:[0-9Z+'-]*\\)"));
            pdfs[i] = QString::fromLatin1(pdfs[i]).replace(created, QStringLiteral("/CreationDate ()")).toLatin1();
        }
        QVERIFY(pdfs[0].size() > 10000);
        QVERIFY2(pdfs[0] == pdfs[1], "the same data gave two different PDFs");
    }

    void noEventsMeansNoRelativeRisk()
    {
        const QJsonObject json = endpointJson(analyseEndpoint(trialCourses(snapshotOf(L({"e S1 1", "c S1 2"}))), QStringLiteral("who"), 3));
        QVERIFY(json.value(QStringLiteral("relative_risk")).isNull());
        QVERIFY(json.value(QStringLiteral("relative_risk_ci95")).isNull());
        QVERIFY(json.value(QStringLiteral("cmh_p")).isNull());
        QCOMPARE(json.value(QStringLiteral("fisher_exact_p")).toDouble(), 1.0);
        QCOMPARE(json.value(QStringLiteral("risk_difference")).toDouble(), 0.0);
    }

    void odmExportValidates()
    {
        if (const QString why = test::odmSchemaCheckUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString out = m_dir.filePath(QStringLiteral("export.xml"));
        const auto run = test::runCli({QStringLiteral("export"), QStringLiteral("odm"), QStringLiteral("--db"), sitePath(), QStringLiteral("--user"),
                                       QStringLiteral("doctor"), QStringLiteral("--password-stdin"), QStringLiteral("--out"), out},
                                      DemoSite::password().toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString problems = test::odmSchemaErrors(out);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        QVERIFY(xml.contains("FileType=\"Snapshot\""));
        QVERIFY(xml.contains("<SubjectData SubjectKey=\"DEMO-"));
        QVERIFY(xml.contains("<AuditRecord"));
        QVERIFY(xml.contains("<Signature>"));
        QVERIFY(xml.contains("<SignatureDef OID=\"SD.RANDOMIZATION\""));
        QCOMPARE(int(xml.count("<FormData FormOID=\"F.RAND\"")), m_randomized);
        QCOMPARE(xml.count("<SubjectData "), 20);
        // No direct identifier: the demo's names ("DEMO Chen Wei") and MRNs ("DEMO-100200").
        QVERIFY(!xml.contains("DEMO-1002"));
        for (const char *family : {"DEMO Chen", "DEMO Li ", "DEMO Wang", "DEMO Zhang", "DEMO Liu", "DEMO Huang", "DEMO Zhao", "DEMO Wu ", "DEMO Zhou", "DEMO Xu "})
            QVERIFY2(!xml.contains(family), family);
        // Nor the staff's user names: users are opaque ids.
        QVERIFY(!xml.contains("doctor"));
    }

    // The same data gives the same bytes apart from the creation time.
    void exportsAreReproducible()
    {
        auto session = SiteVault::signIn(sitePath(), QStringLiteral("monitor"), DemoSite::password(), m_clock);
        QVERIFY(session.ok());
        m_clock->advanceSecs(60);   // the snapshot's time differs from every time in the data
        auto first = siteSnapshot(**session);
        QVERIFY(first.ok());
        QByteArray a, b;
        {
            QBuffer buf(&a);
            QVERIFY(buf.open(QIODevice::WriteOnly));
            QVERIFY(exports::writeOdm(buf, first.value()).ok());
        }
        m_clock->advanceSecs(3600);
        auto second = siteSnapshot(**session);
        QVERIFY(second.ok());
        {
            QBuffer buf(&b);
            QVERIFY(buf.open(QIODevice::WriteOnly));
            QVERIFY(exports::writeOdm(buf, second.value()).ok());
        }
        QVERIFY(a != b);   // the creation time differs
        a.replace(first->takenUtc.toUTC().toString(Qt::ISODate).toUtf8(), "T");
        b.replace(second->takenUtc.toUTC().toString(Qt::ISODate).toUtf8(), "T");
        QCOMPARE(a, b);

        const QString d1 = m_dir.filePath(QStringLiteral("csv1")), d2 = m_dir.filePath(QStringLiteral("csv2"));
        auto w1 = exports::writeCsv(d1, first.value());
        auto w2 = exports::writeCsv(d2, second.value());
        QVERIFY(w1.ok() && w2.ok());
        QCOMPARE(w1->size(), w2->size());
        for (int i = 0; i < w1->size(); ++i) {
            QFile x(w1->at(i)), y(w2->at(i));
            QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
            QCOMPARE(x.readAll(), y.readAll());
        }
    }

    void csvExport()
    {
        const QString out = m_dir.filePath(QStringLiteral("csv"));
        const auto run = test::runCli({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--db"), sitePath(), QStringLiteral("--user"),
                                       QStringLiteral("monitor"), QStringLiteral("--password-stdin"), QStringLiteral("--out"), out, QStringLiteral("--json")},
                                      DemoSite::password().toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList files = QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        for (const QString &f : L({"AE.csv", "DM.csv", "EX.csv", "IE.csv", "LB.csv", "MU.csv", "PR.csv", "RAND.csv", "RTPLAN.csv", "dictionary.csv"}))
            QVERIFY2(files.contains(f), qPrintable(f));
        QFile dm(QDir(out).filePath(QStringLiteral("DM.csv")));
        QVERIFY(dm.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = dm.readAll().split('\n');
        QVERIFY(lines.first().startsWith("STUDYID,SITEID,USUBJID,RECORD_ID,BIRTH_YEAR,SEX,STATUS"));
        QCOMPARE(lines.size(), 1 + 20 + 1);   // header, 20 patients, the final newline
        QVERIFY(lines.at(1).startsWith("NCT07312656,DEMO,DEMO-"));
        for (const QString &f : files) {
            QFile file(QDir(out).filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray all = file.readAll();
            QVERIFY2(!all.contains("DEMO-1002") && !all.contains("DEMO Chen"), qPrintable(f));
            QVERIFY2(!all.startsWith("\xEF\xBB\xBF"), qPrintable(f));
        }
        QCOMPARE(exports::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(exports::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(exports::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(exports::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void commandLine()
    {
        const auto pe = test::runCli({QStringLiteral("report"), QStringLiteral("primary-endpoint"), QStringLiteral("--db"), sitePath(),
                                      QStringLiteral("--user"), QStringLiteral("doctor"), QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                     DemoSite::password().toUtf8() + '\n');
        QVERIFY2(pe.exitCode == 0, pe.err.constData());
        const QJsonObject json = pe.json();
        QCOMPARE(json.value(QStringLiteral("scale")).toString(), QStringLiteral("who"));
        // The site's randomized patients with signed visits are counted; everyone else is excluded.
        const QJsonObject arms = json.value(QStringLiteral("arms")).toObject();
        const int nE = arms.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("n")).toInt();
        const int nC = arms.value(QStringLiteral("control")).toObject().value(QStringLiteral("n")).toInt();
        QVERIFY(nE > 0 && nC > 0);
        QVERIFY(nE + nC <= m_randomized);
        // Severity per patient counts the same patients, and its worst grades >= 3 are the events.
        const QJsonObject severity = json.value(QStringLiteral("severity")).toObject();
        for (const QString &arm : {QStringLiteral("experimental"), QStringLiteral("control")}) {
            const QJsonObject a = severity.value(arm).toObject();
            QCOMPARE(a.value(QStringLiteral("n")).toInt(), arms.value(arm).toObject().value(QStringLiteral("n")).toInt());
            const QJsonArray worst = a.value(QStringLiteral("worst_grade")).toObject().value(QStringLiteral("who")).toArray();
            QCOMPARE(worst.size(), 5);
            QCOMPARE(worst.at(3).toInt() + worst.at(4).toInt(), arms.value(arm).toObject().value(QStringLiteral("events")).toInt());
            QCOMPARE(a.value(QStringLiteral("patients_severe")).toInt(), arms.value(arm).toObject().value(QStringLiteral("events")).toInt());
        }
        QCOMPARE(json.value(QStringLiteral("excluded")).toArray().size(), 20 - nE - nC);
        QVERIFY(json.value(QStringLiteral("by_site")).toObject().contains(DemoSite::siteCode()));
        // The DMC report of the site (the CLI makes an offscreen QGuiApplication for it).
        const QString pdf = qEnvironmentVariableIsSet("MUCOTRACK_KEEP_DEMO_PDF") ? qEnvironmentVariable("MUCOTRACK_KEEP_DEMO_PDF")
                                                                               : m_dir.filePath(QStringLiteral("demo-dmc.pdf"));
        const auto dmc = test::runCli({QStringLiteral("report"), QStringLiteral("dmc"), QStringLiteral("--db"), sitePath(), QStringLiteral("--user"),
                                       QStringLiteral("monitor"), QStringLiteral("--password-stdin"), QStringLiteral("--out"), pdf},
                                      DemoSite::password().toUtf8() + '\n');
        QVERIFY2(dmc.exitCode == 0, dmc.err.constData());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        // Usage: no --out (2), an unknown option (2); nothing on standard output then.
        const auto noOut = test::runCli({QStringLiteral("export"), QStringLiteral("odm"), QStringLiteral("--db"), sitePath(), QStringLiteral("--user"),
                                         QStringLiteral("doctor"), QStringLiteral("--password-stdin")},
                                        DemoSite::password().toUtf8() + '\n');
        QVERIFY(noOut.exitCode == 2 || noOut.exitCode == 4);
        QVERIFY(noOut.err.contains("out"));
        QVERIFY(noOut.out.isEmpty());
        const auto wrongPassword = test::runCli({QStringLiteral("report"), QStringLiteral("primary-endpoint"), QStringLiteral("--db"), sitePath(),
                                                 QStringLiteral("--user"), QStringLiteral("doctor"), QStringLiteral("--password-stdin")},
                                                "wrong\n");
        QCOMPARE(wrongPassword.exitCode, 3);
        QVERIFY(wrongPassword.out.isEmpty());
    }

    // The central site answers from the same implementation: after a sync, the whole trial
    // (here one site) gives the same endpoint as the site, and its ODM export validates.
    void centralSiteSameAnswers()
    {
        const QString data = m_dir.filePath(QStringLiteral("central"));
        {
            auto backend = CentralBackend::openEmbedded(data, true);
            QVERIFY(backend.ok());
            CentralStore store(std::move(backend).value(), Clock::system());
            CentralService service(store);
            auto code = store.createEnrollmentCode(DemoSite::siteCode());
            QVERIFY(code.ok());
            auto device = store.enroll(code.value());
            QVERIFY(device.ok());
            DirectTransport transport(service, device->token);
            auto session = SiteVault::signIn(sitePath(), QStringLiteral("doctor"), DemoSite::password(), m_clock);
            QVERIFY(session.ok());
            SyncClient::Options fast;
            fast.baseBackoffMs = 1;
            SyncClient client(**session, transport, fast);
            const SyncReport report = client.runBlocking();
            QVERIFY2(report.ok, qPrintable(report.error));
            QVERIFY(report.pushed > 0);

            auto central = centralSnapshot(store.backend(), Clock::system()->nowUtc());
            QVERIFY(central.ok());
            auto site = siteSnapshot(**session);
            QVERIFY(site.ok());
            QCOMPARE(central->sites, QStringList{DemoSite::siteCode()});
            for (const QString &table : site->tables.keys())
                QCOMPARE(central->rows(table).size(), site->rows(table).size());
            const auto endpoint = [](const TrialSnapshot &s) {
                return endpointsJson(analyseEndpoints(trialCourses(s), Protocol::nct07312656().primaryEndpoint));
            };
            QCOMPARE(endpoint(central.value()), endpoint(site.value()));
        }
        const auto pe = runCentral({QStringLiteral("report"), QStringLiteral("primary-endpoint"), QStringLiteral("--data"), data, QStringLiteral("--json")});
        QVERIFY2(pe.exitCode == 0, pe.err.constData());
        QCOMPARE(pe.json().value(QStringLiteral("scale")).toString(), QStringLiteral("who"));
        if (const QString why = test::odmSchemaCheckUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString out = m_dir.filePath(QStringLiteral("trial.xml"));
        const auto odm = runCentral({QStringLiteral("export"), QStringLiteral("odm"), QStringLiteral("--data"), data, QStringLiteral("--out"), out});
        QVERIFY2(odm.exitCode == 0, odm.err.constData());
        const QString problems = test::odmSchemaErrors(out);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        QCOMPARE(xml.count("<SubjectData "), 20);
        QVERIFY(xml.contains("<Signature>"));
        QVERIFY(!xml.contains("DEMO-1002") && !xml.contains("DEMO Chen"));
    }

    // ODM's users by what they are: the site's staff the Investigator's team, a monitor the
    // Sponsor's (every user was "Investigator", the monitor who verified source and raised
    // queries too). Last: it adds a mark and a query to the shared demo site.
    void odmUserTypesFollowRoles()
    {
        auto monitor = SiteVault::signIn(sitePath(), QStringLiteral("monitor"), DemoSite::password(), m_clock);
        auto doctor = SiteVault::signIn(sitePath(), QStringLiteral("doctor"), DemoSite::password(), m_clock);
        QVERIFY(monitor.ok() && doctor.ok());
        const auto patients = Patients::list(**doctor);
        QVERIFY(patients.ok() && !patients->isEmpty());
        const QString patient = patients->first().id;
        QVERIFY(SourceVerification::mark(**monitor, QStringLiteral("patients"), patient, DemoSite::password()).ok());
        auto raised = Queries::raise(**monitor, patient, QStringLiteral("patients"), patient, QStringLiteral("sex"),
                                     QStringLiteral("Please confirm."), DemoSite::password());
        QVERIFY(raised.ok());
        QVERIFY(Queries::answer(**doctor, raised->id, QStringLiteral("Confirmed."), DemoSite::password()).ok());
        auto snapshot = siteSnapshot(**monitor);
        QVERIFY(snapshot.ok());
        QByteArray xml;
        {
            QBuffer buf(&xml);
            QVERIFY(buf.open(QIODevice::WriteOnly));
            QVERIFY(exports::writeOdm(buf, snapshot.value()).ok());
        }
        QHash<QString, QString> types;   // User OID -> UserType
        QXmlStreamReader r(xml);
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("User"))
                types.insert(r.attributes().value(QStringLiteral("OID")).toString(), r.attributes().value(QStringLiteral("UserType")).toString());
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(types.value(opaqueUserId(QStringLiteral("monitor"))), QStringLiteral("Sponsor"));
        for (const char *staff : {"doctor", "coord", "nurse"})
            QCOMPARE(types.value(opaqueUserId(QString::fromLatin1(staff))), QStringLiteral("Investigator"));
    }

private:
    QString sitePath() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    int m_randomized = 0;   // the demo's allocations
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
