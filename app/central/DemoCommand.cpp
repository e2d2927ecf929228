#include "DemoCommand.h"
#include "demo/DemoTrial.h"
#include "records/DemoSite.h"
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace muco::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Central)
};
} // namespace

int runDemo(CliContext &ctx)
{
    if (ctx.has(QStringLiteral("postgres")))
        return ctx.fail(Error::usage(Tr::tr("The DEMO trial is built in a new folder: give --data DIR, not --postgres.")));
    auto data = ctx.required(QStringLiteral("data"));
    if (!data.ok())
        return ctx.fail(data.error());
    quint64 seed = DemoTrial::kDefaultSeed;
    if (ctx.has(QStringLiteral("seed"))) {
        bool ok = false;
        seed = ctx.option(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.fail(Error::invalid(QStringLiteral("--seed"), Tr::tr("\"%1\" is not a whole number from 0 to 18446744073709551615")
                                                                         .arg(ctx.option(QStringLiteral("seed")))));
    }
    auto built = DemoTrial::build(data.value(), seed);
    if (!built.ok())
        return ctx.fail(built.error());
    const DemoTrialSummary &s = built.value();
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("sites"), QJsonArray::fromStringList(s.sites)},
                              {QStringLiteral("site_databases"), s.siteDatabases},
                              {QStringLiteral("seed"), QString::number(seed)},
                              {QStringLiteral("screened"), s.screened},
                              {QStringLiteral("screen_failures"), s.screenFailures},
                              {QStringLiteral("randomized"), s.randomized},
                              {QStringLiteral("withdrawn"), s.withdrawn},
                              {QStringLiteral("completed"), s.completed},
                              {QStringLiteral("pushed"), s.pushed},
                              {QStringLiteral("data_cut"), s.dataCut},
                              {QStringLiteral("elapsed_ms"), s.elapsedMs}});
    ctx.print(Tr::tr("DEMO trial (synthetic data, not a real trial) built in %1 in %2 s (seed %3):\n"
                     "sites %4; %5 patients screened, %6 screen failures, %7 randomized (%8 withdrawn, %9 completed);\n"
                     "last event %10.\n"
                     "The sites' databases are in %11 (users admin, doctor, nurse, coord, monitor; password \"%12\").\n"
                     "Try: mucotrack-central report primary-endpoint --data %1\n"
                     "     mucotrack-central report dmc --data %1 --out demo-dmc.pdf")
                  .arg(QDir::toNativeSeparators(data.value()), QString::number(static_cast<double>(s.elapsedMs) / 1000.0, 'f', 1), QString::number(seed),
                       s.sites.join(QStringLiteral(", ")))
                  .arg(s.screened).arg(s.screenFailures).arg(s.randomized).arg(s.withdrawn).arg(s.completed)
                  .arg(s.dataCut, QDir::toNativeSeparators(s.siteDatabases), DemoSite::password()));
    return Ok;
}

} // namespace muco::cli
