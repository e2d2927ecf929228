// The DEMO trial (issue 16, `mucotrack-central demo`), built by the real command: three DEMO
// sites with about 200 randomized patients, arms balanced per site by the generated list, no
// identity at the central site, the primary endpoint equal to a second computation written
// here from the sites' own databases (through the repositories, not the report's snapshot),
// the DMC report and a valid ODM export, a DIR that already holds a central site refused,
// and the same seed giving the same reports.
#include "CliRunner.h"
#include "JsonPatch.h"
#include "central/CentralBackend.h"
#include "central/CentralSnapshot.h"
#include "common/Clock.h"
#include "records/Assessments.h"
#include "records/DemoSite.h"
#include "records/Patients.h"
#include "records/Randomizations.h"
#include "security/Session.h"
#include "security/SiteVault.h"
#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "OdmSchema.h"
#include <QtTest>
#include <algorithm>
#include <cctype>
#include <cmath>

using namespace muco;

namespace {

test::CliRun runCentral(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("MUCOTRACK_CENTRAL"), args);
    p.waitForFinished(250000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// ---- The second computation: textbook formulas, written out here (not core/reports). ----
constexpr double kZ = 1.959963984540054;

std::pair<double, double> wilson(double x, double n)
{
    const double p = x / n, z2 = kZ * kZ;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = kZ / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {centre - half, centre + half};
}

double logChoose(int n, int k) { return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0); }

// Fisher's exact test, two-sided: the tables with the margins fixed that are no more likely
// than the one observed.
double fisher(int a, int n1, int c, int n2)
{
    const int m = a + c, n = n1 + n2;
    auto prob = [&](int x) { return std::exp(logChoose(n1, x) + logChoose(n2, m - x) - logChoose(n, m)); };
    const double observed = prob(a);
    double p = 0;
    for (int x = std::max(0, m - n2); x <= std::min(m, n1); ++x)
        if (prob(x) <= observed * (1 + 1e-7))
            p += prob(x);
    return std::min(1.0, p);
}

struct Counts {
    int nE = 0, eE = 0, nC = 0, eC = 0;
};

// Cochran-Mantel-Haenszel over the sites, no continuity correction; chi-squared(1) tail.
double cmh(const QMap<QString, Counts> &bySite)
{
    double sumDiff = 0, sumVar = 0;
    for (const Counts &k : bySite) {
        const double n = k.nE + k.nC, m1 = k.eE + k.eC, m0 = n - m1;
        if (n < 2)
            continue;
        sumDiff += k.eE - k.nE * m1 / n;
        sumVar += k.nE * k.nC * m1 * m0 / (n * n * (n - 1));
    }
    const double x2 = sumDiff * sumDiff / sumVar;
    return std::erfc(std::sqrt(x2 / 2));
}

} // namespace

class TestCentralDemo : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_data;
    QString m_second;    // the same seed again
    QJsonObject m_summary;

