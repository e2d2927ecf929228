#include "SyncCommands.h"
#include "records/DeviceScope.h"
#include "records/RandomizationReserve.h"
#include "records/SubjectNumbers.h"
#include "security/KeyCertificate.h"
#include "sync/SyncClient.h"
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


int enroll(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({QStringLiteral("server"), QStringLiteral("code"),
                                    QStringLiteral("ca-cert")})); !p.ok())
        return ctx.fail(p.error());
    auto server = ctx.required(QStringLiteral("server"));
    auto code = ctx.required(QStringLiteral("code"));
    for (const auto *r : {&server, &code})
        if (!r->ok())
            return ctx.fail(r->error());
    // https, or plain http to this computer only: the code and the token never travel in clear.
    if (const Status url = HttpTransport::checkServerUrl(server.value()); !url.ok())
        return ctx.fail(url.error());
    if (ctx.has(QStringLiteral("ca-cert")) && !QFileInfo::exists(ctx.option(QStringLiteral("ca-cert"))))
        return ctx.fail(Error::invalid(QStringLiteral("ca-cert"), Tr::tr("%1 does not exist").arg(ctx.option(QStringLiteral("ca-cert")))));
    // The certificate given pins the central site (it replaces the system's roots).
    if (ctx.has(QStringLiteral("ca-cert")))
        if (auto pinned = HttpTransport::sslConfiguration(ctx.option(QStringLiteral("ca-cert"))); !pinned.ok())
            return ctx.fail(pinned.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    if (auto allowed = (*session)->require(Permission::ConfigureSync); !allowed.ok())
        return ctx.fail(allowed.error());
    if (auto allowed = SyncEngine::mayEnroll(**session); !allowed.ok())   // before the code is spent
        return ctx.fail(allowed.error());
    // The enrolling administrator's own key certificate: the central site pins it as the root
    // of this device's key certificates (security/KeyCertificate).
    auto root = KeyCertificates::root(**session);
    if (!root.ok())
        return ctx.fail(root.error());
    const QString caCert = ctx.has(QStringLiteral("ca-cert")) ? QFileInfo(ctx.option(QStringLiteral("ca-cert"))).absoluteFilePath() : QString();
    HttpTransport transport(server.value(), {}, caCert);
    QEventLoop loop;
    int status = 0;
    QJsonObject body;
    QString networkError;
    // The site goes along: the central site refuses (and leaves unused) a code of another site.
    QJsonObject request{{QStringLiteral("code"), code.value()}, {QStringLiteral("site"), (*session)->site()},
                        {QStringLiteral("root"), root->toJson()}};
    // A device enrolled again proves the identity it had with its token, to the same server and
    // with the same pinned certificate only (the token is never sent elsewhere, nor under weaker
    // trust): the central site revokes that identity.
    auto previousDevice = (*session)->setting(QStringLiteral("sync_device_id"));
    bool proved = false;
    if (auto previous = SyncEngine::config(**session);
        previous.ok() && previous->server == server.value() && previous->caCert == caCert && !previous->token.isEmpty()) {
        request.insert(QStringLiteral("previous_token"), previous->token);
        proved = true;
    }
    transport.send("POST", QStringLiteral("/v1/enroll"), {}, request,
                   [&](int s, const QJsonObject &b, const QString &e) {
                       status = s;
                       body = b;
                       networkError = e;
                       loop.quit();
                   });
    loop.exec();
    if (status == 0)
        return ctx.fail({ErrorKind::Network, Tr::tr("The central site cannot be reached: %1").arg(networkError), {}});
    if (status < 0)
        return ctx.fail({ErrorKind::Network, Tr::tr("The central site cannot be used safely: %1").arg(networkError), {}});
    if (status != 200)
        return ctx.fail({status == 403 || status == 401 ? ErrorKind::Denied : ErrorKind::Network,
                         Tr::tr("The central site refused the enrollment: %1").arg(body.value(QStringLiteral("error")).toString()), {}});
    if (body.value(QStringLiteral("site")).toString() != (*session)->site())
        return ctx.fail(Error::invalid(QStringLiteral("code"), Tr::tr("the code belongs to site %1, this database to site %2")
                                                                   .arg(body.value(QStringLiteral("site")).toString(), (*session)->site())));
    // A monitor's code makes this a trial-wide monitor device (records/DeviceScope).
    const bool monitor = body.value(QStringLiteral("scope")).toString() == QLatin1String(DeviceScope::kMonitor);
    const Status saved = SyncEngine::configure(**session, {server.value(), body.value(QStringLiteral("token")).toString(),
                                                           body.value(QStringLiteral("device_id")).toString(), caCert},
                                               monitor);
    if (!saved.ok())
        return ctx.fail(saved.error());
    // The first block of subject numbers (a central site from before blocks sends none: the
    // first sync asks for one).
    if (body.contains(QStringLiteral("subject_blocks")))
        if (const Status blocks = SubjectNumbers::storeBlocks(**session, body.value(QStringLiteral("subject_blocks"))); !blocks.ok())
            return ctx.fail(blocks.error());
    // What became of the identity the device had: on stderr beside --json (stdout is the JSON).
    const auto printReplacement = [&](bool json) {
        if (const QString replaced = body.value(QStringLiteral("replaced")).toString(); !replaced.isEmpty()) {
            const QString note = Tr::tr("The identity it had before (device %1) is revoked at the central site with this device's next sync.")
                                     .arg(replaced);
            json ? ctx.printError(note) : ctx.print(note);
        } else if (previousDevice.ok() && !previousDevice->isEmpty() && *previousDevice != body.value(QStringLiteral("device_id")).toString()) {
            ctx.printError(proved ? Tr::tr("The central site did not recognise the identity this device had (device %1): if it is still "
                                           "valid there, its operator revokes it (mucotrack-central revoke --device %1).").arg(*previousDevice)
                                  : Tr::tr("This device could not prove the identity it had (device %1) to the central site: its "
                                           "operator revokes it (mucotrack-central revoke --device %1).").arg(*previousDevice));
        }
    };
    if (ctx.flag(QStringLiteral("json"))) {
        printReplacement(true);
        return ctx.printJson({{QStringLiteral("device_id"), body.value(QStringLiteral("device_id"))}, {QStringLiteral("site"), body.value(QStringLiteral("site"))},
                              {QStringLiteral("scope"), monitor ? QLatin1String(DeviceScope::kMonitor) : QLatin1String("site")}});
    }
    if (monitor)
        ctx.print(Tr::tr("This device is enrolled with %1 as a monitor's device: it reads every site and records queries and "
                         "source verification only.").arg(server.value()));
    else
        ctx.print(Tr::tr("This device is enrolled with %1 for site %2.").arg(server.value(), body.value(QStringLiteral("site")).toString()));
    printReplacement(false);
    return Ok;
}

