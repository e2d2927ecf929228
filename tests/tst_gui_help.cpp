// Help inside the app: F1 opens the user guide at the page for the screen in use, in the UI
// language, from the main window, the workspace tabs, the grading wizard and the dialogs; and
// every link, anchor and image of both guides resolves inside the binary.
#include "admin/AccountsDialog.h"
#include "admin/AuditTrailDialog.h"
#include "AppController.h"
#include "admin/ConflictsDialog.h"
#include "workspace/GradingWizard.h"
#include "HelpBrowser.h"
#include "HelpTopics.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "workspace/PatientWorkspace.h"
#include "admin/ReferenceRangesDialog.h"
#include "admin/ScreeningLogDialog.h"
#include "SignatureDialog.h"
#include "admin/SiteSettingsDialog.h"
#include "TestSite.h"
#include "workspace/VisitsTab.h"
#include "records/Patients.h"
#include <QDirIterator>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTranslator>
#include "MainWindowOnTestSite.h"
#include <QtTest>

using namespace muco;

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The anchors a page defines: id="..." on any element, or <a name="...">.
QSet<QString> anchorsOf(const QString &html)
{
    QSet<QString> anchors;
    static const QRegularExpression re(QStringLiteral("\\s(?:id|name)\\s*=\\s*\"([^\"]+)\""));
    for (const auto &m : re.globalMatch(html))
        anchors.insert(m.captured(1));
    return anchors;
}

