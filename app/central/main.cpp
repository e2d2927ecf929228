// mucotrack-central: the trial's central site (init, enroll, serve, devices, revoke).
#include "CentralAuditCommand.h"
#include "CentralHttpServer.h"
#include "FreeTextCommand.h"
#include "IntegrityCommand.h"
#include "CentralQueryCommands.h"
#include "DemoCommand.h"
#include "CliContext.h"
#include "ReportCommands.h"
#include "central/CentralSnapshot.h"
#include "RandomizationCommands.h"
#include "central/CentralService.h"
#include "common/Hardening.h"
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

std::atomic<bool> g_stop{false};
void onSignal(int) { g_stop = true; }

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Central)
};

using muco::cli::CliContext;

muco::Result<std::unique_ptr<muco::CentralStore>> openStore(CliContext &ctx, bool create)
{
    muco::Result<std::unique_ptr<muco::CentralBackend>> backend = muco::Error::usage(Tr::tr("--data DIR or --postgres CONNINFO is required."));
    if (ctx.has(QStringLiteral("postgres")))
        backend = muco::CentralBackend::openPostgres(ctx.option(QStringLiteral("postgres")));
    else if (ctx.has(QStringLiteral("data")))
        backend = muco::CentralBackend::openEmbedded(ctx.option(QStringLiteral("data")), create);
    if (!backend.ok())
        return backend.error();
    auto store = std::make_unique<muco::CentralStore>(std::move(backend).value(), muco::Clock::system());
    // The central audit trail names who ran a command by the server account's login (from the
    // password database, not from the environment).
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        store->setOperator(QStringLiteral("operator:") + QString::fromLocal8Bit(pw->pw_name));
    return store;
}

// man mucotrack-central(8) is generated from this help (help2man, see app/central).
QString usageText()
{
    return Tr::tr("Usage: mucotrack-central COMMAND [OPTIONS]\n\n"
                  "The trial's central site: enrolled devices sync with it over HTTPS.\n"
                  "Every command takes the store: --data DIR (the embedded store in DIR) or\n"
                  "--postgres CONNINFO (libpq keywords, e.g. \"host=db dbname=mucotrack user=mucotrack\";\n"
                  "the password comes from ~/.pgpass or PGPASSFILE, never from the command line).\n\n"
                  "Commands:\n"
                  "  init [--json]                  create the store, once\n"
                  "  enroll --site CODE [--json]    print a one-time enrolment code for a device of site CODE\n"
                  "  enroll --monitor [--json]      print a one-time enrolment code for a monitor's device: it pulls\n"
                  "                                 every site's pseudonymous records and may push queries and\n"
                  "                                 source verification marks only\n"
                  "  serve --listen HOST:PORT --tls-cert FILE --tls-key FILE\n"
                  "                                 serve HTTPS (PEM certificate and key) until SIGTERM\n"
                  "  serve --listen 127.0.0.1:PORT --insecure-loopback\n"
                  "                                 serve plain HTTP, on a loopback address only\n"
                  "  serve ... --idle-timeout SECONDS  close a connection that has not sent its request's\n"
                  "                                 headers within SECONDS (default 10)\n"
                  "  serve ... --max-connections N  serve at most N connections at once (default 1000)\n"
                  "  devices                        list the enrolled devices (id, site, enrolled, state, scope)\n"
                  "  revoke --device ID             cut a device off\n"
                  "  report primary-endpoint [--json]\n"
                  "                                 the primary endpoint over the whole trial, and every other scale\n"
                  "  report dmc --out FILE.pdf      the data monitoring committee's report (PDF, A4)\n"
                  "  export odm --out FILE.xml      CDISC ODM 1.3.2 snapshot of the whole trial\n"
                  "  export csv --out DIR           one CSV file per domain and a data dictionary\n"
                  "  randomization generate --seed N --per-stratum N [--blocks 2,4,6] [--sites A,B]\n"
                  "                                 set up the allocation lists (stratified permuted blocks, 1:1)\n"
                  "  randomization import FILE.csv  set up the lists from a statistician's stratum,sequence,arm file\n"
                  "  randomization report [--json]  every allocation, by site and arm, unused reserves, integrity\n"
                  "  queries [--open] [--json]      every site's data queries, their state and age\n"
                  "  integrity [--all] [--json]     devices whose audit trail no longer holds the head anchored earlier,\n"
                  "                                 and randomizations that do not match the allocation list (--all:\n"
                  "                                 with the alarms acknowledged)\n"
                  "  integrity acknowledge --device ID --reason TEXT\n"
                  "                                 after looking at the device: its next sync anchors its audit trail\n"
                  "                                 as it now stands (its alarms are kept, marked acknowledged); the\n"
                  "                                 reason says what was found, never naming a patient\n"
                  "  audit [--json]                 the central site's own audit trail (enrolments, revocations, pushes,\n"
                  "                                 conflicts, alarms) and whether its hash chain is intact\n"
                  "  free-text [--json]             free text (AE \"other, specify\", reasons, findings, query messages)\n"
                  "                                 not yet reviewed: it stays out of reports and exports until then\n"
                  "  free-text review --table T --record ID --field F\n"
                  "                                 mark the value the field holds now as reviewed\n"
                  "  demo --data DIR [--seed N] [--json]\n"
                  "                                 build the DEMO trial in a new folder: three DEMO sites, about 200\n"
                  "                                 randomized synthetic patients, for trying the reports and exports\n\n"
                  "Options:\n"
                  "  -h, --help                     show this help\n"
                  "  --version                      show the version\n\n"
                  "Exit status: 0 success, 2 usage, 4 invalid input, 5 storage error, 6 network error,\n"
                  "7 audit trail broken.\n");
}

