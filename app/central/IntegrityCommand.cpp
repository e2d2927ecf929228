#include "IntegrityCommand.h"
#include "central/AuditAnchors.h"
#include "central/IntegrityAlarms.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Central)
};

int acknowledge(CliContext &ctx, CentralStore &store)
{
    auto device = ctx.required(QStringLiteral("device"));
    if (!device.ok())
        return ctx.fail(device.error());
    auto reason = ctx.required(QStringLiteral("reason"));
    if (!reason.ok())
        return ctx.fail(reason.error());
    auto done = AuditAnchors(store.backend(), store.clock()).acknowledge(device.value(), reason.value(), store.operatorActor());
    if (!done.ok()) {
        const Error &e = done.error();   // core names its argument; the operator gave it as an option
        return ctx.fail(e.field.isEmpty() ? e : Error::invalid(QStringLiteral("--") + e.field, e.why()));
    }
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("device"), device.value()}, {QStringLiteral("acknowledged"), done.value()}});
    ctx.print(Tr::tr("%n alarm(s) of device %1 acknowledged. Its next sync anchors its audit trail as it now stands; "
                     "the central audit trail records that you did so, and why.", nullptr, done.value()).arg(device.value()));
    return Ok;
}

} // namespace

int runIntegrity(CliContext &ctx, CentralStore &store)
{
    const QString action = ctx.positional().value(0);
    if (!action.isEmpty() && action != QLatin1String("acknowledge"))
        return ctx.fail(Error::usage(Tr::tr("integrity takes no argument but \"acknowledge\", not \"%1\".").arg(action)));
    if (ctx.positional().size() > 1)
        return ctx.fail(Error::usage(Tr::tr("integrity acknowledge takes no further argument, not \"%1\".").arg(ctx.positional().at(1))));
    // An option of the other form is a mistake to say, not to ignore: without "acknowledge",
    // --device and --reason would list the alarms and leave the operator believing it was done.
    const bool acknowledging = action == QLatin1String("acknowledge");
    for (const QString &option : acknowledging ? QStringList{QStringLiteral("all")} : QStringList{QStringLiteral("device"), QStringLiteral("reason")})
        if (ctx.has(option) || ctx.flag(option))
            return ctx.fail(Error::usage(acknowledging ? Tr::tr("--%1 lists alarms; integrity acknowledge does not take it.").arg(option)
                                                       : Tr::tr("--%1 belongs to integrity acknowledge: write mucotrack-central integrity acknowledge --device ID --reason TEXT.").arg(option)));
    if (acknowledging)
        return acknowledge(ctx, store);
    const bool all = ctx.flag(QStringLiteral("all"));
    auto alarms = integrityAlarms(store, all);
    if (!alarms.ok())
        return ctx.fail(alarms.error());
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray list;
        for (const IntegrityAlarm &a : alarms.value()) {
            QJsonObject o{{QStringLiteral("device"), a.deviceId}, {QStringLiteral("site"), a.site},
                          {QStringLiteral("seen_utc"), a.seenUtc}, {QStringLiteral("detail"), a.detail}};
            if (!a.acknowledgedUtc.isEmpty())
                o.insert(QStringLiteral("acknowledged"), QJsonObject{{QStringLiteral("utc"), a.acknowledgedUtc},
                                                                     {QStringLiteral("by"), a.acknowledgedBy},
                                                                     {QStringLiteral("reason"), a.reason}});
            list.append(o);
        }
        return ctx.printJson({{QStringLiteral("alarms"), list}});
    }
    if (alarms->isEmpty()) {
        ctx.print(Tr::tr("No integrity alarms: every device's audit trail holds the head anchored at its last sync, and every randomization matches the allocation list."));
        return Ok;
    }
    QString text;
    for (const IntegrityAlarm &a : alarms.value()) {
        text += QStringLiteral("%1\t%2\t%3\t%4").arg(a.deviceId, a.site, a.seenUtc, a.detail);
        if (!a.acknowledgedUtc.isEmpty())
            text += QLatin1Char('\t') + Tr::tr("acknowledged %1 by %2: %3").arg(a.acknowledgedUtc, a.acknowledgedBy, a.reason);
        text += QLatin1Char('\n');
    }
    ctx.print(text);
    return Ok;
}

} // namespace muco::cli
