#include "FreeTextCommand.h"
#include "central/FreeTextReview.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Central)
};
} // namespace

int runFreeText(CliContext &ctx, CentralStore &store)
{
    FreeTextReview review(store.backend(), store.clock());
    const QString action = ctx.positional().value(0);
    if (action == QLatin1String("review")) {
        QStringList given;
        for (const QString &name : {QStringLiteral("table"), QStringLiteral("record"), QStringLiteral("field")}) {
            auto v = ctx.required(name);
            if (!v.ok())
                return ctx.fail(v.error());
            given << v.value();
        }
        const Status s = review.review(given[0], given[1], given[2], store.operatorActor());
        if (!s.ok())
            return ctx.fail(s.error());
        ctx.print(Tr::tr("Reviewed: %1 of %2 %3 may now appear in the central site's reports and exports.")
                      .arg(given[2], given[0], given[1]));
        return Ok;
    }
    if (!action.isEmpty())
        return ctx.fail(Error::usage(Tr::tr("free-text takes no argument but \"review\", not \"%1\".").arg(action)));
    auto pending = review.pending();
    if (!pending.ok())
        return ctx.fail(pending.error());
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray out;
        for (const FreeTextValue &v : pending.value())
            out.append(QJsonObject{{QStringLiteral("site"), v.site}, {QStringLiteral("table"), v.table},
                                   {QStringLiteral("record_id"), v.recordId}, {QStringLiteral("field"), v.field},
                                   {QStringLiteral("value"), v.value}});
        return ctx.printJson({{QStringLiteral("pending"), out}});
    }
    if (pending->isEmpty()) {
        ctx.print(Tr::tr("No free text awaits review."));
        return Ok;
    }
    QString text;
    for (const FreeTextValue &v : pending.value())
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(v.site, v.table, v.recordId, v.field, v.value);
    ctx.print(text);
    return Ok;
}

} // namespace muco::cli
