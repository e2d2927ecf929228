// mucotrack-bench: the numbers the issues ask for, on this machine.
// Run: QT_QPA_PLATFORM=offscreen build/dev/bench/mucotrack-bench
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
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace muco;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Median over `runs` of the time of `body`, in milliseconds.
double timeMs(int runs, const std::function<void()> &body)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        samples << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    return median(samples);
}

void report(const char *what, double value, const char *unit, const char *goal)
{
    std::printf("%-58s %12.3f %-4s (goal: %s)\n", what, value, unit, goal);
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
    QTemporaryDir dir;
    auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc()));

    // 1. Sign-in at the default Argon2id cost.
    const QString real = dir.path() + QStringLiteral("/real.db");
    SiteSetup setup{real, QStringLiteral("GX01"), QStringLiteral("admin"), {}, QStringLiteral("bench-password-1"),
                    QStringLiteral("UTC"), KdfCost::standard()};
    (void)SiteVault::create(setup, *clock);
    report("sign-in, default Argon2id cost (median of 5)",
           timeMs(5, [&] { (void)SiteVault::signIn(real, QStringLiteral("admin"), QStringLiteral("bench-password-1"), clock); }) / 1000.0,
           "s", "0.3-1.0 s");

    auto session = std::move(SiteVault::signIn(real, QStringLiteral("admin"), QStringLiteral("bench-password-1"), clock)).value();

    // 2. One audited save: row + change log + audit in one transaction, committed.
    report("one audited save (patient add, median of 200)",
           timeMs(200, [&] { (void)Patients::add(*session, {}); }), "ms", "median < 10 ms");

    // 3. 10,000 audited inserts in one transaction, and beside it (same run, same database, same
    // cipher) a raw SQLCipher loop writing the same rows: patient, change-log entry, 4 audit rows.
    const double audited = timeMs(1, [&] {
               Transaction tx(session->db());
               for (int i = 0; i < 10000; ++i) {
                   RecordWrite w{&Patients::table(), {},
                                 {{QStringLiteral("subject_id"), QStringLiteral("B-%1").arg(i)},
                                  {QStringLiteral("subject_number"), 100000 + i},
                                  {QStringLiteral("status"), QStringLiteral("screening")},
                                  {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}},
                                 {}};
                   (void)RecordStore::create(*session, w);
               }
               (void)tx.commit();
           });
    report("10,000 audited inserts in one transaction", audited / 1000.0, "s", "< 2 s");
    const double raw = timeMs(1, [&] {
        Database &db = session->db();
        Transaction tx(db);
        auto patient = db.prepare(QStringLiteral("INSERT INTO patients (id, version, modified_by, modified_utc, deleted, site,"
                                                 " subject_id, subject_number, status, created_utc) VALUES (?,1,'admin',?,0,'GX01',?,?,'screening',?)"));
        auto log = db.prepare(QStringLiteral("INSERT INTO change_log (id, table_name, record_id, version, base_version, fields,"
                                             " changed_by, changed_utc, old_fields) VALUES (?,'patients',?,1,0,?,'admin',?,'{}')"));
        auto audit = db.prepare(QStringLiteral("INSERT INTO audit (seq, at_utc, user_name, action, table_name, record_id, field,"
                                               " old_value, new_value, reason, prev_hash, hash) VALUES (?,?,'admin','create','patients',?,?,NULL,?,NULL,?,?)"));
        qint64 seq = db.scalarInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit")).value_or(0);
        const QString at = QStringLiteral("2026-11-25T08:00:00.000Z");
        const QString hash(64, QLatin1Char('a'));
        for (int i = 0; i < 10000; ++i) {
            const QString id = QStringLiteral("raw-%1").arg(i);
            const QString subject = QStringLiteral("R-%1").arg(i);
            patient->reset();
            patient->bind(1, id).bind(2, at).bind(3, subject).bind(4, qint64(200000 + i)).bind(5, at);
            (void)patient->run();
            log->reset();
            log->bind(1, QStringLiteral("log-%1").arg(i)).bind(2, id).bind(3, QStringLiteral("{\"subject_id\":\"%1\"}").arg(subject)).bind(4, at);
            (void)log->run();
            for (const char *field : {"subject_id", "subject_number", "status", "created_utc"}) {
                audit->reset();
                audit->bind(1, ++seq).bind(2, at).bind(3, id).bind(4, QString::fromLatin1(field)).bind(5, subject).bind(6, hash).bind(7, hash);
                (void)audit->run();
            }
        }
        // Not committed: the raw rows are a yardstick, not data (the rollback is not timed apart).
    });
    report("  the same rows by a raw SQLCipher loop", raw / 1000.0, "s", "report");
    report("  audited / raw", audited / raw, "x", "report (was 6.0 x)");

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
    return 0;
}
