// Takes the user guide's screenshots from the real app: a throwaway copy of the DEMO site, the
// real MainWindow at 1366x768, each role signed in, each screen and dialog in turn, in English
// and in Simplified Chinese. Run it through scripts/guide-screenshots.sh (Xvfb); it writes
// <guide>/<language>/img/*.png.
#include "admin/AccountsDialog.h"
#include "AddPatientDialog.h"
#include "workspace/AdverseEventsTab.h"
#include "AppController.h"
#include "admin/ConflictsDialog.h"
#include "workspace/GradingWizard.h"
#include "HelpBrowser.h"
#include "workspace/LabsTab.h"
#include "MainWindow.h"
#include "admin/NewSiteWizard.h"
#include "workspace/OverviewTab.h"
#include "PasswordDialog.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/RadiotherapyTab.h"
#include "admin/ReferenceRangesDialog.h"
#include "admin/ScreeningLogDialog.h"
#include "workspace/ScreeningTab.h"
#include "SignatureDialog.h"
#include "admin/SiteSettingsDialog.h"
#include "workspace/StudyDrugTab.h"
#include "workspace/VisitsTab.h"
#include "records/Assessments.h"
#include "records/DemoSite.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "security/SiteVault.h"
#include "storage/Transaction.h"
#include "demo/DirectTransport.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QWizard>
#include <cstdio>

using namespace muco;

namespace {

// The same day every time, so regenerated screenshots differ only where the screens changed.
std::shared_ptr<FixedClock> fixedClock()
{
    return std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(1, 30), QTimeZone::utc()));
}

void settle(int ms = 120)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

class Shooter {
public:
    explicit Shooter(QString dir) : m_dir(std::move(dir)) { QDir().mkpath(m_dir); }
    void save(QWidget *w, const QString &name)
    {
        settle();
        const QString path = m_dir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!w->grab().save(path, "PNG"))
            std::fprintf(stderr, "guide-screenshots: %s could not be written\n", qPrintable(path));
        else
            ++m_count;
    }
    // For a dialog run with exec() by the code under test: grab it once it shows, then close it.
    void saveModal(const QString &name, const std::function<void()> &open)
    {
        QTimer::singleShot(400, [this, name] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                save(modal, name);
                if (auto *d = qobject_cast<QDialog *>(modal))
                    d->reject();
            }
        });
        open();
    }
    int count() const { return m_count; }

private:
    QString m_dir;
    int m_count = 0;
};

void check(const Status &s, const char *what)
{
    if (!s.ok()) {
        std::fprintf(stderr, "guide-screenshots: %s: %s\n", what, qPrintable(s.error().message));
        std::exit(1);
    }
}

void signIn(ui::AppController &controller, const QString &user)
{
    controller.lock();
    check(controller.signIn(user, DemoSite::password()), "sign-in");
    settle();
}

void selectPatient(ui::MainWindow &w, const QString &subjectId)
{
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("patientFilter"));
    auto *list = w.findChild<QTableView *>(QStringLiteral("patientList"));
    filter->setText(subjectId);
    list->setCurrentIndex(w.patientProxy()->index(0, 0));
    list->setFocus();
    settle();
}

void showTab(ui::MainWindow &w, QWidget *tab)
{
    w.workspace()->tabs()->setCurrentWidget(tab);
    tab->setFocus();
    settle();
}

template <typename Dialog>
void shootDialog(Shooter &shots, const QString &name, Dialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    shots.save(&dialog, name);
    dialog.reject();
}