QStringList guidePages(const QString &language)
{
    QStringList pages;
    QDirIterator it(QStringLiteral(":/guide/") + language, {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        pages << it.next().section(QLatin1Char('/'), 3);
    pages.sort();
    return pages;
}

} // namespace

class TestGuiHelp : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QTranslator> m_translator;

    // F1 on a widget; the help window that opened (the window's own one).
    ui::HelpBrowser *pressF1(QWidget *widget)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_F1);
        QWidget *window = widget->window();
        auto *browser = window->findChild<ui::HelpBrowser *>(QString(), Qt::FindDirectChildrenOnly);
        if (browser && !browser->isVisible())
            return nullptr;
        return browser;
    }

    static QString topicOf(const ui::HelpBrowser *browser)
    {
        if (!browser)
            return QStringLiteral("(no help window)");
        const QUrl url = browser->source();
        return url.path().section(QLatin1Char('/'), 3) + (url.hasFragment() ? QLatin1Char('#') + url.fragment() : QString());
    }

    void signIn(const QString &user)
    {
        QVERIFY(m_controller->signIn(user, test::kPassword).ok());
        m_window->activateWindow();
    }

    void selectFirstPatient()
    {
        auto *list = m_window->findChild<QTableView *>(QStringLiteral("patientList"));
        list->setCurrentIndex(m_window->patientProxy()->index(0, 0));
        QVERIFY(m_window->workspace()->isVisible());
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(test::openMainWindowWithOnePatient(m_site, m_controller, m_window));
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_site.reset();
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void signInPage()
    {
        auto *browser = pressF1(m_window->findChild<QLineEdit *>(QStringLiteral("userField")));
        QVERIFY(browser);
        QCOMPARE(browser->source().scheme(), QStringLiteral("qrc"));
        QCOMPARE(topicOf(browser), QStringLiteral("getting-started.html#sign-in"));
        QVERIFY(!browser->browser()->toPlainText().isEmpty());
    }

    void patientList()
    {
        signIn(QStringLiteral("doctor"));
        auto *browser = pressF1(m_window->findChild<QTableView *>(QStringLiteral("patientList")));
        QVERIFY(browser);
        QCOMPARE(browser->source().toString(), QStringLiteral("qrc:/guide/en/getting-started.html#patient-list"));
        QVERIFY(browser->browser()->toPlainText().contains(QStringLiteral("patient list"), Qt::CaseInsensitive));
        // F1 again elsewhere reuses the same help window.
        QCOMPARE(pressF1(m_window->findChild<QLineEdit *>(QStringLiteral("patientFilter"))), browser);
    }

    void workspaceTabs_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("topic");
        QTest::newRow("overview") << 0 << QStringLiteral("getting-started.html#overview");
        QTest::newRow("screening") << 1 << QStringLiteral("coordinator.html#screening");
        QTest::newRow("visits") << 2 << QStringLiteral("oncologist.html#visits");
        QTest::newRow("radiotherapy") << 3 << QStringLiteral("nurse.html#radiotherapy");
        QTest::newRow("labs") << 4 << QStringLiteral("nurse.html#labs");
        QTest::newRow("study drug") << 5 << QStringLiteral("nurse.html#study-drug");
        QTest::newRow("adverse events") << 6 << QStringLiteral("oncologist.html#adverse-events");
        QTest::newRow("queries") << 7 << QStringLiteral("monitor.html#queries");
        QTest::newRow("source verification") << 8 << QStringLiteral("monitor.html#sdv");
    }

    void workspaceTabs()
    {
        QFETCH(int, tab);
        QFETCH(QString, topic);
        signIn(QStringLiteral("doctor"));
        selectFirstPatient();
        QTabWidget *tabs = m_window->workspace()->tabs();
        tabs->setCurrentIndex(tab);
        // Inside the tab (its first field or button), and on the tab bar itself.
        QWidget *inside = tabs->currentWidget();
        for (QWidget *child : tabs->currentWidget()->findChildren<QWidget *>())
            if (child->focusPolicy() != Qt::NoFocus && child->isVisible()) {
                inside = child;
                break;
            }
        auto *browser = pressF1(inside);
        QVERIFY(browser);
        QCOMPARE(topicOf(browser), topic);
        browser->close();
        browser = pressF1(tabs->tabBar());
        QVERIFY(browser);
        QCOMPARE(topicOf(browser), topic);
    }

    void gradingWizard()
    {
        signIn(QStringLiteral("doctor"));
        selectFirstPatient();
        m_window->workspace()->tabs()->setCurrentWidget(m_window->workspace()->visits());
        QPointer<ui::GradingWizard> wizard = m_window->workspace()->visits()->gradeVisit();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard.data()));
        QWidget *field = wizard->focusWidget() ? wizard->focusWidget() : wizard.data();
        auto *browser = pressF1(field);
        QVERIFY(browser);
        QCOMPARE(browser->parentWidget(), wizard.data());   // usable beside the window-modal wizard
        QCOMPARE(topicOf(browser), QStringLiteral("oncologist.html#grading-wizard"));
        wizard->reject();
    }

    void dialogs()
    {
        signIn(QStringLiteral("admin"));
        Session &s = *m_controller->session();
        QDialog *add = m_window->addPatient();
        QVERIFY(add);
        QCOMPARE(topicOf(pressF1(add)), QStringLiteral("coordinator.html#new-patient"));
        add->reject();
        ui::ConflictsDialog conflicts(s, m_window.get());
        conflicts.show();
        QCOMPARE(topicOf(pressF1(&conflicts)), QStringLiteral("conflicts.html"));
        ui::AccountsDialog accounts(s, m_window.get());
        accounts.show();
        QCOMPARE(topicOf(pressF1(&accounts)), QStringLiteral("administrator.html#accounts"));
        ui::AuditTrailDialog audit(s, m_window.get());
        audit.show();
        QCOMPARE(topicOf(pressF1(&audit)), QStringLiteral("monitor.html#audit"));
    }

    // Every screen and dialog maps to a page other than the contents.
    void everyScreenHasATopic()
    {
        signIn(QStringLiteral("admin"));
        Session &s = *m_controller->session();
        ui::ScreeningLogDialog log(s);
        ui::PasswordDialog password(s);
        ui::SiteSettingsDialog settings(s);
        ui::ReferenceRangesDialog ranges(s);
        ui::SignatureDialog signature(QStringLiteral("Dr X"), QStringLiteral("meaning"));
        for (QWidget *w : std::initializer_list<QWidget *>{&log, &password, &settings, &ranges, &signature})
            QVERIFY2(ui::help::topicFor(w) != QLatin1String("index.html"), w->metaObject()->className());
        for (const QString &name : {QStringLiteral("signInPage"), QStringLiteral("patientList"), QStringLiteral("workspaceTabs")})
            QVERIFY2(ui::help::topicFor(m_window->findChild<QWidget *>(name)) != QLatin1String("index.html"), qPrintable(name));
    }

    void menu()
    {
        signIn(QStringLiteral("doctor"));
        QAction *guide = nullptr, *keys = nullptr;
        for (QAction *menu : m_window->menuBar()->actions())
            for (QAction *a : menu->menu()->actions()) {
                if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
                    guide = a;
                if (a->text() == QLatin1String("&Keyboard shortcuts"))
                    keys = a;
            }
        QVERIFY(guide);
        QCOMPARE(guide->shortcut().toString(), QStringLiteral("F1"));
        QVERIFY(keys);
        keys->trigger();
        auto *browser = m_window->findChild<ui::HelpBrowser *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(browser);
        QCOMPARE(topicOf(browser), QStringLiteral("shortcuts.html"));
    }

    void chineseGuide()
    {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/mucotrack_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(ui::help::guideLanguage(), QStringLiteral("zh_CN"));
        signIn(QStringLiteral("doctor"));
        auto *browser = pressF1(m_window->findChild<QTableView *>(QStringLiteral("patientList")));
        QVERIFY(browser);
        QCOMPARE(browser->source().toString(), QStringLiteral("qrc:/guide/zh_CN/getting-started.html#patient-list"));
        QVERIFY2(browser->browser()->toPlainText().contains(QStringLiteral("患者列表")), "the Chinese page is shown");
        selectFirstPatient();
        m_window->workspace()->tabs()->setCurrentWidget(m_window->workspace()->visits());
        browser = pressF1(m_window->workspace()->tabs()->tabBar());
        QCOMPARE(browser->source().toString(), QStringLiteral("qrc:/guide/zh_CN/oncologist.html#visits"));
    }

    void everyLinkAndImageResolves_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyLinkAndImageResolves()
    {
        QFETCH(QString, language);
        const QString root = QStringLiteral(":/guide/") + language;
        const QStringList pages = guidePages(language);
        QVERIFY2(pages.size() >= 11, qPrintable(pages.join(QLatin1Char(' '))));
        QCOMPARE(pages, guidePages(QStringLiteral("en")));   // both guides have the same pages
        QHash<QString, QSet<QString>> anchors;
        for (const QString &page : pages)
            anchors.insert(page, anchorsOf(readResource(root + QLatin1Char('/') + page)));
        static const QRegularExpression ref(QStringLiteral("\\s(href|src)\\s*=\\s*\"([^\"]*)\""));
        int checked = 0;
        for (const QString &page : pages) {
            const QString html = readResource(root + QLatin1Char('/') + page);
            QVERIFY2(html.contains(QStringLiteral("<title>")), qPrintable(page));
            for (const auto &m : ref.globalMatch(html)) {
                const QString target = m.captured(2);
                const QString where = QStringLiteral("%1/%2: %3").arg(language, page, target);
                QVERIFY2(!target.isEmpty(), qPrintable(where));
                if (target.startsWith(QLatin1String("http://")) || target.startsWith(QLatin1String("https://"))
                    || target.startsWith(QLatin1String("mailto:")))
                    continue;
                const QString file = target.section(QLatin1Char('#'), 0, 0);
                const QString anchor = target.section(QLatin1Char('#'), 1);
                const QString pageDir = QFileInfo(page).path();
                const QString resolved = file.isEmpty() ? page : QDir::cleanPath(pageDir + QLatin1Char('/') + file);
                QVERIFY2(QFile::exists(root + QLatin1Char('/') + resolved), qPrintable(where));
                if (!anchor.isEmpty())
                    QVERIFY2(anchors.value(resolved).contains(anchor), qPrintable(where + QStringLiteral(" (no such anchor)")));
                if (m.captured(1) == QLatin1String("src"))
                    QVERIFY2(!QImage(root + QLatin1Char('/') + resolved).isNull(), qPrintable(where + QStringLiteral(" (not an image)")));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
        // Every page F1 can open, with its anchor.
        for (const QString &topic : ui::help::allTopics()) {
            const QString page = topic.section(QLatin1Char('#'), 0, 0);
            const QString anchor = topic.section(QLatin1Char('#'), 1);
            QVERIFY2(pages.contains(page), qPrintable(language + QLatin1Char('/') + topic));
            if (!anchor.isEmpty())
                QVERIFY2(anchors.value(page).contains(anchor), qPrintable(language + QLatin1Char('/') + topic));
        }
    }
};

QTEST_MAIN(TestGuiHelp)
#include "tst_gui_help.moc"
