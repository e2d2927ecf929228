#include "RandomizeCommands.h"
#include "common/SecureBytes.h"
#include "records/Patients.h"
#include "security/SiteVault.h"
#include "sync/RandomizeClient.h"
#include <QCoreApplication>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The password read once signs in and, re-checked against the key slot, signs the allocation
// (contracts/cli-trial.md: a signing command re-checks the password given on standard input).
int randomize(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject})); !p.ok())
        return ctx.fail(p.error());
    auto subject = ctx.required(kSubject);
    if (!subject.ok())
        return ctx.fail(subject.error());
    auto db = ctx.required(QStringLiteral("db"));
    if (!db.ok())
        return ctx.fail(db.error());
    if (!ctx.has(QStringLiteral("user")) || ctx.option(QStringLiteral("user")).isEmpty())
        return ctx.fail(Error::denied(Tr::tr("This command needs a sign-in: give --user NAME.")));
    auto password = ctx.readSecret(QStringLiteral("password-stdin"), Tr::tr("Password for %1: ").arg(ctx.option(QStringLiteral("user"))));
    if (!password.ok())
        return ctx.fail(password.error());
    auto session = SiteVault::signIn(db.value(), ctx.option(QStringLiteral("user")), password.value(), ctx.clock);
    if (!session.ok()) {
        return ctx.fail(session.error());
    }
    Session &s = **session;
    auto patient = Patients::bySubjectId(s, subject.value());
    if (!patient.ok()) {
        return ctx.fail(patient.error());
    }
    // Online when the central site answers; a device never enrolled uses its reserve (empty: 6).
    // An enrolled one whose configuration does not open says why, never falls back silently.
    auto enrolled = SyncEngine::enrolled(s);
    std::unique_ptr<HttpTransport> transport;
    if (enrolled.ok() && enrolled.value()) {
        auto config = SyncEngine::config(s);
        if (!config.ok()) {
            return ctx.fail(config.error());
        }
        transport = std::make_unique<HttpTransport>(config->server, config->token, config->caCert);
        transport->timeoutMs = 15000;
    } else if (!enrolled.ok()) {
        return ctx.fail(enrolled.error());
    }
    auto allocated = RandomizeClient::runBlocking(s, transport.get(), patient->id, password.value());
    if (!allocated.ok())
        return ctx.fail(allocated.error());
    const Allocation &a = allocated.value();
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("subject_id"), patient->subjectId}, {QStringLiteral("arm"), a.arm},
                              {QStringLiteral("stratum"), a.stratum}, {QStringLiteral("sequence"), a.sequence},
                              {QStringLiteral("source"), a.source}, {QStringLiteral("allocated_utc"), isoUtc(a.allocatedUtc)}});
    ctx.print(Tr::tr("%1 is randomized to the %2 arm (stratum %3, #%4, %5).")
                  .arg(patient->subjectId, a.arm, a.stratum).arg(a.sequence)
                  .arg(a.source == QLatin1String("online") ? Tr::tr("allocated by the central site") : Tr::tr("from this device's sealed reserve")));
    return Ok;
}

} // namespace

CommandGroup randomizeCommands()
{
    return {headingSiteDatabase(),
            {
                {{QStringLiteral("randomize")}, QStringLiteral("randomize --subject-id ID [--json]"),
                 Tr::tr("allocate an enrolled patient's arm (coordinator, investigator; online, else the sealed reserve)"), randomize},
            }};
}

} // namespace muco::cli