int now(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto config = SyncEngine::config(**session);
    if (!config.ok())
        return ctx.fail(config.error());
    HttpTransport transport(config->server, config->token, config->caCert);
    transport.timeoutMs = 20000;
    SyncClient::Options options;
    options.maxRetries = 4;
    SyncClient client(**session, transport, options);
    const SyncReport r = client.runBlocking();
    if (!r.ok)
        return ctx.fail({r.integrity ? ErrorKind::Integrity : r.denied ? ErrorKind::Denied : ErrorKind::Network, r.error, {}});
    for (const QString &warning : r.warnings)   // on stderr: the JSON on stdout is the contract's
        ctx.printError(warning);
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("pushed"), r.pushed}, {QStringLiteral("pulled"), r.pulled},
                              {QStringLiteral("conflicts"), r.conflicts}, {QStringLiteral("pending"), r.pending}});
    ctx.print(Tr::tr("Pushed %1, pulled %2; %3 pending, %4 conflict(s) to resolve.").arg(r.pushed).arg(r.pulled).arg(r.pending).arg(r.conflicts));
    return Ok;
}

int status(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    const auto status = SyncEngine::status(**session);
    if (!status.ok())
        return ctx.fail(status.error());
    const SyncStatus &s = status.value();
    // The sealed randomization reserve left on this device, by stratum (cli-trial.md).
    const auto reserve = RandomizationReserve::remaining(**session);
    if (!reserve.ok())
        return ctx.fail(reserve.error());
    QJsonObject reserveJson;
    QStringList reserveText;
    for (auto it = reserve->cbegin(); it != reserve->cend(); ++it) {
        reserveJson.insert(it.key(), it.value());
        reserveText << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    }
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("pending"), s.pending},
                              {QStringLiteral("last_success"), s.lastSuccess.isValid() ? QJsonValue(isoUtc(s.lastSuccess)) : QJsonValue()},
                              {QStringLiteral("server"), s.server.isEmpty() ? QJsonValue() : QJsonValue(s.server)},
                              {QStringLiteral("conflicts"), s.conflicts}, {QStringLiteral("reserve"), reserveJson}});
    ctx.print(Tr::tr("Central site: %1\nPending changes: %2\nLast success: %3\nConflicts to resolve: %4%5")
                  .arg(s.server.isEmpty() ? Tr::tr("none configured") : s.server).arg(s.pending)
                  .arg(s.lastSuccess.isValid() ? isoUtc(s.lastSuccess) : Tr::tr("never")).arg(s.conflicts)
                  .arg(s.lastError.isEmpty() ? QString() : Tr::tr("\nLast error: %1").arg(s.lastError)));
    ctx.print(Tr::tr("Sealed randomization reserve: %1").arg(reserveText.isEmpty() ? Tr::tr("empty") : reserveText.join(QStringLiteral(", "))));
    return Ok;
}

