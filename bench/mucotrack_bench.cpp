// mucotrack-bench: the numbers the issues ask for, on this machine.
// Run: QT_QPA_PLATFORM=offscreen build/ci/bench/mucotrack-bench [--json] [--sizes 1000,10000,50000]
//      [--postgres "host=... port=... dbname=... user=..."] [--only scale|signin,inserts,push,pull,list,demo|other]
// Issue 14's figures are measured at each size, each beside its reference in the same run;
// PostgreSQL is measured when --postgres or MUCOTRACK_TEST_POSTGRES names a database (its
// central tables are dropped and created again).
#include "BenchUtil.h"
#include "ScaleFigures.h"
#include "JsonPatch.h"
#include "models/PatientListModel.h"
#include "workspace/PatientWorkspace.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Radiotherapy.h"
#include "clinical/DoseJson.h"
#include "clinical/EligibilityJson.h"
#include "clinical/GradingJson.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "security/Accounts.h"
#include "security/SiteVault.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace muco;

namespace {

using bench::median;
using bench::timeMs;

QJsonObject g_figures;
bool g_json = false;

void report(const char *what, double value, const char *unit, const char *goal)
{
    g_figures.insert(QString::fromLatin1(what).trimmed(), QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), QString::fromLatin1(unit)},
                                                                       {QStringLiteral("goal"), QString::fromLatin1(goal)}});
    if (!g_json)
        std::printf("%-58s %12.3f %-4s (goal: %s)\n", what, value, unit, goal);
}

