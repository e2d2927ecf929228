#pragma once
// report primary-endpoint | report dmc | export odm | export csv (contracts/cli-trial.md,
// "Reports and exports"): one implementation over a snapshot, of the site's data in
// mucotrack-cli and of the whole trial in mucotrack-central.
#include "CliContext.h"
#include "CommandTable.h"
#include "reports/TrialSnapshot.h"
#include <QCoreApplication>
#include <functional>
#include <memory>

namespace muco::cli {

struct SnapshotSource {
    QSet<QString> flags;     // the options that take no value (besides --json)
    QSet<QString> valued;    // the options that name the data (--db/--user, or --data/--postgres)
    std::function<Result<TrialSnapshot>(CliContext &)> take;
};

bool isReportCommand(const QString &cmd);   // report | export
int runReportCommand(const QStringList &words, CliContext &ctx, const SnapshotSource &source);
// mucotrack-cli's report and export commands, over the site's data (signs in with --db,
// --user and the password).
CommandGroup reportCommands();

// The application object for a command line: a QGuiApplication on the offscreen platform
// for the commands that draw (report dmc: fonts and QPainter need it), a QCoreApplication
// for everything else, so a server without a display runs them all.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

} // namespace muco::cli
