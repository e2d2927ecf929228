#include "ScaleFigures.h"
#include "AppController.h"
#include "BenchUtil.h"
#include "demo/DirectTransport.h"
#include "MainWindow.h"
#include "PushWorkload.h"
#include "TestSite.h"
#include "common/Ids.h"
#include "models/PatientListModel.h"
#include "records/DemoSite.h"
#include "records/Patients.h"
#include "security/IdentityCipher.h"
#include "records/RecordStore.h"
#include "security/SiteVault.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace muco::bench {

namespace {

double ratio(double a, double b) { return b > 0 ? a / b : 0; }

// n patients with a name each, written through the one write path in one transaction.
Status addPatients(Session &s, int n)
{
    const bool clearNames = qEnvironmentVariableIntValue("MUCOTRACK_BENCH_CLEAR_NAMES") == 1;
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    for (int i = 0; i < n; ++i) {
        MUCO_READ(created, RecordStore::create(s, {&Patients::table(), {},
                                              {{QStringLiteral("subject_id"), QStringLiteral("GX01-B%1").arg(i, 6, 10, QLatin1Char('0'))},
                                               {QStringLiteral("subject_number"), 100000 + i},
                                               {QStringLiteral("birth_date"), QStringLiteral("1960-05-01")},
                                               {QStringLiteral("sex"), QStringLiteral("male")},
                                               {QStringLiteral("status"), QStringLiteral("screening")},
                                               {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}},
                                              {}}));
        // Encrypted as Patients::add writes it (security/IdentityCipher), or in clear with
        // MUCOTRACK_BENCH_CLEAR_NAMES=1, to measure what decrypting costs the list.
        const QString name = QStringLiteral("Bench %1").arg(i);
        MUCO_TRY(RecordStore::create(s, {&Patients::identityTable(), created.id,
                                         {{QStringLiteral("name"), clearNames ? name : IdentityCipher::seal(s.identityKey(), created.id,
                                                                                                           QStringLiteral("name"), name)}},
                                         {}}));
    }
    return tx.commit();
}

} // namespace

QJsonObject auditedInserts(int n)
{
    // Each side in a site of its own, made alike (the same cipher settings, both new): the raw
    // loop's audit rows in the audited side's database took the sequence numbers its chain
    // hands out next, and every audited insert after a raw round failed (and looked fast).
    // Each side runs three times, alternated (audited, raw, audited, ...), each round with rows
    // of its own, and the medians are compared.
    test::TestSite site, rawSite;
    auto session = site.signIn(QStringLiteral("coord"));
    auto rawSession = rawSite.signIn(QStringLiteral("coord"));
    int failed = 0;   // a failed insert would make the audited side look fast
    const auto audited = [&](int round) {
        return timeMs(1, [&] {
            Transaction tx(session->db());
            for (int i = 0; i < n; ++i)
                failed += !RecordStore::create(*session, {&Patients::table(), {},
                                                     {{QStringLiteral("subject_id"), QStringLiteral("B%1-%2").arg(round).arg(i)},
                                                      {QStringLiteral("subject_number"), 1000000 * (round + 1) + i},
                                                      {QStringLiteral("status"), QStringLiteral("screening")},
                                                      {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}},
                                                     {}}).ok();
            failed += !tx.commit().ok();
        });
    };
    // The yardstick: the same rows (patient, change-log entry, 4 audit rows with their hashes'
    // width) by prepared statements in one transaction, committed as the audited one is (it was
    // rolled back before the fourth round, which left the commit's page encryption out of the
    // yardstick and in the audited side). The bench site is thrown away afterwards. The
    // change-log entry holds the same five values as the audited one's, written as it writes
    // them (until the thirteenth round it held the subject ID alone: a row 90 bytes shorter).
    const auto raw = [&](int round) {
        return timeMs(1, [&] {
            Database &db = rawSession->db();
            Transaction tx(db);
            auto patient = db.prepare(QStringLiteral("INSERT INTO patients (id, version, modified_by, modified_utc, deleted, site,"
                                                     " subject_id, subject_number, status, created_utc) VALUES (?,1,'coord',?,0,'GX01',?,?,'screening',?)"));
            auto log = db.prepare(QStringLiteral("INSERT INTO change_log (id, table_name, record_id, version, base_version, fields,"
                                                 " changed_by, changed_utc, old_fields) VALUES (?,'patients',?,1,0,?,'coord',?,'{}')"));
            auto audit = db.prepare(QStringLiteral("INSERT INTO audit (seq, at_utc, user_name, action, table_name, record_id, field,"
                                                   " old_value, new_value, reason, prev_hash, hash) VALUES (?,?,'coord','create','patients',?,?,NULL,?,NULL,?,?)"));
            qint64 seq = db.scalarInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit")).value_or(0);
            const QString at = QStringLiteral("2026-11-25T08:00:00.000Z");
            const QString hash(64, QLatin1Char('a'));
            for (int i = 0; i < n; ++i) {
                const QString id = newUuid();   // ids as the app makes them (they were "raw-<i>", shorter)
                const QString subject = QStringLiteral("R%1-%2").arg(round).arg(i);
                patient->reset();
                const qint64 number = qint64(1000000) * (round + 10) + i;
                patient->bind(1, id).bind(2, at).bind(3, subject).bind(4, number).bind(5, at);
                (void)patient->run();
                log->reset();
                log->bind(1, newUuid()).bind(2, id)
                    .bind(3, QStringLiteral("{\"created_utc\":\"%1\",\"site\":\"GX01\",\"status\":\"screening\",\"subject_id\":\"%2\","
                                            "\"subject_number\":%3}").arg(at, subject).arg(number))
                    .bind(4, at);
                (void)log->run();
                for (const char *field : {"subject_id", "subject_number", "status", "created_utc"}) {
                    audit->reset();
                    audit->bind(1, ++seq).bind(2, at).bind(3, id).bind(4, QString::fromLatin1(field)).bind(5, subject).bind(6, hash).bind(7, hash);
                    (void)audit->run();
                }
            }
            patient->reset();
            log->reset();
            audit->reset();
            (void)tx.commit();
        });
    };
    QList<double> auditedMs, rawMs;
    QJsonArray rounds;
    for (int round = 0; round < 3; ++round) {
        auditedMs << audited(round);
        rawMs << raw(round);
        rounds.append(QJsonArray{auditedMs.last() / 1000, rawMs.last() / 1000});
    }
    if (failed)
        return {{QStringLiteral("n"), n}, {QStringLiteral("error"), QStringLiteral("%1 audited inserts or commits failed").arg(failed)}};
    const double a = median(auditedMs), r = median(rawMs);
    return {{QStringLiteral("n"), n}, {QStringLiteral("audited_s"), a / 1000}, {QStringLiteral("raw_s"), r / 1000},
            {QStringLiteral("ratio_audited_to_raw"), ratio(a, r)},
            {QStringLiteral("rounds_audited_raw_s"), rounds}};
}

