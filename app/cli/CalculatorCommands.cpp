#include "CalculatorCommands.h"
#include "SiteCommands.h"
#include "SyncCommands.h"
#include "clinical/DoseJson.h"
#include "clinical/EligibilityJson.h"
#include "clinical/GradingJson.h"
#include "clinical/JsonFields.h"
#include <QCoreApplication>
#include <QFile>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// FILE, or - for standard input.
Result<QJsonObject> readInput(CliContext &ctx)
{
    if (ctx.positional().size() != 1)
        return Error::usage(Tr::tr("Give exactly one input FILE, or - for standard input."));
    const QString name = ctx.positional().first();
    QByteArray bytes;
    if (name == QLatin1String("-")) {
        bytes = ctx.readAllInput();
    } else {
        QFile f(name);
        if (!f.open(QIODevice::ReadOnly))
            return Error::usage(Tr::tr("%1 cannot be read (%2).").arg(name, f.errorString()));
        bytes = f.readAll();
    }
    return json::parseObject(bytes);
}

int eligibility(CliContext &ctx)
{
    auto input = readInput(ctx);
    if (!input.ok())
        return ctx.fail(input.error());
    auto parsed = eligibilityInputFromJson(input.value());
    if (!parsed.ok())
        return ctx.fail(parsed.error());
    return ctx.printJson(eligibilityResultToJson(evaluateEligibility(Protocol::nct07312656(), parsed.value())));
}

} // namespace

bool isCalculatorCommand(const QString &word)
{
    return word == QLatin1String("eligibility") || word == QLatin1String("grade") || word == QLatin1String("dose");
}

int runCalculatorCommand(const QStringList &words, CliContext &ctx)
{
    if (auto p = ctx.parse({}, {}); !p.ok())
        return ctx.fail(p.error());
    const QString cmd = words.value(0);
    if (cmd == QLatin1String("eligibility") && words.value(1) == QLatin1String("check"))
        return eligibility(ctx);
    if (cmd == QLatin1String("dose") && words.value(1) == QLatin1String("summary")) {
        auto input = readInput(ctx);
        if (!input.ok())
            return ctx.fail(input.error());
        auto parsed = doseInputFromJson(input.value());
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        return ctx.printJson(doseSummaryToJson(summarizeDose(parsed.value())));
    }
    if (cmd == QLatin1String("grade")) {
        auto scale = parseScale(words.value(1));
        if (!scale.ok())
            return ctx.fail(scale.error());
        auto input = readInput(ctx);
        if (!input.ok())
            return ctx.fail(input.error());
        auto findings = findingsFromJson(input.value(), scale.value());
        if (!findings.ok())
            return ctx.fail(findings.error());
        switch (scale.value()) {
        case Scale::Who: return ctx.printJson(gradeToJson(gradeWho(findings.value())));
        case Scale::Ctcae: return ctx.printJson(gradeToJson(gradeCtcae(findings.value())));
        case Scale::Rtog: return ctx.printJson(gradeToJson(gradeRtog(findings.value())));
        case Scale::Omas: return ctx.printJson(omasToJson(scoreOmas(findings.value())));
        }
    }
    return ctx.fail(Error::usage(Tr::tr("Unknown command \"%1\"; run mucotrack-cli --help.").arg(words.join(QLatin1Char(' ')))));
}

// man mucotrack-cli(1) is generated from this help (help2man): a command on its own line,
// what it does on the next, indented by 20 or more spaces.
QString usageText()
{
    return Tr::tr("Usage: mucotrack-cli COMMAND [OPTIONS]\n\n"
              "Site administration and the clinical calculators of MucoTrack.\n\n"
              "Clinical calculators (no database, no sign-in; FILE or - for standard input):\n"
              "  eligibility check FILE\n"
              "                        screen a patient (JSON) against the protocol's criteria\n"
              "  grade who|ctcae|rtog|omas FILE\n"
              "                        grade oral mucositis findings (JSON) on one scale\n"
              "  dose summary FILE\n"
              "                        sum the radiotherapy fractions (JSON) delivered so far\n\n"
              "Site database (--db PATH; --user NAME [--password-stdin]):\n"
              "  init --db PATH --site CODE --admin NAME [--password-stdin] [--json]\n"
              "                        set up a new site database and its administrator\n"
              "  user add --name NAME --role ROLE --new-password-file FILE\n"
              "                        add a user (administrator)\n"
              "  user list [--json]\n"
              "                        list the users and their roles\n"
              "  user passwd --new-password-file FILE\n"
              "                        change your own password (the current one is the sign-in password)\n"
              "  user reset-password --name NAME --new-password-file FILE\n"
              "                        set another user's password (administrator)\n"
              "  patient add [--subject-id ID] [--name TEXT] [--mrn TEXT] [--birth-date YYYY-MM-DD] [--sex male|female] [--json]\n"
              "                        register a patient\n"
              "  patient list [--json]\n"
              "                        list the patients\n"
              "  patient show --subject-id ID [--json]\n"
              "                        one patient, with status, its date and reason\n"
              "  patient update --subject-id ID [--birth-date D] [--sex S] [--name T] [--mrn T] --reason TEXT\n"
              "                        correct a patient's details (audited)\n"
              "  patient withdraw --subject-id ID --reason TEXT [--date YYYY-MM-DD]\n"
              "                        status withdrawn (kept, audited)\n"
              "  screening log [--json]\n"
              "                        the trial's screening log, with failed criteria\n"
              "  audit verify [--json]\n"
              "                        check the audit trail\n"
              "  db raw-key --db PATH --recovery-key-stdin\n"
              "                        print the database key and cipher settings, from the recovery key\n"
              "  sync enroll --server URL --code CODE [--ca-cert FILE]\n"
              "                        enrol this site with the central site, with a one-time code\n"
              "  sync now [--json]\n"
              "                        sync with the central site now\n"
              "  sync status [--json]\n"
              "                        the central site, pending changes, the last sync and conflicts\n\n"
              "Options:\n"
              "  -h, --help    show this help\n"
              "  --version     show the version\n\n"
              "Exit status: 0 success, 2 usage, 3 sign-in or permission denied, 4 invalid input,\n"
              "5 storage error, 6 network error, 7 audit trail broken.\n");
}

int run(const QStringList &args, QIODevice *in, QIODevice *out, QIODevice *err)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        CliContext ctx({}, in, out, err);
        if (args.isEmpty()) {
            ctx.printError(usageText());
            return Usage;
        }
        ctx.print(usageText());
        return Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        CliContext ctx({}, in, out, err);
        ctx.print(QStringLiteral("mucotrack-cli %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QString cmd = args.first();
    // init takes one command word, grade takes its scale as the second; others take two.
    const int wordCount = cmd == QLatin1String("init") ? 1 : 2;
    const QStringList words = args.mid(0, wordCount);
    CliContext ctx(args.mid(wordCount), in, out, err);
    if (isCalculatorCommand(cmd))
        return runCalculatorCommand(words, ctx);
    if (isSiteCommand(cmd))
        return runSiteCommand(words, ctx);
    if (cmd == QLatin1String("sync"))
        return runSyncCommand(words, ctx);
    return ctx.fail(Error::usage(Tr::tr("Unknown command \"%1\"; run mucotrack-cli --help.").arg(cmd)));
}

} // namespace muco::cli