private slots:
    // Only these codes may use the cheap key derivation without being a test site.
    void demoSiteCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("demo");
        QTest::newRow("the DEMO site") << QStringLiteral("DEMO") << true;
        QTest::newRow("first trial site") << QStringLiteral("DEMO1") << true;
        QTest::newRow("last one allowed") << QStringLiteral("DEMO9") << true;
        QTest::newRow("zero") << QStringLiteral("DEMO0") << false;
        QTest::newRow("two digits") << QStringLiteral("DEMO10") << false;
        QTest::newRow("a letter") << QStringLiteral("DEMOA") << false;
        QTest::newRow("prefix") << QStringLiteral("XDEMO1") << false;
        QTest::newRow("lower case") << QStringLiteral("demo1") << false;
        QTest::newRow("a real site") << QStringLiteral("GX01") << false;
    }
    void demoSiteCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, demo);
        QCOMPARE(SiteVault::isDemoSite(code), demo);
    }

    // The two builds are CTest fixtures (tests/CMakeLists.txt: central_demo_build_a and _b,
    // the default seed and the same seed given), run beside other tests; run alone, the test
    // builds what is missing itself.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir bin(QCoreApplication::applicationDirPath());
        m_data = bin.filePath(QStringLiteral("demo-trial-a"));
        m_second = bin.filePath(QStringLiteral("demo-trial-b"));
        for (const auto &[dir, seed] : {std::pair{m_data, QString()}, std::pair{m_second, QStringLiteral("20261125")}}) {
            if (QFileInfo::exists(dir + QStringLiteral(".json")) && QFileInfo::exists(QDir(dir).filePath(QStringLiteral("central.db"))))
                continue;
            QDir(dir).removeRecursively();
            QStringList args{QStringLiteral("demo"), QStringLiteral("--data"), dir, QStringLiteral("--json")};
            if (!seed.isEmpty())
                args << QStringLiteral("--seed") << seed;
            const auto built = runCentral(args);
            QVERIFY2(built.exitCode == 0, built.err.constData());
            QFile json(dir + QStringLiteral(".json"));
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(built.out);
        }
        m_summary = QJsonDocument::fromJson(readAll(m_data + QStringLiteral(".json"))).object();
        QVERIFY(!m_summary.isEmpty());
        qInfo("DEMO trial built in %d ms (the command's own count): %d screened, %d randomized",
              m_summary.value(QStringLiteral("elapsed_ms")).toInt(), m_summary.value(QStringLiteral("screened")).toInt(),
              m_summary.value(QStringLiteral("randomized")).toInt());
    }

    void threeSitesAbout200RandomizedBalancedPerSite()
    {
        auto backend = CentralBackend::openEmbedded(m_data, false);
        QVERIFY(backend.ok());
        auto snapshot = centralSnapshot(**backend, QDateTime::currentDateTimeUtc());
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->sites, (QStringList{QStringLiteral("DEMO1"), QStringLiteral("DEMO2"), QStringLiteral("DEMO3")}));
        QMap<QString, QPair<int, int>> arms;
        for (const SnapshotRecord &r : snapshot->rows(QStringLiteral("randomizations"))) {
            QVERIFY(r.text(QStringLiteral("arm")) == Randomizations::experimental() || r.text(QStringLiteral("arm")) == Randomizations::control());
            auto &a = arms[r.site];
            (r.text(QStringLiteral("arm")) == Randomizations::experimental() ? a.first : a.second) += 1;
        }
        int total = 0;
        for (auto it = arms.cbegin(); it != arms.cend(); ++it) {
            total += it->first + it->second;
            // Permuted blocks of 2, 4 or 6: a site is never more than 3 off balance.
            QVERIFY2(std::abs(it->first - it->second) <= 3, qPrintable(QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(it->first).arg(it->second)));
        }
        QCOMPARE(arms.size(), 3);
        QVERIFY2(total >= 185 && total <= 215, qPrintable(QString::number(total)));
        QCOMPARE(total, m_summary.value(QStringLiteral("randomized")).toInt());
        // Screen failures, withdrawals and completed follow-up are all there.
        QMap<QString, int> statuses;
        for (const SnapshotRecord &p : snapshot->rows(QStringLiteral("patients")))
            ++statuses[p.text(QStringLiteral("status"))];
        QVERIFY(statuses.value(QStringLiteral("screen_failed")) >= 10);
        QVERIFY(statuses.value(QStringLiteral("withdrawn")) >= 3);
        QVERIFY(statuses.value(QStringLiteral("completed")) >= 150);
        // Every allocation came from the central list, online, and reconciles.
        const auto report = runCentral({QStringLiteral("randomization"), QStringLiteral("report"), QStringLiteral("--data"), m_data, QStringLiteral("--json")});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QCOMPARE(report.json().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        const QJsonArray allocations = report.json().value(QStringLiteral("allocations")).toArray();
        QCOMPARE(allocations.size(), total);
        for (const QJsonValue &a : allocations)
            QCOMPARE(a.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("online"));
        // Adverse events by CTCAE term, some serious; fractions missed or held.
        QSet<QString> terms;
        int serious = 0;
        for (const SnapshotRecord &e : snapshot->rows(QStringLiteral("adverse_events"))) {
            terms << e.text(QStringLiteral("term"));
            serious += e.fields.value(QStringLiteral("serious")).toInt();
        }
        QVERIFY2(terms.size() >= 6 && terms.contains(QStringLiteral("Mucositis oral")), qPrintable(QStringList(terms.values()).join(QStringLiteral(", "))));
        QVERIFY(serious >= 1);
        int notDelivered = 0;
        for (const SnapshotRecord &f : snapshot->rows(QStringLiteral("fractions")))
            notDelivered += f.text(QStringLiteral("status")) != QLatin1String("delivered") ? 1 : 0;
        QVERIFY(notDelivered >= 10);
    }

    // The central site holds subject IDs; the names and record numbers stay in the sites'
    // databases (where the demo's doctor sees them).
    void noIdentityAtTheCentralSite()
    {
        QByteArray central = readAll(QDir(m_data).filePath(QStringLiteral("central.db")));
        central += readAll(QDir(m_data).filePath(QStringLiteral("central.db-wal")));
        QVERIFY(central.size() > 100000);
        // Every "DEMO" in the central site's bytes, with what follows it (one pass: the
        // database is tens of megabytes, searching it once per name took half a minute).
        QSet<QByteArray> following;
        for (qsizetype at = central.indexOf("DEMO"); at >= 0; at = central.indexOf("DEMO", at + 4)) {
            qsizetype end = at + 4;
            while (end < central.size() && end - at < 40 && (std::isalnum(static_cast<unsigned char>(central[end])) || central[end] == ' ' || central[end] == '-'))
                ++end;
            following.insert(central.mid(at, end - at));
        }
        const auto holds = [&](const QString &text) {
            const QByteArray t = text.toUtf8();
            return std::any_of(following.cbegin(), following.cend(), [&](const QByteArray &f) { return f.startsWith(t); });
        };
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 10, 1), QTime(2, 0), QTimeZone::utc()));
        int checked = 0;
        QSet<QString> names, mrns;
        for (const QString &site : {QStringLiteral("DEMO1"), QStringLiteral("DEMO2"), QStringLiteral("DEMO3")}) {
            const QString path = QDir(m_data).filePath(QStringLiteral("demo-sites/%1.db").arg(site));
            auto doctor = SiteVault::signIn(path, QStringLiteral("doctor"), DemoSite::password(), clock);
            QVERIFY2(doctor.ok(), qPrintable(path));
            auto patients = Patients::list(**doctor);
            QVERIFY(patients.ok());
            for (const Patient &p : patients.value()) {
                QVERIFY(p.name.startsWith(QLatin1String("DEMO ")));
                QVERIFY(p.mrn.startsWith(QLatin1String("DEMO-")));
                names << p.name;
                mrns << p.mrn;
                QVERIFY2(holds(p.subjectId), qPrintable(p.subjectId));
                ++checked;
            }
        }
        for (const QString &name : std::as_const(names))
            QVERIFY2(!holds(name), qPrintable(name));
        for (const QString &mrn : std::as_const(mrns))
            QVERIFY2(!holds(mrn), qPrintable(mrn));
        QCOMPARE(checked, m_summary.value(QStringLiteral("screened")).toInt());
    }

    // report primary-endpoint --json against the counts read from the three sites' databases
    // and the statistics computed again here.
    void primaryEndpointEqualsASecondComputation()
    {
        const auto pe = runCentral({QStringLiteral("report"), QStringLiteral("primary-endpoint"), QStringLiteral("--data"), m_data, QStringLiteral("--json")});
        QVERIFY2(pe.exitCode == 0, pe.err.constData());
        const QJsonObject json = pe.json();
        QCOMPARE(json.value(QStringLiteral("scale")).toString(), QStringLiteral("who"));
        QCOMPARE(json.value(QStringLiteral("threshold")).toInt(), 3);

        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 10, 1), QTime(2, 0), QTimeZone::utc()));
        QMap<QString, Counts> bySite;
        Counts all;
        QStringList excluded;
        for (const QString &site : {QStringLiteral("DEMO1"), QStringLiteral("DEMO2"), QStringLiteral("DEMO3")}) {
            auto monitor = SiteVault::signIn(QDir(m_data).filePath(QStringLiteral("demo-sites/%1.db").arg(site)), QStringLiteral("monitor"),
                                             DemoSite::password(), clock);
            QVERIFY(monitor.ok());
            auto patients = Patients::list(**monitor);
            QVERIFY(patients.ok());
            for (const Patient &p : patients.value()) {
                auto allocation = Randomizations::forPatient((*monitor)->db(), p.id);
                QVERIFY(allocation.ok());
                if (!allocation->has_value()) {
                    excluded << p.subjectId;
                    continue;
                }
                const QDate randomized = (*monitor)->siteDate((*allocation)->allocatedUtc);
                auto visits = Assessments::list(**monitor, p.id);
                QVERIFY(visits.ok());
                bool graded = false, event = false;
                for (const Assessment &a : visits.value()) {
                    if (a.state != QLatin1String("signed") || a.visitDate < randomized)
                        continue;
                    graded = true;
                    event = event || a.who.grade >= 3;
                }
                if (!graded) {
                    excluded << p.subjectId;
                    continue;
                }
                const bool experimental = (*allocation)->arm == Randomizations::experimental();
                Counts &k = bySite[site];
                (experimental ? k.nE : k.nC) += 1;
                (experimental ? k.eE : k.eC) += event ? 1 : 0;
                (experimental ? all.nE : all.nC) += 1;
                (experimental ? all.eE : all.eC) += event ? 1 : 0;
            }
        }
        const QJsonObject arms = json.value(QStringLiteral("arms")).toObject();
        QCOMPARE(arms.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("n")).toInt(), all.nE);
        QCOMPARE(arms.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("events")).toInt(), all.eE);
        QCOMPARE(arms.value(QStringLiteral("control")).toObject().value(QStringLiteral("n")).toInt(), all.nC);
        QCOMPARE(arms.value(QStringLiteral("control")).toObject().value(QStringLiteral("events")).toInt(), all.eC);
        const QJsonObject sites = json.value(QStringLiteral("by_site")).toObject();
        QCOMPARE(sites.size(), 3);
        for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
            const QJsonObject s = sites.value(it.key()).toObject();
            QCOMPARE(s.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("n")).toInt(), it->nE);
            QCOMPARE(s.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("events")).toInt(), it->eE);
            QCOMPARE(s.value(QStringLiteral("control")).toObject().value(QStringLiteral("n")).toInt(), it->nC);
            QCOMPARE(s.value(QStringLiteral("control")).toObject().value(QStringLiteral("events")).toInt(), it->eC);
        }
        QStringList reportedExcluded;
        for (const QJsonValue &e : json.value(QStringLiteral("excluded")).toArray())
            reportedExcluded << e.toObject().value(QStringLiteral("subject_id")).toString();
        reportedExcluded.sort();
        excluded.sort();
        QCOMPARE(reportedExcluded, excluded);

        const double p1 = double(all.eE) / all.nE, p2 = double(all.eC) / all.nC;
        const auto [l1, u1] = wilson(all.eE, all.nE);
        const auto [l2, u2] = wilson(all.eC, all.nC);
        const double rd = p1 - p2;
        const double rdLow = rd - std::sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
        const double rdHigh = rd + std::sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
        const double rr = p1 / p2;
        const double se = std::sqrt(1.0 / all.eE - 1.0 / all.nE + 1.0 / all.eC - 1.0 / all.nC);
        const auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };
        const QJsonArray rdCi = json.value(QStringLiteral("risk_difference_ci95")).toArray();
        const QJsonArray rrCi = json.value(QStringLiteral("relative_risk_ci95")).toArray();
        QVERIFY(near(json.value(QStringLiteral("risk_difference")).toDouble(), rd));
        QVERIFY(near(rdCi.at(0).toDouble(), rdLow));
        QVERIFY(near(rdCi.at(1).toDouble(), rdHigh));
        QVERIFY(near(json.value(QStringLiteral("relative_risk")).toDouble(), rr));
        QVERIFY(near(rrCi.at(0).toDouble(), std::exp(std::log(rr) - kZ * se)));
        QVERIFY(near(rrCi.at(1).toDouble(), std::exp(std::log(rr) + kZ * se)));
        QVERIFY(near(json.value(QStringLiteral("fisher_exact_p")).toDouble(), fisher(all.eE, all.nE, all.eC, all.nC)));
        QVERIFY(near(json.value(QStringLiteral("cmh_p")).toDouble(), cmh(bySite)));
        // The spray's arm has fewer events, as the demo's synthetic histories draw them.
        QVERIFY(p1 < p2);
        qInfo("DEMO primary endpoint: experimental %d/%d, control %d/%d, RD %.3f (%.3f to %.3f), RR %.3f (%.3f to %.3f), "
              "Fisher p %.4f, CMH p %.4f",
              all.eE, all.nE, all.eC, all.nC, rd, rdLow, rdHigh, rr, std::exp(std::log(rr) - kZ * se), std::exp(std::log(rr) + kZ * se),
              fisher(all.eE, all.nE, all.eC, all.nC), cmh(bySite));
    }

    void dmcReportAndOdmExport()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("dmc.pdf"));
        const auto dmc = runCentral({QStringLiteral("report"), QStringLiteral("dmc"), QStringLiteral("--data"), m_data, QStringLiteral("--out"), pdf});
        QVERIFY2(dmc.exitCode == 0, dmc.err.constData());
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(60000));
            const QByteArray words = text.readAllStandardOutput();
            QVERIFY(words.contains("DEMO DATA"));
            QVERIFY(words.contains("DEMO1") && words.contains("DEMO3"));
        }
        const QString xml = m_dir.filePath(QStringLiteral("trial.xml"));
        const auto odm = runCentral({QStringLiteral("export"), QStringLiteral("odm"), QStringLiteral("--data"), m_data, QStringLiteral("--out"), xml});
        QVERIFY2(odm.exitCode == 0, odm.err.constData());
        const QByteArray content = readAll(xml);
        QCOMPARE(static_cast<int>(content.count("<SubjectData ")), m_summary.value(QStringLiteral("screened")).toInt());
        QVERIFY(content.contains("<Signature>"));
        QVERIFY(!content.contains("DEMO Chen") && !content.contains("DEMO-1002"));
        if (const QString why = test::odmSchemaCheckUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString problems = test::odmSchemaErrors(xml);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void refusesAFolderThatHoldsACentralSite()
    {
        const QByteArray before = runCentral({QStringLiteral("report"), QStringLiteral("primary-endpoint"), QStringLiteral("--data"), m_data,
                                              QStringLiteral("--json")}).out;
        const auto again = runCentral({QStringLiteral("demo"), QStringLiteral("--data"), m_data});
        QCOMPARE(again.exitCode, 4);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.err.contains("--data"), again.err.constData());
        const QByteArray after = runCentral({QStringLiteral("report"), QStringLiteral("primary-endpoint"), QStringLiteral("--data"), m_data,
                                             QStringLiteral("--json")}).out;
        QCOMPARE(after, before);
        // A central site made by init is refused too, and left as it was.
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QCOMPARE(runCentral({QStringLiteral("init"), QStringLiteral("--data"), other}).exitCode, 0);
        const auto onInit = runCentral({QStringLiteral("demo"), QStringLiteral("--data"), other});
        QCOMPARE(onInit.exitCode, 4);
        QVERIFY(!QFileInfo::exists(QDir(other).filePath(QStringLiteral("demo-sites"))));
        const auto badSeed = runCentral({QStringLiteral("demo"), QStringLiteral("--data"), m_dir.filePath(QStringLiteral("x")), QStringLiteral("--seed"), QStringLiteral("-1")});
        QCOMPARE(badSeed.exitCode, 4);
        QVERIFY(badSeed.err.contains("--seed"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x"))));
    }

    // The same seed, another folder: the same reports (the DMC report's text apart from the
    // time it was made; the endpoint's JSON byte for byte).
    void sameSeedSameReports()
    {
        const QString second = m_second;
        const auto endpoint = [](const QString &data) {
            return runCentral({QStringLiteral("report"), QStringLiteral("primary-endpoint"), QStringLiteral("--data"), data, QStringLiteral("--json")}).out;
        };
        const QByteArray first = endpoint(m_data);
        QVERIFY(!first.isEmpty());
        QCOMPARE(endpoint(second), first);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is absent: the DMC reports cannot be compared as text here");
        const auto dmcText = [this](const QString &data, const QString &name) {
            const QString pdf = m_dir.filePath(name);
            if (runCentral({QStringLiteral("report"), QStringLiteral("dmc"), QStringLiteral("--data"), data, QStringLiteral("--out"), pdf}).exitCode != 0)
                return QString();
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            text.waitForFinished(60000);
            // The report's creation time ("as of 2026-11-29 17:05 UTC") is the one difference allowed.
            return QString::fromUtf8(text.readAllStandardOutput()).replace(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d")), QStringLiteral("TIME"));
        };
        const QString a = dmcText(m_data, QStringLiteral("a.pdf"));
        QVERIFY(a.size() > 2000);
        QCOMPARE(dmcText(second, QStringLiteral("b.pdf")), a);
    }
};

QTEST_GUILESS_MAIN(TestCentralDemo)
#include "tst_central_demo.moc"