// A sync conflict to show: a copy of the site and the site itself change the same field.
void shootConflict(Shooter &shots, const QString &sitePath, QWidget *parent)
{
    QTemporaryDir dir;
    auto clock = fixedClock();
    auto backend = CentralBackend::openEmbedded(dir.path(), true);
    check(backend.ok() ? Status{} : Status(backend.error()), "central store");
    CentralStore store(std::move(backend).value(), clock);
    CentralService service(store);
    auto a = SiteVault::signIn(sitePath, QStringLiteral("doctor"), DemoSite::password(), clock);
    check(a.ok() ? Status{} : Status(a.error()), "sign-in A");
    const QString tokenA = store.enroll(store.createEnrollmentCode(DemoSite::siteCode()).value())->token;
    DirectTransport ta(service, tokenA);
    auto run = [](Session &s, SyncTransport &t) { SyncClient c(s, t, {}); return c.runBlocking(); };
    if (!run(**a, ta).ok) {
        std::fprintf(stderr, "guide-screenshots: first sync failed; conflicts.png shows an empty list\n");
    }
    const QString pathB = dir.path() + QStringLiteral("/second-device.db");
    QFile::copy(sitePath, pathB);
    QFile::copy(sitePath + QStringLiteral(".keys"), pathB + QStringLiteral(".keys"));
    auto b = SiteVault::signIn(pathB, QStringLiteral("doctor"), DemoSite::password(), clock);
    check(b.ok() ? Status{} : Status(b.error()), "sign-in B");
    const QString tokenB = store.enroll(store.createEnrollmentCode(DemoSite::siteCode()).value())->token;
    DirectTransport tb(service, tokenB);
    auto patients = Patients::list(**a);
    if (patients.ok() && patients->size() > 2) {
        const QString id = patients->at(2).id;
        // Two different corrections of the same birth date, one on each device.
        for (auto &[s, value] : {std::pair{a->get(), QStringLiteral("1961-03-02")}, std::pair{b->get(), QStringLiteral("1961-02-03")}}) {
            Transaction tx(s->db());
            const auto changed = RecordStore::update(*s, {&Patients::table(), id, {{QStringLiteral("birth_date"), value}},
                                                             QStringLiteral("DEMO: checked against the ID card")});
            if (!changed.ok() || !tx.commit().ok())
                std::fprintf(stderr, "guide-screenshots: the DEMO conflict was not made: %s\n", qPrintable(changed.ok() ? QString() : changed.error().message));
        }
        for (auto &[s, t] : {std::pair<Session *, SyncTransport *>{a->get(), &ta}, std::pair<Session *, SyncTransport *>{b->get(), &tb}}) {
            const SyncReport report = run(*s, *t);
            if (!report.ok)
                std::fprintf(stderr, "guide-screenshots: sync failed: %s\n", qPrintable(report.error));
        }
    }
    ui::ConflictsDialog dialog(**b, parent);
    dialog.table()->selectRow(0);
    shootDialog(shots, QStringLiteral("conflicts"), dialog);
}

void shootNewSite(Shooter &shots, const QString &dir)
{
    ui::NewSiteWizard wizard(dir + QStringLiteral("/new-site.db"));
    wizard.resize(720, 520);
    wizard.show();
    auto *code = wizard.findChild<QLineEdit *>(QStringLiteral("siteCodeField"));
    code->setText(QStringLiteral("GX01"));
    shots.save(&wizard, QStringLiteral("new-site-1"));
    wizard.next();
    const QList<QLineEdit *> fields = wizard.currentPage()->findChildren<QLineEdit *>();
    if (fields.size() >= 4) {
        fields[1]->setText(QStringLiteral("Site administrator"));
        fields[2]->setText(QStringLiteral("correct-horse-battery"));
        fields[3]->setText(QStringLiteral("correct-horse-battery"));
    }
    shots.save(&wizard, QStringLiteral("new-site-2"));
    wizard.next();   // creates the site (Argon2id: a second or two) and shows the recovery key
    shots.save(&wizard, QStringLiteral("recovery-key"));
    wizard.reject();
}

