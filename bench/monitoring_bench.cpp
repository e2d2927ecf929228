// What the monitor waits for (issue 17): the records left to verify (SourceVerification::
// remaining, read at a monitor's sign-in for the patient list and again by the monitoring view)
// and the whole monitoring overview, on site databases of trial size (the DEMO trial's sites,
// `mucotrack-central demo --data DIR`, about 77 patients each with their full histories).
//
//     mucotrack-monitoring-bench SITE.db [SITE.db ...] [--json]
//
// Opens each as its `monitor` account (the DEMO password) and prints, per database, the
// records of the sampled and critical tables, what remains, and the median of 3 runs of each.
#include "BenchUtil.h"
#include "clinical/Protocol.h"
#include "records/DemoSite.h"
#include "records/MonitoringOverview.h"
#include "records/SourceVerification.h"
#include "security/Session.h"
#include "security/SiteVault.h"
#include "storage/Statement.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace muco;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: mucotrack-monitoring-bench SITE.db [SITE.db ...] [--json]\n");
        return 2;
    }
    QJsonArray out;
    for (const QString &path : std::as_const(args)) {
        auto clock = Clock::system();
        auto session = SiteVault::signIn(path, QStringLiteral("monitor"), DemoSite::password(), clock);
        if (!session.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(session.error().message));
            return 1;
        }
        Session &s = **session;
        qint64 records = 0;
        QList<const TableSpec *> tables = SourceVerification::criticalTables().value();
        tables << SourceVerification::sampleTables(Protocol::nct07312656().sdvSample).value();
        tables << &Patients::table();
        for (const TableSpec *t : std::as_const(tables))
            records += s.db().scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(t->name)).value();
        const qint64 patients = s.db().scalarInt(QStringLiteral("SELECT count(*) FROM patients")).value();
        qsizetype remaining = 0;
        const double cpu0 = bench::cpuSeconds();
        const double remainingMs = bench::timeMs(3, [&] { remaining = SourceVerification::remaining(s)->size(); });
        const double remainingCpu = (bench::cpuSeconds() - cpu0) / 3;
        const double overviewMs = bench::timeMs(3, [&] { (void)MonitoringOverview::load(s); });
        // The overview's other parts, each alone.
        const double patientsMs = bench::timeMs(3, [&] { (void)Patients::list(s); });
        const double queriesMs = bench::timeMs(3, [&] { (void)Queries::list(s, true); });
        const double scheduleMs = bench::timeMs(3, [&] { (void)Schedule::overdue(s); });
        const QJsonObject row{{QStringLiteral("database"), path},
                              {QStringLiteral("patients"), patients},
                              {QStringLiteral("records"), records},
                              {QStringLiteral("remaining"), remaining},
                              {QStringLiteral("remaining_ms"), remainingMs},
                              {QStringLiteral("remaining_cpu_ms"), remainingCpu * 1000},
                              {QStringLiteral("overview_ms"), overviewMs},
                              {QStringLiteral("patients_ms"), patientsMs},
                              {QStringLiteral("open_queries_ms"), queriesMs},
                              {QStringLiteral("overdue_ms"), scheduleMs}};
        out << row;
        if (!json)
            std::printf("%s: %lld patients, %lld records; %lld to verify: remaining() %.0f ms (%.0f ms CPU), overview %.0f ms"
                        " (patients %.0f, open queries %.0f, overdue visits %.0f)\n",
                        qPrintable(path), patients, records, static_cast<long long>(remaining), remainingMs, remainingCpu * 1000, overviewMs,
                        patientsMs, queriesMs, scheduleMs);
    }
    if (json)
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
