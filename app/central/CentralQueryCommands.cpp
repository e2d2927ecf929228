#include "CentralQueryCommands.h"
#include "central/CentralQueries.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Central)
};
} // namespace

int runCentralQueries(CliContext &ctx, CentralStore &store)
{
    auto list = CentralQueries::list(store.backend(), ctx.flag(QStringLiteral("open")));
    if (!list.ok())
        return ctx.fail(list.error());
    const QDateTime now = ctx.clock->nowUtc();
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray out;
        for (const CentralQuery &q : list.value())
            out.append(q.toJson(now));
        return ctx.printJson({{QStringLiteral("queries"), out}});
    }
    if (list->isEmpty()) {
        ctx.print(Tr::tr("No queries."));
        return Ok;
    }
    for (const CentralQuery &q : list.value())
        ctx.print(Tr::tr("%1  %2  %3  %4/%5 %6  %7  %n day(s)  \"%8\"", nullptr, q.ageDays(now))
                      .arg(q.id, q.site, q.subjectId, q.table, q.recordId, q.field, q.state, q.text));
    return Ok;
}

} // namespace muco::cli
