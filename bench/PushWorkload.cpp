#include "PushWorkload.h"
#include "common/Ids.h"
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <algorithm>
#include <ctime>
#include <array>

namespace muco::bench {

namespace {

// Ids laid out as a device makes them (newUuid: version 7, the time of making first), made at
// one change a millisecond, the random part derived from the change's number so that a
// patient's labs name it without a lookup.
QString idOf(const char *kind, int i, int made)
{
    const QByteArray h = QCryptographicHash::hash(QByteArray(QByteArray(kind) + '-' + QByteArray::number(i)), QCryptographicHash::Sha256);
    std::array<unsigned char, 10> random{};
    std::copy_n(reinterpret_cast<const unsigned char *>(h.constData()), random.size(), random.begin());
    return timeOrderedUuid(1764576000000 + made, random);
}

QJsonObject change(int i)
{
    const int patient = i / 10;
    QJsonObject fields;
    QString table;
    QString record;
    if (i % 10 == 0) {
        table = QStringLiteral("patients");
        record = idOf("patient", patient, patient * 10);
        fields = {{QStringLiteral("site"), QStringLiteral("GX01")},
                  {QStringLiteral("subject_id"), QStringLiteral("GX01-%1").arg(patient + 1, 6, 10, QLatin1Char('0'))},
                  {QStringLiteral("subject_number"), patient + 1},
                  {QStringLiteral("birth_year"), 1950 + patient % 30},
                  {QStringLiteral("sex"), patient % 3 == 0 ? QStringLiteral("female") : QStringLiteral("male")},
                  {QStringLiteral("status"), QStringLiteral("screening")},
                  {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}};
    } else {
        table = QStringLiteral("lab_results");
        record = idOf("lab", i, i);
        fields = {{QStringLiteral("analyte"), QStringLiteral("hemoglobin")},
                  {QStringLiteral("collected_utc"), QStringLiteral("2026-11-25T07:%1:00.000Z").arg(i % 60, 2, 10, QLatin1Char('0'))},
                  {QStringLiteral("panel"), QStringLiteral("blood_count")},
                  {QStringLiteral("patient_id"), idOf("patient", patient, patient * 10)},
                  {QStringLiteral("si_value"), QString::number(90 + i % 80)},
                  {QStringLiteral("unit"), QStringLiteral("g/L")},
                  {QStringLiteral("value"), QString::number(90 + i % 80)}};
    }
    return {{QStringLiteral("id"), idOf("change", i, i)}, {QStringLiteral("table"), table}, {QStringLiteral("record_id"), record},
            {QStringLiteral("fields"), fields}, {QStringLiteral("old"), QJsonObject()},
            {QStringLiteral("changed_by"), QStringLiteral("nurse")}, {QStringLiteral("changed_utc"), QStringLiteral("2026-11-25T08:00:00.000Z")}};
}

} // namespace

QJsonArray workload(int first, int count)
{
    QJsonArray out;
    for (int i = first; i < first + count; ++i)
        out.append(change(i));
    return out;
}

namespace {

// This process's CPU time: with PostgreSQL, what the push costs the service itself, the rest of
// its wall-clock time being the server's work (issue 14: the two run one after the other).
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

QJsonObject measurePush(CentralStore &store, int total)
{
    auto code = store.createEnrollmentCode(QStringLiteral("GX01"));
    if (!code.ok())
        return {{QStringLiteral("error"), code.error().message}};
    auto e = store.enroll(code.value());
    if (!e.ok())
        return {{QStringLiteral("error"), e.error().message}};
    const DeviceIdentity device{e->deviceId, e->site};
    QJsonArray steps;
    double seconds = 0;   // pushing only: building the JSON is the device's work, not timed
    double cpu = 0;
    const int step = std::max(500, total / 10);
    for (int done = 0; done < total;) {
        const int end = std::min(total, done + step);
        qint64 ns = 0;
        for (; done < end; done += 500) {
            const QJsonArray batch = workload(done, std::min(500, end - done));
            QElapsedTimer t;
            t.start();
            const double cpuBefore = processCpuSeconds();
            if (auto r = store.push(device, batch); !r.ok())
                return {{QStringLiteral("error"), r.error().message}};
            ns += t.nsecsElapsed();
            cpu += processCpuSeconds() - cpuBefore;
        }
        steps.append(qRound(1e9 * step / static_cast<double>(std::max<qint64>(1, ns))));
        seconds += static_cast<double>(ns) / 1e9;
    }
    return {{QStringLiteral("changes"), total}, {QStringLiteral("seconds"), seconds},
            {QStringLiteral("changes_per_s"), qRound(total / std::max(1e-9, seconds))},
            {QStringLiteral("service_cpu_s"), cpu},
            {QStringLiteral("changes_per_s_by_tenth"), steps}};
}

Result<std::unique_ptr<CentralBackend>> freshBackend(const QString &dir, const QString &conninfo)
{
    if (conninfo.isEmpty())
        return CentralBackend::openEmbedded(dir, true);
    auto b = CentralBackend::openPostgres(conninfo);
    if (!b.ok())
        return b.error();
    for (const char *t : {"enrollment_codes", "devices", "records", "record_sites", "changes", "conflicts", "audit_anchors",
                          "integrity_alarms", "subject_blocks", "central_audit"})
        (void)(*b)->exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(QString::fromLatin1(t)));
    MUCO_TRY((*b)->createSchema());
    return b;
}

} // namespace muco::bench
