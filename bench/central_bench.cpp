// mucotrack-central-bench: the central store's push rate on each backend, in-process (no
// HTTP), as the store grows. Run: build/dev/bench/mucotrack-central-bench [changes] [--json]
// PostgreSQL is measured when MUCOTRACK_TEST_POSTGRES names a database (its central tables are
// dropped and created again). Issue 14: the embedded store is the reference.
#include "central/CentralStore.h"
#include "common/Ids.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

using namespace muco;

namespace {

// A lab result as a device pushes it (7 fields), for a new record.
QJsonObject labChange(int i)
{
    return {{QStringLiteral("id"), newUuid()}, {QStringLiteral("table"), QStringLiteral("lab_results")},
            {QStringLiteral("record_id"), newUuid()},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("analyte"), QStringLiteral("hemoglobin")},
                                                   {QStringLiteral("collected_utc"), QStringLiteral("2026-11-25T07:%1:00.000Z").arg(i % 60, 2, 10, QLatin1Char('0'))},
                                                   {QStringLiteral("panel"), QStringLiteral("blood_count")},
                                                   {QStringLiteral("patient_id"), newUuid()},
                                                   {QStringLiteral("si_value"), QString::number(90 + i % 80)},
                                                   {QStringLiteral("unit"), QStringLiteral("g/L")},
                                                   {QStringLiteral("value"), QString::number(90 + i % 80)}}},
            {QStringLiteral("old"), QJsonObject()}, {QStringLiteral("changed_by"), QStringLiteral("nurse")},
            {QStringLiteral("changed_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}};
}

// Changes per second for each tenth of `total` (batches of 500), and overall.
QJsonObject measure(std::unique_ptr<CentralBackend> backend, int total)
{
    CentralStore store(std::move(backend), Clock::system());
    auto e = store.enroll(store.createEnrollmentCode(QStringLiteral("GX01")).value());
    const DeviceIdentity device{e->deviceId, e->site};
    QJsonArray steps;
    QElapsedTimer all;
    all.start();
    const int step = std::max(500, total / 10);
    for (int done = 0; done < total;) {
        QElapsedTimer t;
        t.start();
        const int end = std::min(total, done + step);
        for (; done < end; done += 500) {
            QJsonArray batch;
            for (int k = 0; k < 500 && done + k < end; ++k)
                batch.append(labChange(done + k));
            if (auto r = store.push(device, batch); !r.ok()) {
                std::fprintf(stderr, "push failed: %s\n", qPrintable(r.error().message));
                return {};
            }
        }
        steps.append(qRound(1000.0 * step / static_cast<double>(std::max<qint64>(1, t.elapsed()))));
    }
    return {{QStringLiteral("changes"), total}, {QStringLiteral("seconds"), static_cast<double>(all.elapsed()) / 1000.0},
            {QStringLiteral("changes_per_s"), qRound(1000.0 * total / static_cast<double>(std::max<qint64>(1, all.elapsed())))},
            {QStringLiteral("changes_per_s_by_tenth"), steps}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int total = args.value(0).toInt() > 0 ? args.value(0).toInt() : 20000;
    const bool json = args.contains(QStringLiteral("--json"));
    QJsonObject out;
    QTemporaryDir dir;
    if (auto b = CentralBackend::openEmbedded(dir.path() + QStringLiteral("/central"), true); b.ok())
        out.insert(QStringLiteral("embedded"), measure(std::move(b).value(), total));
    const QString conninfo = qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES");
    if (!conninfo.isEmpty()) {
        auto b = CentralBackend::openPostgres(conninfo);
        if (!b.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(b.error().message));
            return 1;
        }
        for (const char *t : {"enrollment_codes", "devices", "records", "record_sites", "changes", "conflicts"})
            (void)(*b)->exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QString::fromLatin1(t)));
        (void)(*b)->createSchema();
        out.insert(QStringLiteral("postgres"), measure(std::move(b).value(), total));
    }
    if (json) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        for (auto it = out.begin(); it != out.end(); ++it)
            std::printf("%-9s push %d changes: %.2f s, %d changes/s (by tenth: %s)\n", qPrintable(it.key()), total,
                        it->toObject().value(QStringLiteral("seconds")).toDouble(), it->toObject().value(QStringLiteral("changes_per_s")).toInt(),
                        QJsonDocument(it->toObject().value(QStringLiteral("changes_per_s_by_tenth")).toArray()).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