QJsonObject centralPush(int n, const QString &conninfo)
{
    QJsonObject out{{QStringLiteral("n"), n}};
    QTemporaryDir dir;
    double embeddedRate = 0;
    for (const QString &kind : {QStringLiteral("embedded"), QStringLiteral("postgres")}) {
        if (kind == QLatin1String("postgres") && conninfo.isEmpty())
            continue;
        auto b = freshBackend(dir.path() + QStringLiteral("/central"), kind == QLatin1String("postgres") ? conninfo : QString());
        if (!b.ok()) {
            out.insert(kind, QJsonObject{{QStringLiteral("error"), b.error().message}});
            continue;
        }
        CentralStore store(std::move(b).value(), Clock::system());
        const QJsonObject m = measurePush(store, n);
        out.insert(kind, m);
        const double rate = m.value(QStringLiteral("changes_per_s")).toDouble();
        out.insert(kind + QStringLiteral("_s_per_100k"), rate > 0 ? 100000 / rate : 0);
        if (kind == QLatin1String("embedded"))
            embeddedRate = rate;
        else
            out.insert(QStringLiteral("ratio_postgres_to_embedded_rate"), ratio(rate, embeddedRate));
    }
    return out;
}

QJsonObject devicePull(int n)
{
    QTemporaryDir dir;
    auto b = freshBackend(dir.path() + QStringLiteral("/central"), {});
    if (!b.ok())
        return {{QStringLiteral("error"), b.error().message}};
    CentralStore store(std::move(b).value(), Clock::system());
    CentralService service(store);
    const QJsonObject pushed = measurePush(store, n);   // by another device of the site
    if (pushed.contains(QStringLiteral("error")))
        return pushed;
    test::TestSite site;
    auto session = site.signIn(QStringLiteral("doctor"));
    auto e = store.enroll(store.createEnrollmentCode(QStringLiteral("GX01")).value());
    if (!e.ok())
        return {{QStringLiteral("error"), e.error().message}};
    DirectTransport transport(service, e->token);
    // The app open: the patient list hears of every committed page.
    ui::PatientListModel model;
    model.setSession(session.get());
    SyncClient::Options o;
    o.batch = 500;
    o.maxBatch = 1000;
    SyncClient client(*session, transport, o);
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    const SyncReport r = client.runBlocking();
    const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const double cpuUsed = cpuSeconds() - cpu;
    return {{QStringLiteral("n"), n}, {QStringLiteral("pulled"), r.pulled}, {QStringLiteral("ok"), r.ok},
            {QStringLiteral("seconds"), secs}, {QStringLiteral("cpu_seconds"), cpuUsed},
            {QStringLiteral("changes_per_s"), qRound(r.pulled / std::max(1e-9, secs))},
            {QStringLiteral("s_per_100k"), r.pulled > 0 ? secs * 100000 / r.pulled : 0},
            {QStringLiteral("patients_listed"), model.rowCount()}};
}