// One line per size in text; every number in JSON.
void reportScale(const QString &what, const QString &goal, const QJsonArray &bySize)
{
    g_figures.insert(what, QJsonObject{{QStringLiteral("goal"), goal}, {QStringLiteral("by_size"), bySize}});
    if (g_json)
        return;
    std::printf("%s (goal: %s)\n", qPrintable(what), qPrintable(goal));
    for (const QJsonValue &v : bySize)
        std::printf("  %s\n", QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double insertWorkload(const QString &path, const SecureBytes &key)
{
    auto db = Database::open(path, key, CipherSettings{}, Database::Mode::Create);
    (void)migrate(**db);
    return timeMs(1, [&] {
        Transaction tx(**db);
        auto st = (*db)->prepare(QStringLiteral(
            "INSERT INTO change_log (id, table_name, record_id, version, base_version, fields, changed_by, changed_utc)"
            " VALUES (?, 'patients', ?, 1, 0, ?, 'bench', '2026-11-25T00:00:00.000Z')"));
        for (int i = 0; i < 20000; ++i) {
            st->reset();
            st->bind(1, QStringLiteral("id-%1").arg(i)).bind(2, QStringLiteral("rec-%1").arg(i))
                .bind(3, QStringLiteral("{\"subject_id\":\"GX01-%1\",\"sex\":\"male\"}").arg(i));
            (void)st->run();
        }
        (void)tx.commit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    g_json = args.contains(QStringLiteral("--json"));
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    QList<int> sizes;
    for (const QString &n : option(QStringLiteral("--sizes"), QStringLiteral("1000,10000")).split(QLatin1Char(',')))
        if (n.toInt() > 0)
            sizes << n.toInt();
    const QString conninfo = option(QStringLiteral("--postgres"), qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES"));
    const QString only = option(QStringLiteral("--only"), QString());
    double load[1] = {0};
    (void)::getloadavg(load, 1);
    g_figures.insert(QStringLiteral("machine"), QJsonObject{{QStringLiteral("cores"), QThread::idealThreadCount()},
                                                            {QStringLiteral("load_1min_at_start"), load[0]},
                                                            {QStringLiteral("parallel_yield"), bench::parallelYield()}});
    QTemporaryDir dir;
    auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc()));

    // 1. Sign-in at the default Argon2id cost.
    const QString real = dir.path() + QStringLiteral("/real.db");
    SiteSetup setup{real, QStringLiteral("GX01"), QStringLiteral("admin"), {}, QStringLiteral("bench-password-1"),
                    QStringLiteral("UTC"), KdfCost::standard()};
    (void)SiteVault::create(setup, *clock);

    // --only: a comma-separated choice of scale (all of issue 14's figures), signin, inserts, push,
    // pull, list, demo and other (the other issues' numbers); everything by default.
    const QStringList chosen = only.isEmpty() ? QStringList{QStringLiteral("scale"), QStringLiteral("other")} : only.split(QLatin1Char(','));
    const auto wanted = [&](const char *figure) {
        return chosen.contains(QString::fromLatin1(figure)) || (chosen.contains(QStringLiteral("scale")) && qstrcmp(figure, "other") != 0);
    };
    const auto each = [&](const std::function<QJsonObject(int)> &figure) {
        QJsonArray out;
        for (int n : sizes)
            out.append(figure(n));
        return out;
    };
    if (wanted("signin"))
        report("sign-in, default Argon2id cost (median of 5)",
               timeMs(5, [&] { (void)SiteVault::signIn(real, QStringLiteral("admin"), QStringLiteral("bench-password-1"), clock); }) / 1000.0,
               "s", "0.3-1.0 s");
    if (wanted("inserts"))
        reportScale(QStringLiteral("audited inserts in one transaction vs a raw SQLCipher loop"),
                    QStringLiteral("10,000 within 1.5 x of raw"), each(bench::auditedInserts));
    if (wanted("push"))
        reportScale(QStringLiteral("central push, embedded vs PostgreSQL"),
                    QStringLiteral("PostgreSQL rate >= embedded; 100,000 in <= 10 s; flat by tenth"),
                    each([&](int n) { return bench::centralPush(n, conninfo); }));
    if (wanted("pull"))
        reportScale(QStringLiteral("fresh device pull with the patient list open"), QStringLiteral("100,000 in <= 20 s"), each(bench::devicePull));
    if (wanted("list"))
        reportScale(QStringLiteral("patients listed after sign-in, and one added"),
                    QStringLiteral("50,000: list <= 150 ms after sign-in; add < 2 ms"), each(bench::patientList));
    if (wanted("demo"))
        reportScale(QStringLiteral("DEMO first start"), QStringLiteral("<= 1.5 s"), QJsonArray{bench::demoFirstStart()});
    if (!wanted("other")) {
        if (g_json)
            std::printf("%s\n", QJsonDocument(g_figures).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    auto session = std::move(SiteVault::signIn(real, QStringLiteral("admin"), QStringLiteral("bench-password-1"), clock)).value();

    // 2. One audited save: row + change log + audit in one transaction, committed.
    report("one audited save (patient add, median of 200)",
           timeMs(200, [&] { (void)Patients::add(*session, {}); }), "ms", "median < 10 ms");

    // 4. Patient list of 5,000 patients shown (model load + view layout).
    {
        QTemporaryDir listDir;
        const QString path = listDir.path() + QStringLiteral("/list.db");
        SiteSetup s{path, QStringLiteral("GX02"), QStringLiteral("admin"), {}, QStringLiteral("bench-password-1"),
                    QStringLiteral("UTC"), KdfCost::fast(), true};   // testing: cheap Argon2id
        (void)SiteVault::create(s, *clock);
        auto ls = std::move(SiteVault::signIn(path, QStringLiteral("admin"), QStringLiteral("bench-password-1"), clock)).value();
        {
            Transaction tx(ls->db());
            for (int i = 0; i < 5000; ++i) {
                (void)RecordStore::create(*ls, {&Patients::table(), {},
                                                {{QStringLiteral("subject_id"), QStringLiteral("GX02-%1").arg(i, 4, 10, QLatin1Char('0'))},
                                                 {QStringLiteral("subject_number"), i},
                                                 {QStringLiteral("birth_date"), QStringLiteral("1960-05-01")},
                                                 {QStringLiteral("sex"), QStringLiteral("male")},
                                                 {QStringLiteral("status"), QStringLiteral("screening")},
                                                 {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}},
                                                {}});
                (void)RecordStore::create(*ls, {&Patients::identityTable(), QString(),
                                                {{QStringLiteral("name"), QStringLiteral("Bench %1").arg(i)}}, {}});
            }
            (void)tx.commit();
        }
        ui::PatientListModel model;
        QTableView view;
        view.setModel(&model);
        view.resize(500, 700);
        view.show();
        report("patient list of 5,000 shown (load + layout, median of 5)", timeMs(5, [&] {
                   model.setSession(ls.get());
                   view.resizeColumnsToContents();
                   // Whole: the rows after the first screen's and the names follow the first paint.
                   for (int pass = 0; pass < 10 && (pass == 0 || model.restPending() || model.identitiesPending()); ++pass)
                       QCoreApplication::processEvents();
               }), "ms", "< 150 ms");
    }

    // 4b. Opening a patient with 35 fractions, 20 graded visits and 10 lab panels (every tab loads).
    {
        QTemporaryDir pdir;
        const QString path = pdir.path() + QStringLiteral("/patient.db");
        auto late = std::make_shared<FixedClock>(QDateTime(QDate(2027, 1, 29), QTime(8, 0), QTimeZone::utc()));
        SiteSetup s{path, QStringLiteral("GX03"), QStringLiteral("admin"), {}, QStringLiteral("bench-password-1"),
                    QStringLiteral("UTC"), KdfCost::fast(), true};   // testing: cheap Argon2id
        (void)SiteVault::create(s, *late);
        auto adm = std::move(SiteVault::signIn(path, QStringLiteral("admin"), QStringLiteral("bench-password-1"), late)).value();
        (void)Accounts::add(*adm, QStringLiteral("doctor"), {}, Role::Investigator, QStringLiteral("bench-password-1"), KdfCost::fast());
        auto doc = std::move(SiteVault::signIn(path, QStringLiteral("doctor"), QStringLiteral("bench-password-1"), late)).value();
        const Patient p = Patients::add(*doc, {{}, QStringLiteral("Bench"), {}, {}, QStringLiteral("1960-01-01"), QStringLiteral("male")}).value();
        RtPlan plan;
        plan.patientId = p.id;
        plan.totalDoseGy = Decimal(70);
        plan.fractions = 35;
        plan.dosePerFractionGy = Decimal(2);
        plan.startDate = QDate(2026, 11, 2);
        (void)Radiotherapy::savePlan(*doc, plan);
        QByteArray csv = "date,fraction,dose\n";
        int n = 0;
        for (QDate d(2026, 11, 2); n < 35; d = d.addDays(1))
            if (d.dayOfWeek() <= 5)
                csv += QStringLiteral("%1,%2,2\n").arg(d.toString(Qt::ISODate)).arg(++n).toUtf8();
        (void)Radiotherapy::importCsv(*doc, p.id, csv);
        for (int v = 0; v < 20; ++v) {
            Exam f;
            f.erythemaSeen = true;
            f.omas.insert(OmasSite::LeftCheek, {v > 8 ? 1 : 0, 1});
            auto a = Assessments::record(*doc, p.id, QDate(2026, 11, 3).addDays(v * 3), f, {});
            (void)Assessments::sign(*doc, a->id, QStringLiteral("bench-password-1"));
        }
        for (int l = 0; l < 10; ++l)
            (void)Labs::recordPanel(*doc, p.id, QDateTime(QDate(2026, 11, 1).addDays(l * 7), QTime(7, 0), QTimeZone::utc()),
                                    QStringLiteral("blood_count"),
                                    {{QStringLiteral("wbc"), Decimal(5), QStringLiteral("10^9/L")},
                                     {QStringLiteral("hemoglobin"), Decimal(120), QStringLiteral("g/L")},
                                     {QStringLiteral("platelets"), Decimal(200), QStringLiteral("10^9/L")}});
        ui::PatientWorkspace workspace;
        workspace.resize(1000, 700);
        workspace.show();
        report("open a patient: 35 fractions, 20 visits, 10 panels (median of 5)", timeMs(5, [&] {
                   workspace.showPatient(*doc, p);
                   QCoreApplication::processEvents();
               }), "ms", "< 100 ms");
    }

    // 5. Encrypted versus plain SQLite on the same insert workload.
    {
        QList<double> ratios;
        for (int i = 0; i < 3; ++i) {
            const double enc = insertWorkload(dir.path() + QStringLiteral("/enc%1.db").arg(i), SecureBytes::random(32));
            const double plain = insertWorkload(dir.path() + QStringLiteral("/plain%1.db").arg(i), SecureBytes());
            ratios << enc / plain;
        }
        report("encrypted / plain, 20,000 inserts in one transaction", median(ratios), "x", "< 1.3");
    }

    // 6. The clinical calculators.
    {
        const QJsonObject eligible = test::loadFixture(QStringLiteral("eligible-patient.json"));
        const EligibilityInput in = eligibilityInputFromJson(eligible).value();
        const int n = 2000;
        report("one eligibility evaluation (21 criteria)", timeMs(1, [&] {
                   for (int i = 0; i < n; ++i)
                       (void)evaluateEligibility(Protocol::nct07312656(), in);
               }) * 1000.0 / n, "us", "report");
        report("one eligibility check incl. JSON parse and output", timeMs(1, [&] {
                   for (int i = 0; i < n; ++i)
                       (void)eligibilityResultToJson(evaluateEligibility(Protocol::nct07312656(), eligibilityInputFromJson(eligible).value()));
               }) * 1000.0 / n, "us", "report");
        Findings f;
        f.ulcers = true;
        f.diet = Diet::Liquid;
        f.symptoms = Severity::Severe;
        report("one grade (WHO + CTCAE + RTOG)", timeMs(1, [&] {
                   for (int i = 0; i < n * 10; ++i) {
                       (void)gradeWho(f);
                       (void)gradeCtcae(f);
                       (void)gradeRtog(f);
                   }
               }) * 1000.0 / (n * 10), "us", "report");
        QJsonArray fractions;
        QDate d(2026, 9, 7);
        for (int i = 0; i < 35; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            fractions.append(QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("dose_gy"), 2.0},
                                         {QStringLiteral("status"), QStringLiteral("delivered")}});
            ++i;
        }
        const QJsonObject course{{QStringLiteral("as_of"), QStringLiteral("2026-11-20")},
                                 {QStringLiteral("plan"), QJsonObject{{QStringLiteral("total_dose_gy"), 70}, {QStringLiteral("fractions"), 35},
                                                                      {QStringLiteral("start_date"), QStringLiteral("2026-09-07")}}},
                                 {QStringLiteral("fractions"), fractions}};
        const DoseInput doseIn = doseInputFromJson(course).value();
        report("one 35-fraction dose summary", timeMs(1, [&] {
                   for (int i = 0; i < n; ++i)
                       (void)summarizeDose(doseIn);
               }) * 1000.0 / n, "us", "report");
    }
    if (g_json)
        std::printf("%s\n", QJsonDocument(g_figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
