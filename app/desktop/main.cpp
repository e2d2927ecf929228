// mucotrack: the desktop app. Entry point only: everything else lives in ui/ and core/.
#include "AppController.h"
#include "MainWindow.h"
#include "admin/NewSiteWizard.h"
#include "common/Hardening.h"
#include "records/DemoSite.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdio>
#include <string_view>

namespace {

// First start: a new site, the demo, or an existing site database.
QString chooseDatabase(bool &demo)
{
    QMessageBox box;
    box.setWindowTitle(QApplication::translate("main", "Welcome to MucoTrack"));
    box.setText(QApplication::translate("main", "No site database is set up on this computer yet."));
    box.setInformativeText(QApplication::translate("main", "Set up a new site, open an existing site database, or try the DEMO site with synthetic patients."));
    QPushButton *setUp = box.addButton(QApplication::translate("main", "Set up a &new site..."), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(QApplication::translate("main", "&Open a site database..."), QMessageBox::ActionRole);
    QPushButton *tryDemo = box.addButton(QApplication::translate("main", "Open the &DEMO site"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    if (box.clickedButton() == setUp) {
        muco::ui::NewSiteWizard wizard(dataDir + QStringLiteral("/site.db"));
        return wizard.exec() == QDialog::Accepted ? wizard.databasePath() : QString();
    }
    if (box.clickedButton() == open)
        return QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open a site database"), dataDir,
                                            QApplication::translate("main", "MucoTrack site database (*.db)"));
    if (box.clickedButton() == tryDemo) {
        demo = true;
        return dataDir + QStringLiteral("/demo/demo-site.db");
    }
    return {};
}

// --help and --version are answered before QApplication exists, so they work without a display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MucoTrack"));
    QCoreApplication::setApplicationName(QStringLiteral("MucoTrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MUCOTRACK_VERSION));
}

// Qt's own translations and the app's, for the system's language; installed while alive.
struct Translations {
    QTranslator qt, app;
    Translations()
    {
        if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        if (app.load(QLocale(), QStringLiteral("mucotrack"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&app);
    }
};

// The options; man mucotrack(1) is generated from this help (help2man, see app/desktop).
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"), QCoreApplication::translate("main", "Open the DEMO site (synthetic patients; created if needed).")};
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("main", "Open the site database at <path>."), QStringLiteral("path")};
    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "MucoTrack desktop app"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.addOption(db);
    }
};

// The window icon, compiled in from resources/icons (PNG: no SVG plugin needed).
QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/org.mucotrack.MucoTrack-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    muco::disableCoreDumps();
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);   // no display is needed to print the help
        setIdentity();
        Translations translations;
        CommandLine commandLine;
        commandLine.parser.process(app);     // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mucotrack.MucoTrack"));   // Wayland app id: icon, dock
    Translations translations;
    CommandLine commandLine;
    commandLine.parser.process(app);

    QSettings settings;
    bool demo = commandLine.parser.isSet(commandLine.demo);
    QString path;
    if (demo)
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo/demo-site.db");
    else if (commandLine.parser.isSet(commandLine.db))
        path = commandLine.parser.value(commandLine.db);
    else if (QFileInfo::exists(settings.value(QStringLiteral("lastDatabase")).toString()))
        path = settings.value(QStringLiteral("lastDatabase")).toString();
    else
        path = chooseDatabase(demo);
    if (path.isEmpty())
        return 0;

    auto clock = muco::Clock::system();
    if (demo) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const muco::Status s = muco::DemoSite::ensure(path, clock);
        if (!s.ok()) {
            std::fprintf(stderr, "mucotrack: %s\n", qPrintable(s.error().message));
            QMessageBox::critical(nullptr, QApplication::translate("main", "MucoTrack"), s.error().message);
            return 5;
        }
    } else {
        settings.setValue(QStringLiteral("lastDatabase"), path);
    }
    if (!QFileInfo::exists(path)) {
        const QString message = QApplication::translate("main", "The site database %1 does not exist.").arg(path);
        std::fprintf(stderr, "mucotrack: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "MucoTrack"), message);
        return 5;
    }

    muco::ui::AppController controller(path, clock);
    controller.setDemo(demo);
    muco::ui::MainWindow window(controller);
    window.show();
    window.activateWindow();   // shortcuts need an active window, even without a window manager
    return QApplication::exec();
}
