#include "CentralAuditCommand.h"
#include "central/CentralAuditTrail.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace muco::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Central)
};
} // namespace

int runCentralAudit(CliContext &ctx, CentralStore &store)
{
    CentralAuditTrail trail(store.backend(), store.clock());
    auto entries = trail.entries();
    if (!entries.ok())
        return ctx.fail(entries.error());
    auto check = trail.verify();
    if (!check.ok())
        return ctx.fail(check.error());
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray out;
        for (const CentralAuditEntry &e : entries.value())
            out.append(QJsonObject{{QStringLiteral("seq"), e.seq}, {QStringLiteral("at_utc"), e.atUtc}, {QStringLiteral("event"), e.event},
                                   {QStringLiteral("actor"), e.actor}, {QStringLiteral("device"), e.deviceId},
                                   {QStringLiteral("site"), e.site}, {QStringLiteral("detail"), e.detail}});
        ctx.printJson({{QStringLiteral("entries"), out}, {QStringLiteral("intact"), check->intact}, {QStringLiteral("rows"), check->rows},
                       {QStringLiteral("first_broken"), check->intact ? QJsonValue() : QJsonValue(check->firstBroken)}});
    } else {
        QString text;
        for (const CentralAuditEntry &e : entries.value())
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                        .arg(e.seq)
                        .arg(e.atUtc, e.event, e.actor, e.deviceId, e.site,
                             QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)));
        if (!text.isEmpty())
            ctx.print(text);
    }
    if (!check->intact) {
        ctx.printError(Tr::tr("The central audit trail is broken at row %1: %2.").arg(check->firstBroken).arg(check->problem));
        return Integrity;
    }
    if (!ctx.flag(QStringLiteral("json")))
        ctx.print(Tr::tr("The central audit trail is intact (%n row(s)).", nullptr, static_cast<int>(check->rows)));
    return Ok;
}

} // namespace muco::cli