QJsonObject patientList(int n)
{
    test::TestSite site;
    {
        auto coord = site.signIn(QStringLiteral("coord"));
        if (auto s = addPatients(*coord, n); !s.ok())
            return {{QStringLiteral("error"), s.error().message}};
    }
    // The bare sign-in (key derivation, key file, opening), to tell it from the list's part.
    const double bare = timeMs(5, [&] { (void)SiteVault::signIn(site.path(), QStringLiteral("coord"), test::kPassword, site.clock()); });
    ui::AppController controller(site.path(), site.clock());
    ui::MainWindow window(controller);
    window.resize(1366, 768);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    // From sign-in to the painted list; the lock before each run (the previous user's) is timed
    // apart. CPU time beside the wall time: on a machine shared with builds, what it cost.
    // Painted: the events sign-in posted (layout) delivered and the window painted, before the
    // work that follows the first paint (the rows after the first screen's, then every name) has
    // run; ready: after it.
    QList<double> painted, wall, cpu, locking;
    bool namesOpened = true;   // by the events after the paint, in every run
    bool allListed = true;     // the same for the rows
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        controller.lock();
        QCoreApplication::processEvents();
        locking << static_cast<double>(t.nsecsElapsed()) / 1e6;
        const double cpu0 = cpuSeconds();
        t.restart();
        (void)controller.signIn(QStringLiteral("coord"), test::kPassword);
        QCoreApplication::sendPostedEvents();
        window.repaint();
        painted << static_cast<double>(t.nsecsElapsed()) / 1e6;
        // The rest's timer starts the names' timer: a few passes of the event loop.
        for (int pass = 0; pass < 10; ++pass) {
            QCoreApplication::processEvents();
            if (!window.patientModel()->restPending() && !window.patientModel()->identitiesPending())
                break;
        }
        wall << static_cast<double>(t.nsecsElapsed()) / 1e6;
        namesOpened = namesOpened && !window.patientModel()->identitiesPending();
        allListed = allListed && !window.patientModel()->restPending();
        cpu << (cpuSeconds() - cpu0) * 1000;
    }
    const double total = median(wall);
    const double shown = median(painted);
    const qint64 listed = controller.session() ? controller.session()->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients")).value_or(-1) : -1;
    allListed = allListed && window.patientModel()->rowCount() == listed;
    // Adding a patient with the list open (the model inserts one row), and in core alone (the
    // window locked: its list hears no commits); then core alone with synchronous NORMAL for
    // this measurement only (WAL: no fdatasync at commit), which tells the commit's fdatasync
    // from the CPU (the app keeps FULL).
    Session &s = *controller.session();
    int k = 0;
    const auto add = [&](Session &session) {
        (void)Patients::add(session, {{}, QStringLiteral("Added %1").arg(++k), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("female")});
    };
    const double withList = timeMs(21, [&] { add(s); });
    controller.lock();
    QCoreApplication::processEvents();
    auto other = site.signIn(QStringLiteral("coord"));
    const double cpuBefore = cpuSeconds();
    const double coreOnly = timeMs(21, [&] { add(*other); });
    const double coreCpu = (cpuSeconds() - cpuBefore) * 1000 / 21;
    (void)other->db().exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const double noSync = timeMs(21, [&] { add(*other); });
    return {{QStringLiteral("n"), n}, {QStringLiteral("patients_in_db"), listed},
            {QStringLiteral("sign_in_to_painted_list_ms"), shown}, {QStringLiteral("sign_in_to_ready_list_ms"), total},
            {QStringLiteral("sign_in_to_ready_list_cpu_ms"), median(cpu)},
            {QStringLiteral("bare_sign_in_ms"), bare}, {QStringLiteral("list_painted_after_sign_in_ms"), shown - bare},
            {QStringLiteral("list_ready_after_sign_in_ms"), total - bare},
            // The window is busy this long right after the list appears (the rows after the first
            // screen's, then the names); "ready" holds every row and name only if these are true.
            {QStringLiteral("names_after_paint_ms"), total - shown}, {QStringLiteral("names_opened_when_ready"), namesOpened},
            {QStringLiteral("all_rows_listed_when_ready"), allListed},
            {QStringLiteral("lock_ms"), median(locking)},
            {QStringLiteral("add_patient_with_list_open_ms"), withList}, {QStringLiteral("add_patient_core_ms"), coreOnly},
            {QStringLiteral("add_patient_core_cpu_ms"), coreCpu}, {QStringLiteral("add_patient_core_without_fdatasync_ms"), noSync}};
}

QJsonObject demoFirstStart()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc()));
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    const Status s = DemoSite::ensure(dir.path() + QStringLiteral("/demo.db"), clock);
    const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (!s.ok())
        return {{QStringLiteral("error"), s.error().message}};
    return {{QStringLiteral("seconds"), secs}, {QStringLiteral("cpu_seconds"), cpuSeconds() - cpu}};
}

} // namespace muco::bench