void shootAll(const QString &language, const QString &guideDir)
{
    Shooter shots(guideDir + QLatin1Char('/') + language + QStringLiteral("/img"));
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/demo-site.db");
    auto clock = fixedClock();
    check(DemoSite::ensure(path, clock), "DEMO site");

    ui::AppController controller(path, clock);
    controller.setDemo(true);
    ui::MainWindow w(controller);
    w.show();
    w.resize(1366, 768);
    w.activateWindow();
    settle(300);

    // Getting started: the sign-in page.
    w.findChild<QLineEdit *>(QStringLiteral("userField"))->setText(QStringLiteral("doctor"));
    w.findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(DemoSite::password());
    shots.save(&w, QStringLiteral("sign-in"));
    {
        auto s = SiteVault::signIn(path, QStringLiteral("doctor"), DemoSite::password(), clock);
        ui::PasswordDialog d(**s, &w);
        shootDialog(shots, QStringLiteral("password"), d);
    }

    // Coordinator: the list, a new patient, screening, the screening log.
    signIn(controller, QStringLiteral("coord"));
    shots.save(&w, QStringLiteral("patient-list"));
    if (QDialog *d = w.addPatient()) {
        settle();
        shots.save(d, QStringLiteral("add-patient"));
        d->reject();
    }
    selectPatient(w, QStringLiteral("DEMO-0013"));
    showTab(w, w.workspace()->screening());
    shots.save(&w, QStringLiteral("screening-tab"));
    {
        ui::ScreeningLogDialog d(*controller.session(), &w);
        shootDialog(shots, QStringLiteral("screening-log"), d);
    }

    // Oncologist: overview, visits, the grading wizard page by page, signing, adverse events.
    signIn(controller, QStringLiteral("doctor"));
    selectPatient(w, QStringLiteral("DEMO-0008"));
    showTab(w, w.workspace()->overview());
    shots.save(&w, QStringLiteral("overview-tab"));
    showTab(w, w.workspace()->visits());
    shots.save(&w, QStringLiteral("visits-tab"));
    if (ui::GradingWizard *wizard = w.workspace()->visits()->gradeVisit()) {
        settle(300);
        QWizardPage *findings = wizard->page(wizard->pageIds().at(0));
        // One exam: soreness and erythema seen, patchy pseudomembranes, moderate pain eased by a
        // non-opioid, a soft diet (the fields by name, so a new field cannot shift the picture).
        const QList<QCheckBox *> boxes = findings->findChildren<QCheckBox *>();
        for (int i = 0; i < 2 && i < boxes.size(); ++i)
            boxes[i]->setChecked(true);
        const std::pair<const char *, int> choices[] = {{"examAppearance", 2}, {"examPain", 2}, {"examAnalgesia", 1}, {"examDiet", 1}};
        for (const auto &[name, index] : choices)
            if (auto *c = findings->findChild<QComboBox *>(QString::fromLatin1(name)))
                c->setCurrentIndex(index);
        shots.save(wizard, QStringLiteral("grading-findings"));
        wizard->next();
        QWizardPage *omas = wizard->currentPage();
        // All nine sites are examined (a tick would mark one not assessable); three score.
        const QList<QSpinBox *> scores = omas->findChildren<QSpinBox *>();
        if (scores.size() >= 6) {
            scores[0]->setValue(1);
            scores[1]->setValue(1);
            scores[3]->setValue(1);
        }
        shots.save(wizard, QStringLiteral("grading-omas"));
        wizard->next();
        const QList<QComboBox *> pro = wizard->currentPage()->findChildren<QComboBox *>();
        if (pro.size() >= 2) {
            pro[0]->setCurrentIndex(3);
            pro[1]->setCurrentIndex(2);
        }
        shots.save(wizard, QStringLiteral("grading-pro"));
        wizard->next();
        shots.save(wizard, QStringLiteral("grading-review"));
        wizard->reject();
        settle();
    }
    {
        ui::SignatureDialog d(controller.session()->user().displayName, Assessments::signatureMeaning(), &w);
        shootDialog(shots, QStringLiteral("signature"), d);
    }
    showTab(w, w.workspace()->adverseEvents());
    shots.save(&w, QStringLiteral("adverse-events-tab"));

    // Nurse: radiotherapy (and a missed fraction), labs, the study-drug diary.
    signIn(controller, QStringLiteral("nurse"));
    selectPatient(w, QStringLiteral("DEMO-0008"));
    showTab(w, w.workspace()->radiotherapy());
    shots.save(&w, QStringLiteral("radiotherapy-tab"));
    shots.saveModal(QStringLiteral("missed-fraction"), [&] { w.workspace()->radiotherapy()->recordMissed(); });
    showTab(w, w.workspace()->labs());
    shots.save(&w, QStringLiteral("labs-tab"));
    showTab(w, w.workspace()->studyDrug());
    shots.save(&w, QStringLiteral("study-drug-tab"));

    // Monitor: pseudonymous and read-only.
    signIn(controller, QStringLiteral("monitor"));
    selectPatient(w, QStringLiteral("DEMO-0008"));
    showTab(w, w.workspace()->visits());
    shots.save(&w, QStringLiteral("monitor-visits"));

    // Administrator: accounts, settings, reference ranges; a new site and its recovery key.
    signIn(controller, QStringLiteral("admin"));
    {
        ui::AccountsDialog d(*controller.session(), &w);
        shootDialog(shots, QStringLiteral("accounts"), d);
    }
    {
        ui::SiteSettingsDialog d(*controller.session(), &w);
        shootDialog(shots, QStringLiteral("site-settings"), d);
    }
    {
        ui::ReferenceRangesDialog d(*controller.session(), &w);
        shootDialog(shots, QStringLiteral("reference-ranges"), d);
    }
    shootNewSite(shots, dir.path());

    // The guide itself, opened with F1 on the patient list.
    signIn(controller, QStringLiteral("doctor"));
    {
        ui::HelpBrowser *help = ui::HelpBrowser::open(&w, QStringLiteral("index.html"));
        help->resize(920, 680);
        shots.save(help, QStringLiteral("help-browser"));
        help->close();
    }

    // Sync conflicts last: it changes the site.
    controller.lock();
    shootConflict(shots, path, &w);
    std::printf("guide-screenshots: %d screenshots in %s/%s/img\n", shots.count(), qPrintable(guideDir), qPrintable(language));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MucoTrack"));
    QApplication::setApplicationName(QStringLiteral("MucoTrack"));
    QStandardPaths::setTestModeEnabled(true);   // never the user's own settings
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the user guide's screenshots from the real app."));
    parser.addHelpOption();
    QCommandLineOption guideOption(QStringLiteral("guide"), QStringLiteral("The guide's folder (resources/guide)."), QStringLiteral("dir"));
    QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en, zh_CN or all (default)."), QStringLiteral("code"),
                                      QStringLiteral("all"));
    parser.addOption(guideOption);
    parser.addOption(languageOption);
    parser.process(app);
    if (!parser.isSet(guideOption)) {
        std::fprintf(stderr, "guide-screenshots: --guide DIR is required\n");
        return 2;
    }
    const QString language = parser.value(languageOption);
    const QStringList languages = language == QLatin1String("all") ? QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}
                                                                   : QStringList{language};
    for (const QString &lang : languages) {
        QTranslator qt, mucotrack;
        QLocale::setDefault(QLocale(lang));
        if (lang != QLatin1String("en")) {
            if (qt.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QApplication::installTranslator(&qt);
            if (mucotrack.load(QStringLiteral(":/i18n/mucotrack_%1.qm").arg(lang)))
                QApplication::installTranslator(&mucotrack);
            else
                std::fprintf(stderr, "guide-screenshots: no translation for %s\n", qPrintable(lang));
        }
        shootAll(lang, parser.value(guideOption));
        QApplication::removeTranslator(&mucotrack);
        QApplication::removeTranslator(&qt);
    }
    return 0;
}
