#include "RandomizationCommands.h"
#include "CliContext.h"
#include "central/AllocationList.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace muco::central {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Central)
};

using cli::CliContext;

// The central site has no accounts of its own: whoever may open its store (the data folder is
// its owner's alone, PostgreSQL asks its own password) acts as the trial's statistician, the
// one role core allows to set up and read the lists (docs/randomization.md).
constexpr CentralRole kOperator = CentralRole::Statistician;

Result<std::unique_ptr<CentralStore>> openStore(CliContext &ctx)
{
    Result<std::unique_ptr<CentralBackend>> backend = Error::usage(Tr::tr("--data DIR or --postgres CONNINFO is required."));
    if (ctx.has(QStringLiteral("postgres")))
        backend = CentralBackend::openPostgres(ctx.option(QStringLiteral("postgres")));
    else if (ctx.has(QStringLiteral("data")))
        backend = CentralBackend::openEmbedded(ctx.option(QStringLiteral("data")), false);
    if (!backend.ok())
        return backend.error();
    return std::make_unique<CentralStore>(std::move(backend).value(), Clock::system());
}

int generate(CliContext &ctx)
{
    if (auto p = ctx.parse({QStringLiteral("json")}, {QStringLiteral("data"), QStringLiteral("postgres"), QStringLiteral("seed"),
                                                      QStringLiteral("per-stratum"), QStringLiteral("blocks"), QStringLiteral("sites")}); !p.ok())
        return ctx.fail(p.error());
    auto seedText = ctx.required(QStringLiteral("seed"));
    auto perText = ctx.required(QStringLiteral("per-stratum"));
    for (const auto *r : {&seedText, &perText})
        if (!r->ok())
            return ctx.fail(r->error());
    bool seedOk = false, perOk = false;
    GenerateRequest g;
    g.seed = seedText->toULongLong(&seedOk);
    g.perStratum = perText->toInt(&perOk);
    if (!seedOk)
        return ctx.fail(Error::invalid(QStringLiteral("--seed"), Tr::tr("\"%1\" is not a whole number from 0 to 18446744073709551615").arg(seedText.value())));
    if (!perOk || g.perStratum < 1 || g.perStratum > 10000)
        return ctx.fail(Error::invalid(QStringLiteral("--per-stratum"), Tr::tr("\"%1\" is not a whole number from 1 to 10000").arg(perText.value())));
    if (ctx.has(QStringLiteral("blocks"))) {
        auto blocks = AllocationSequence::parseBlocks(ctx.option(QStringLiteral("blocks")), QStringLiteral("--blocks"));
        if (!blocks.ok())
            return ctx.fail(blocks.error());
        g.blocks = blocks.value();
    }
    if (ctx.has(QStringLiteral("sites")))
        g.sites = ctx.option(QStringLiteral("sites")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    g.factors = AllocationSequence::protocolFactors();
    auto store = openStore(ctx);
    if (!store.ok())
        return ctx.fail(store.error());
    auto strata = (*store)->allocationList().generate(kOperator, g);
    if (!strata.ok()) {
        Error e = strata.error();
        if (e.field == QLatin1String("sites") || e.field == QLatin1String("blocks"))
            e = Error::invalid(QStringLiteral("--") + e.field, e.why());
        return ctx.fail(e);
    }
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("strata"), QJsonArray::fromStringList(strata.value())}, {QStringLiteral("per_stratum"), g.perStratum}});
    ctx.print(strata->isEmpty()
                  ? Tr::tr("The list is set up; no site is known yet: each site's strata are generated from this seed when it first needs them.")
                  : Tr::tr("Allocation lists generated for %1 (at least %2 entries each, whole blocks).")
                        .arg(strata->join(QStringLiteral(", "))).arg(g.perStratum));
    return cli::Ok;
}