int run(const QStringList &args, QIODevice *in, QIODevice *out, QIODevice *err)
{
    const QString cmd = args.value(0);
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h")) {
        CliContext ctx({}, in, out, err);
        ctx.print(usageText());
        return 0;
    }
    if (cmd == QLatin1String("--version")) {
        CliContext ctx({}, in, out, err);
        ctx.print(QStringLiteral("mucotrack-central %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (cmd == QLatin1String("randomization"))
        return muco::central::runRandomizationCommand(args.mid(1), in, out, err);
    CliContext ctx(args.mid(muco::cli::isReportCommand(cmd) ? 2 : 1), in, out, err);
    ctx.program = QStringLiteral("mucotrack-central");
    const QSet<QString> common{QStringLiteral("data"), QStringLiteral("postgres")};
    if (cmd == QLatin1String("init")) {
        if (auto p = ctx.parse({QStringLiteral("json")}, common); !p.ok())
            return ctx.fail(p.error());
        auto store = openStore(ctx, true);
        if (!store.ok())
            return ctx.fail(store.error());
        ctx.print(Tr::tr("Central store ready (%1).").arg((*store)->backend().kind()));
        return 0;
    }
    if (cmd == QLatin1String("enroll")) {
        QSet<QString> values = common;
        values << QStringLiteral("site");
        if (auto p = ctx.parse({QStringLiteral("json"), QStringLiteral("monitor")}, values); !p.ok())
            return ctx.fail(p.error());
        const bool monitor = ctx.flag(QStringLiteral("monitor"));
        if (monitor && ctx.has(QStringLiteral("site")))
            return ctx.fail(muco::Error{muco::ErrorKind::Usage, Tr::tr("--monitor and --site exclude each other: a monitor's device reads every site."),
                                        QStringLiteral("site")});
        auto site = monitor ? muco::Result<QString>(QString()) : ctx.required(QStringLiteral("site"));
        if (!site.ok())
            return ctx.fail(site.error());
        auto store = openStore(ctx, false);
        if (!store.ok())
            return ctx.fail(store.error());
        auto code = monitor ? (*store)->createMonitorEnrollmentCode() : (*store)->createEnrollmentCode(site.value());
        if (!code.ok())
            return ctx.fail(code.error());
        if (ctx.flag(QStringLiteral("json")))
            return ctx.printJson({{QStringLiteral("code"), code.value()}});
        ctx.print(code.value());
        return 0;
    }
    if (cmd == QLatin1String("devices") || cmd == QLatin1String("revoke")) {
        QSet<QString> values = common;
        values << QStringLiteral("device");
        if (auto p = ctx.parse({QStringLiteral("json")}, values); !p.ok())
            return ctx.fail(p.error());
        auto store = openStore(ctx, false);
        if (!store.ok())
            return ctx.fail(store.error());
        if (cmd == QLatin1String("revoke")) {
            auto device = ctx.required(QStringLiteral("device"));
            if (!device.ok())
                return ctx.fail(device.error());
            const muco::Status s = (*store)->revoke(device.value());
            return s.ok() ? 0 : ctx.fail(s.error());
        }
        auto list = (*store)->devices();
        if (!list.ok())
            return ctx.fail(list.error());
        QString text;
        for (const QVariantList &d : list.value())
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(d[0].toString(), d[1].toString(), d[2].toString(),
                                                               d[3].isNull() ? Tr::tr("active") : Tr::tr("revoked %1").arg(d[3].toString()),
                                                               d[4].toString() == QLatin1String("monitor") ? Tr::tr("monitor (every site, read only)")
                                                                                                           : Tr::tr("site"));
        ctx.print(text);
        return 0;
    }
    if (cmd == QLatin1String("queries")) {
        if (auto p = ctx.parse({QStringLiteral("json"), QStringLiteral("open")}, common); !p.ok())
            return ctx.fail(p.error());
        auto store = openStore(ctx, false);
        if (!store.ok())
            return ctx.fail(store.error());
        return muco::cli::runCentralQueries(ctx, **store);
    }
    if (cmd == QLatin1String("integrity")) {
        QSet<QString> values = common;
        values << QStringLiteral("device") << QStringLiteral("reason");
        if (auto p = ctx.parse({QStringLiteral("json"), QStringLiteral("all")}, values); !p.ok())
            return ctx.fail(p.error());
        auto store = openStore(ctx, false);
        if (!store.ok())
            return ctx.fail(store.error());
        return muco::cli::runIntegrity(ctx, **store);
    }
    if (cmd == QLatin1String("demo")) {
        QSet<QString> values = common;
        values << QStringLiteral("seed");
        if (auto p = ctx.parse({QStringLiteral("json")}, values); !p.ok())
            return ctx.fail(p.error());
        return muco::cli::runDemo(ctx);
    }
    if (cmd == QLatin1String("audit")) {
        if (auto p = ctx.parse({QStringLiteral("json")}, common); !p.ok())
            return ctx.fail(p.error());
        auto store = openStore(ctx, false);
        if (!store.ok())
            return ctx.fail(store.error());
        return muco::cli::runCentralAudit(ctx, **store);
    }
    if (cmd == QLatin1String("free-text")) {
        QSet<QString> values = common;
        values << QStringLiteral("table") << QStringLiteral("record") << QStringLiteral("field");
        if (auto p = ctx.parse({QStringLiteral("json")}, values); !p.ok())
            return ctx.fail(p.error());
        auto store = openStore(ctx, false);
        if (!store.ok())
            return ctx.fail(store.error());
        return muco::cli::runFreeText(ctx, **store);
    }
    if (cmd == QLatin1String("serve")) {
        QSet<QString> values = common;
        values << QStringLiteral("listen") << QStringLiteral("tls-cert") << QStringLiteral("tls-key") << QStringLiteral("idle-timeout")
               << QStringLiteral("max-connections");
        if (auto p = ctx.parse({QStringLiteral("insecure-loopback")}, values); !p.ok())
            return ctx.fail(p.error());
        auto listen = ctx.required(QStringLiteral("listen"));
        if (!listen.ok())
            return ctx.fail(listen.error());
        const QString hostText = listen->section(QLatin1Char(':'), 0, -2);
        bool portOk = false;
        const int port = listen->section(QLatin1Char(':'), -1).toInt(&portOk);
        const QHostAddress host(hostText == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : hostText);
        if (host.isNull() || !portOk || port < 0 || port > 65535)
            return ctx.fail(muco::Error::usage(Tr::tr("--listen takes HOST:PORT with an IP address, e.g. 127.0.0.1:8443.")));
        const bool tls = ctx.has(QStringLiteral("tls-cert")) || ctx.has(QStringLiteral("tls-key"));
        if (tls == ctx.flag(QStringLiteral("insecure-loopback")))
            return ctx.fail(muco::Error::usage(Tr::tr("Give --tls-cert FILE --tls-key FILE, or --insecure-loopback.")));
        if (!tls && !host.isLoopback())
            return ctx.fail(muco::Error::usage(Tr::tr("--insecure-loopback serves plain HTTP on a loopback address only, not %1.").arg(hostText)));
        muco::HttpLimits limits;
        if (ctx.has(QStringLiteral("idle-timeout"))) {
            bool ok = false;
            const double seconds = ctx.option(QStringLiteral("idle-timeout")).toDouble(&ok);
            if (!ok || seconds < 0.1 || seconds > 3600)
                return ctx.fail(muco::Error::usage(Tr::tr("--idle-timeout takes a number of seconds from 0.1 to 3600.")));
            limits.headerTimeoutMs = static_cast<int>(seconds * 1000);
        }
        if (ctx.has(QStringLiteral("max-connections"))) {
            bool ok = false;
            limits.maxConnections = ctx.option(QStringLiteral("max-connections")).toInt(&ok);
            if (!ok || limits.maxConnections < 1 || limits.maxConnections > 100000)
                return ctx.fail(muco::Error::usage(Tr::tr("--max-connections takes a whole number from 1 to 100000.")));
            limits.maxConnectionsPerClient = std::min(limits.maxConnectionsPerClient, limits.maxConnections);
        }
        auto store = openStore(ctx, false);
        if (!store.ok())
            return ctx.fail(store.error());
        // Every connection is a descriptor: take all the process may have, so the connection
        // limit, not the descriptor limit, decides who waits.
        if (rlimit rl{}; ::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
            rl.rlim_cur = rl.rlim_max;
            (void)::setrlimit(RLIMIT_NOFILE, &rl);
        }
        muco::CentralService service(**store);
        muco::CentralHttpServer server(service, limits);
        auto bound = server.listen(host, static_cast<quint16>(port), ctx.option(QStringLiteral("tls-cert")), ctx.option(QStringLiteral("tls-key")));
        if (!bound.ok())
            return ctx.fail(bound.error());
        ctx.print(Tr::tr("Serving %1 on %2:%3").arg(tls ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"), host.toString()).arg(bound.value()));
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [] {
            if (g_stop)
                QCoreApplication::quit();
        });
        poll.start(100);
        QCoreApplication::exec();
        // Requests are handled whole on this thread; let the last responses reach their sockets.
        QTimer::singleShot(300, [] { QCoreApplication::quit(); });
        QCoreApplication::exec();
        return 0;
    }
    if (muco::cli::isReportCommand(cmd)) {
        // The whole trial: every site's records as the central site holds them.
        const muco::cli::SnapshotSource trial{{}, common, [](CliContext &c) -> muco::Result<muco::TrialSnapshot> {
                                                  MUCO_READ(store, openStore(c, false));
                                                  return muco::centralSnapshot(store->backend(), muco::Clock::system()->nowUtc());
                                              }};
        return muco::cli::runReportCommand(args.mid(0, 2), ctx, trial);
    }
    ctx.printError(usageText());
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    muco::disableCoreDumps();   // first: no core file may ever hold a key or a password
    const auto app = muco::cli::makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mucotrack-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MUCOTRACK_VERSION));
    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return run(QCoreApplication::arguments().mid(1), &in, &out, &err);
}