QJsonObject conflictJson(const SyncConflict &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("table"), c.table}, {QStringLiteral("record_id"), c.recordId},
            {QStringLiteral("field"), c.field}, {QStringLiteral("central_value"), c.centralValue},
            {QStringLiteral("device_value"), c.deviceValue}, {QStringLiteral("status"), c.status}};
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return Tr::tr("(empty)");
    return v.toVariant().toString();
}

// The conflicts the central site reported to this device (every device of the site shows them):
// what the desktop's Conflicts dialog lists.
int conflicts(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags({QStringLiteral("open")}), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    const auto list = SyncEngine::conflicts(**session, ctx.flag(QStringLiteral("open")));
    if (!list.ok())
        return ctx.fail(list.error());
    if (ctx.flag(kJson)) {
        QJsonArray out;
        for (const SyncConflict &c : list.value())
            out.append(conflictJson(c));
        return ctx.printJson({{QStringLiteral("conflicts"), out}});
    }
    if (list->isEmpty()) {
        ctx.print(Tr::tr("No conflicts."));
        return Ok;
    }
    for (const SyncConflict &c : list.value())
        ctx.print(Tr::tr("%1  %2/%3  %4: central %5, this device %6  (%7)")
                      .arg(c.id, c.table, c.recordId, c.field, valueText(c.centralValue), valueText(c.deviceValue),
                           c.status == QLatin1String("open") ? Tr::tr("open") : Tr::tr("resolved")));
    return Ok;
}

// Resolves one, as the dialog does: the value kept (this device's or the central site's) and
// why; the choice is written, audited and sent with the next sync.
int resolve(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({QStringLiteral("conflict"), QStringLiteral("keep"), QStringLiteral("reason")}));
        !p.ok())
        return ctx.fail(p.error());
    for (const QString &o : {QStringLiteral("conflict"), QStringLiteral("keep"), QStringLiteral("reason")})
        if (auto r = ctx.required(o); !r.ok())
            return ctx.fail(r.error());
    const QString keep = ctx.option(QStringLiteral("keep"));
    if (keep != QLatin1String("device") && keep != QLatin1String("central"))
        return ctx.fail(Error::invalid(QStringLiteral("--keep"), Tr::tr("is device or central, not \"%1\"").arg(keep)));
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    const QString id = ctx.option(QStringLiteral("conflict"));
    if (const Status r = SyncEngine::resolve(**session, id, keep == QLatin1String("device"), ctx.option(QStringLiteral("reason"))); !r.ok()) {
        // The options this command has; anything else core names is about the conflict given.
        Error e = r.error();
        if (!e.field.isEmpty())
            e = Error::invalid(e.field == QLatin1String("reason") ? QStringLiteral("--reason") : QStringLiteral("--conflict"), e.why());
        return ctx.fail(e);
    }
    if (ctx.flag(kJson))
        return ctx.printJson({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("resolved")}, {QStringLiteral("kept"), keep}});
    ctx.print(keep == QLatin1String("device") ? Tr::tr("Conflict %1 resolved: this device's value kept; it is sent with the next sync.").arg(id)
                                              : Tr::tr("Conflict %1 resolved: the central value kept; it is sent with the next sync.").arg(id));
    return Ok;
}

} // namespace

CommandGroup syncCommands()
{
    return {headingSiteDatabase(),
            {
                {{QStringLiteral("sync"), QStringLiteral("enroll")}, QStringLiteral("sync enroll --server URL --code CODE [--ca-cert FILE]"),
                 Tr::tr("enrol this site with the central site, with a one-time code"), enroll},
                {{QStringLiteral("sync"), QStringLiteral("now")}, QStringLiteral("sync now [--json]"),
                 Tr::tr("sync with the central site now"), now},
                {{QStringLiteral("sync"), QStringLiteral("status")}, QStringLiteral("sync status [--json]"),
                 Tr::tr("the central site, pending changes, the last sync and conflicts"), status},
                {{QStringLiteral("sync"), QStringLiteral("conflicts")}, QStringLiteral("sync conflicts [--open] [--json]"),
                 Tr::tr("the conflicts the central site reported: a field changed here and elsewhere"), conflicts},
                {{QStringLiteral("sync"), QStringLiteral("resolve")},
                 QStringLiteral("sync resolve --conflict ID --keep device|central --reason TEXT [--json]"),
                 Tr::tr("resolve a conflict, keeping this device's value or the central one, and say why"), resolve},
            }};
}

} // namespace muco::cli
