#include "CommandTable.h"
#include "BackupCommands.h"
#include "CalculatorCommands.h"
#include "ClinicCommands.h"
#include "ReportCommands.h"
#include "QueryCommands.h"
#include "ScreeningCommands.h"
#include "RandomizeCommands.h"
#include "SiteCommands.h"
#include "SyncCommands.h"
#include "VisitCommands.h"
#include <QCoreApplication>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kAnyWord = QStringLiteral("*");

// How many of args the command's words take, or -1 when they do not match.
int matchLength(const Command &c, const QStringList &args)
{
    for (int i = 0; i < c.words.size(); ++i) {
        if (c.words[i] == kAnyWord)
            continue; // any value, or none
        if (args.value(i) != c.words[i])
            return -1;
    }
    return static_cast<int>(c.words.size());
}

// "sync enroll, sync now or sync status": the commands that begin with the word given.
QString commandsStartingWith(const QString &first)
{
    QStringList names;
    for (const CommandGroup &g : commandGroups())
        for (const Command &c : g.commands)
            if (c.words.value(0) == first) {
                // A "*" word shows as the synopsis spells it (grade who|ctcae|rtog|omas).
                const QStringList shown = c.synopsis.split(QLatin1Char(' ')).mid(0, c.words.size());
                names << shown.join(QLatin1Char(' '));
            }
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return Tr::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace

QString headingCalculators()
{
    return Tr::tr("Clinical calculators (no database, no sign-in; FILE or - for standard input):");
}

QString headingSiteDatabase()
{
    return Tr::tr("Site database (--db PATH; --user NAME [--password-stdin]):");
}

const QList<CommandGroup> &commandGroups()
{
    // Add a group's table function here (see CommandTable.h).
    static const QList<CommandGroup> groups{
        calculatorCommands(),
        siteCommands(),
        syncCommands(),
        screeningCommands(),
        clinicCommands(),
        visitCommands(),
        backupCommands(),
        reportCommands(),
        randomizeCommands(),
        queryCommands(),
    };
    return groups;
}

const Command *findCommand(const QStringList &args)
{
    const Command *best = nullptr;
    int bestLength = 0;
    for (const CommandGroup &g : commandGroups())
        for (const Command &c : g.commands)
            if (const int n = matchLength(c, args); n > bestLength) {
                best = &c;
                bestLength = n;
            }
    return best;
}

// man mucotrack-cli(1) is generated from this help (help2man): a command on its own line,
// what it does on the next, indented by 20 or more spaces.
QString usageText()
{
    QString text = Tr::tr("Usage: mucotrack-cli COMMAND [OPTIONS]\n\n"
                          "Site administration and the clinical calculators of MucoTrack.\n");
    QStringList headings;
    QMap<QString, QString> sections;
    for (const CommandGroup &g : commandGroups()) {
        if (!headings.contains(g.heading))
            headings << g.heading;
        for (const Command &c : g.commands)
            sections[g.heading] += QStringLiteral("  %1\n                        %2\n").arg(c.synopsis, c.help);
    }
    for (const QString &h : std::as_const(headings))
        text += QLatin1Char('\n') + h + QLatin1Char('\n') + sections.value(h);
    text += Tr::tr("\nOptions:\n"
                   "  -h, --help    show this help\n"
                   "  --version     show the version\n\n"
                   "Exit status: 0 success, 2 usage, 3 sign-in or permission denied, 4 invalid input,\n"
                   "5 storage error, 6 network error, 7 audit trail broken.\n");
    return text;
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
    if (const Command *c = findCommand(args)) {
        const auto n = c->words.size();
        CliContext ctx(args.mid(n), in, out, err);
        ctx.words = args.mid(0, n);
        while (ctx.words.size() < n)
            ctx.words << QString(); // a "*" word not given
        return c->run(ctx);
    }
    CliContext ctx({}, in, out, err);
    const QString first = args.first();
    if (commandsStartingWith(first).isEmpty())
        return ctx.fail(Error::usage(Tr::tr("Unknown command \"%1\"; run mucotrack-cli --help.").arg(first)));
    const QString typed = QStringList(args.mid(0, 2)).join(QLatin1Char(' '));
    return ctx.fail(Error::usage(Tr::tr("Unknown command \"%1\"; use %2.").arg(typed, commandsStartingWith(first))));
}

} // namespace muco::cli
