#pragma once
// The one table of mucotrack-cli's commands. Dispatch, --help (and so the man page,
// which help2man makes from --help) and the "unknown command" message all derive from it,
// so a command exists in exactly one place.
//
// To add a command:
//   1. Write its handler, int handler(CliContext &ctx), in the file of its group
//      (e.g. TrialCommands.cpp). The handler parses its options (ctx.parse), signs in
//      if it needs to (ctx.signIn) and returns an exit status (CliContext.h, Exit).
//   2. List it in that file's table function, e.g.
//        CommandGroup trialCommands()
//        {
//            return {headingTrial(), {
//                {{"visit", "sign"}, "visit sign --visit ID", Tr::tr("sign a visit's grades (investigator)"), cmdVisitSign},
//            }};
//        }
//      with its words, its synopsis (the whole usage line, as --help shows it) and one line
//      of help, through tr().
//   3. For a new group, declare its table function in the group's header and add it to
//      commandGroups() in CommandTable.cpp. Groups print in that order; groups that share
//      a heading print under it once.
// A word "*" in a command's words takes any value, the handler reads it from ctx.words
// (e.g. grade who|ctcae|rtog|omas: {"grade", "*"}); it also matches a missing word (empty).
#include "CliContext.h"
#include <QList>
#include <functional>

namespace muco::cli {

using Handler = std::function<int(CliContext &ctx)>;

struct Command {
    QStringList words;  // e.g. {"patient", "add"}
    QString synopsis;   // the usage line, words included: "patient add [--subject-id ID] [--json]"
    QString help;       // what it does, one line (translated)
    Handler run;
};

struct CommandGroup {
    QString heading;    // the --help section it is listed under (translated)
    QList<Command> commands;
};

// Headings shared by several groups.
QString headingCalculators();
QString headingSiteDatabase();

// Every group, in --help order.
const QList<CommandGroup> &commandGroups();

// The command that args names (the longest match of its words), or nullptr.
const Command *findCommand(const QStringList &args);

QString usageText();

// The whole command line: picks the command from the table and runs it.
int run(const QStringList &args, QIODevice *in, QIODevice *out, QIODevice *err);

} // namespace muco::cli
