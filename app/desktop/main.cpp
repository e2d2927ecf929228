// mucotrack: the desktop app. Entry point only: everything else lives in ui/ and core/.
#include "AppController.h"
#include "MainWindow.h"
#include "NewSiteWizard.h"
#include "common/Hardening.h"
#include "records/DemoSite.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    muco::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MucoTrack"));
    QApplication::setApplicationName(QStringLiteral("MucoTrack"));
    QApplication::setApplicationVersion(QStringLiteral(MUCOTRACK_VERSION));

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("mucotrack"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "MucoTrack desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demoOption(QStringLiteral("demo"), QApplication::translate("main", "Open the DEMO site (synthetic patients; created if needed)."));
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open the site database at <path>."), QStringLiteral("path"));
    parser.addOption(demoOption);
    parser.addOption(dbOption);
    parser.process(app);

    QSettings settings;
    bool demo = parser.isSet(demoOption);
    QString path;
    if (demo)
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo/demo-site.db");
    else if (parser.isSet(dbOption))
        path = parser.value(dbOption);
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
