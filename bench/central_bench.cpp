// mucotrack-central-bench: the central store's push rate on each backend, in-process (no
// HTTP), as the store grows. Run: build/ci/bench/mucotrack-central-bench [changes] [--json] [--only embedded|postgres]
// PostgreSQL is measured when MUCOTRACK_TEST_POSTGRES names a database (its central tables are
// dropped and created again). Issue 14: the embedded store is the reference. mucotrack-bench
// measures the same at growing sizes with every other figure of the issue.
#include "BenchUtil.h"
#include "PushWorkload.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

using namespace muco;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int total = args.value(0).toInt() > 0 ? args.value(0).toInt() : 20000;
    const bool json = args.contains(QStringLiteral("--json"));
    // One backend alone, for a profiler's view of it.
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 ? args.value(onlyAt + 1) : QString();
    if (onlyAt >= 0 && only != QLatin1String("embedded") && only != QLatin1String("postgres")) {
        std::fprintf(stderr, "--only: embedded or postgres\n");
        return 2;
    }
    QJsonObject out;
    QTemporaryDir dir;
    const QString conninfo = qEnvironmentVariable("MUCOTRACK_TEST_POSTGRES");
    for (const QString &kind : {QStringLiteral("embedded"), QStringLiteral("postgres")}) {
        if ((kind == QLatin1String("postgres") && conninfo.isEmpty()) || (!only.isEmpty() && kind != only))
            continue;
        auto b = bench::freshBackend(dir.path() + QStringLiteral("/central"), kind == QLatin1String("postgres") ? conninfo : QString());
        if (!b.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(b.error().message));
            return 1;
        }
        CentralStore store(std::move(b).value(), Clock::system());
        out.insert(kind, bench::measurePush(store, total));
    }
    // The service's and the server's work can overlap on PostgreSQL: how much the cores allow.
    out.insert(QStringLiteral("machine_parallel_yield"), bench::parallelYield());
    if (json) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("cores' parallel yield: %.2f\n", out.value(QStringLiteral("machine_parallel_yield")).toDouble());
        for (auto it = out.begin(); it != out.end(); ++it)
            if (it->isObject())
                std::printf("%-9s push %d changes: %.2f s, %d changes/s (by tenth: %s)\n", qPrintable(it.key()), total,
                        it->toObject().value(QStringLiteral("seconds")).toDouble(), it->toObject().value(QStringLiteral("changes_per_s")).toInt(),
                        QJsonDocument(it->toObject().value(QStringLiteral("changes_per_s_by_tenth")).toArray()).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