int import(CliContext &ctx)
{
    if (auto p = ctx.parse({QStringLiteral("json")}, {QStringLiteral("data"), QStringLiteral("postgres")}); !p.ok())
        return ctx.fail(p.error());
    if (ctx.positional().size() != 1)
        return ctx.fail(Error::usage(Tr::tr("Give the list's CSV file: randomization import --data DIR FILE.csv")));
    const QString path = ctx.positional().first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Error::invalid(QStringLiteral("FILE"), Tr::tr("%1 cannot be read").arg(path)));
    auto entries = AllocationSequence::parseCsv(f.readAll());
    if (!entries.ok())
        return ctx.fail(Error::invalid(QFileInfo(path).fileName() + QStringLiteral(", ") + entries.error().field, entries.error().why()));
    auto store = openStore(ctx);
    if (!store.ok())
        return ctx.fail(store.error());
    auto strata = (*store)->allocationList().import(kOperator, entries.value());
    if (!strata.ok())
        return ctx.fail(strata.error());
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("strata"), QJsonArray::fromStringList(strata.value())},
                              {QStringLiteral("entries"), static_cast<int>(entries->size())}});
    ctx.print(Tr::tr("Imported %1 entries in %2 strata (%3).").arg(entries->size()).arg(strata->size()).arg(strata->join(QStringLiteral(", "))));
    return cli::Ok;
}

int report(CliContext &ctx)
{
    if (auto p = ctx.parse({QStringLiteral("json")}, {QStringLiteral("data"), QStringLiteral("postgres")}); !p.ok())
        return ctx.fail(p.error());
    auto store = openStore(ctx);
    if (!store.ok())
        return ctx.fail(store.error());
    auto r = (*store)->allocationList().report(kOperator);
    if (!r.ok())
        return ctx.fail(r.error());
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson(r.value());
    QString text = Tr::tr("Subject\tSite\tStratum\t#\tArm\tAllocated (UTC)\tSource\tDevice\n");
    for (const QJsonValue &v : r->value(QStringLiteral("allocations")).toArray()) {
        const QJsonObject a = v.toObject();
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\n")
                    .arg(a.value(QStringLiteral("subject_id")).toString(), a.value(QStringLiteral("site")).toString(),
                         a.value(QStringLiteral("stratum")).toString())
                    .arg(a.value(QStringLiteral("sequence")).toInt())
                    .arg(a.value(QStringLiteral("arm")).toString(), a.value(QStringLiteral("allocated_utc")).toString(),
                         a.value(QStringLiteral("source")).toString(), a.value(QStringLiteral("device")).toString());
    }
    const QJsonObject bySite = r->value(QStringLiteral("by_site")).toObject();
    for (auto it = bySite.begin(); it != bySite.end(); ++it)
        text += Tr::tr("%1: experimental %2, control %3\n").arg(it.key())
                    .arg(it.value().toObject().value(QStringLiteral("experimental")).toInt())
                    .arg(it.value().toObject().value(QStringLiteral("control")).toInt());
    text += Tr::tr("Sealed in devices' reserves, unused: %1\nIntegrity: %2")
                .arg(r->value(QStringLiteral("unused_reserved")).toInt()).arg(r->value(QStringLiteral("integrity")).toString());
    ctx.print(text);
    return cli::Ok;
}

} // namespace

int runRandomizationCommand(const QStringList &args, QIODevice *in, QIODevice *out, QIODevice *err)
{
    const QString sub = args.value(0);
    CliContext ctx(args.mid(1), in, out, err);
    ctx.program = QStringLiteral("mucotrack-central");
    if (sub == QLatin1String("generate"))
        return generate(ctx);
    if (sub == QLatin1String("import"))
        return import(ctx);
    if (sub == QLatin1String("report"))
        return report(ctx);
    return ctx.fail(Error::usage(Tr::tr("Unknown command \"randomization %1\"; use randomization generate, import or report.").arg(sub)));
}

} // namespace muco::central
