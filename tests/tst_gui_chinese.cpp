// The app in Simplified Chinese shows no English: the real main window on a DEMO site, with
// the zh_CN translations and Qt's own, signed in as an oncologist and as the administrator;
// every workspace tab, every page of the grading wizard and of the new-site wizard, and the
// dialogs. Every visible piece of chrome is collected (window titles, labels, buttons, group
// boxes, tabs, check boxes, menus and actions, item-view headers, combo-box items,
// placeholders, tooltips, spin-box suffixes) and a run of three or more Latin letters that is
// not a scale, a unit or a name from the demo data fails the test, listing every one found.
// Data cells of tables are not chrome and are not checked; the vocabularies that fill them
// (stored codes mapped by CodeLabels) are checked one by one instead.
#include "admin/AccountsDialog.h"
#include "admin/BackupDialog.h"
#include "admin/RestoreWizard.h"
#include "AddPatientDialog.h"
#include "AppController.h"
#include "CodeLabels.h"
#include "records/RecordStore.h"
#include "admin/ConflictsDialog.h"
#include "DisplayFormat.h"
#include "workspace/GradingWizard.h"
#include "MainWindow.h"
#include "admin/NewSiteWizard.h"
#include "PasswordDialog.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/RadiotherapyTab.h"
#include "admin/ReferenceRangesDialog.h"
#include "models/EndpointResultModels.h"
#include "reports/EndpointAnalysis.h"
#include "admin/ScreeningLogDialog.h"
#include "SignatureDialog.h"
#include "admin/SiteSettingsDialog.h"
#include "workspace/VisitsTab.h"
#include "records/AdverseEvents.h"
#include "records/Assessments.h"
#include "records/DemoSite.h"
#include "records/Patients.h"
#include "security/Accounts.h"
#include "security/SiteVault.h"
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QWizard>
#include <QAbstractAxis>
#include <QChart>
#include <QRawFont>
#include <QTreeView>
#include <QTreeWidget>
#include "workspace/OverviewTab.h"
#include <QDateTimeAxis>
#include <QLineSeries>
#include <cmath>
#include <QtTest>

using namespace muco;

namespace {

// Latin words a Chinese clinician reads as they are: scale and standard names, units,
// abbreviations used untranslated in Chinese clinical practice, key names, the product.
const QSet<QString> kAllowed = {
    // grading scales, questionnaires and standards
    QStringLiteral("WHO"), QStringLiteral("CTCAE"), QStringLiteral("RTOG"), QStringLiteral("OMAS"), QStringLiteral("PRO"),
    QStringLiteral("ECOG"), QStringLiteral("MedDRA"), QStringLiteral("CDISC"), QStringLiteral("ODM"),
    QStringLiteral("DMC"),   // the data monitoring committee, as Chinese trial documents write it
    // radiotherapy and laboratory units and quantities
    QStringLiteral("BED"), QStringLiteral("EQD"), QStringLiteral("ULN"), QStringLiteral("LLN"), QStringLiteral("mol"),
    QStringLiteral("mmol"), QStringLiteral("umol"), QStringLiteral("IMRT"), QStringLiteral("VMAT"),
    QStringLiteral("ALT"), QStringLiteral("AST"),   // as Chinese laboratory reports print them
    // the demo site, the product, the trial, key names
    QStringLiteral("DEMO"), QStringLiteral("MucoTrack"), QStringLiteral("mucotrack") /* its file names */, QStringLiteral("NCT"), QStringLiteral("Ctrl"), QStringLiteral("Shift"),
    QStringLiteral("Alt"), QStringLiteral("Esc"), QStringLiteral("CSV"), QStringLiteral("PNG"), QStringLiteral("PDF"), QStringLiteral("UTC"), QStringLiteral("Asia"),
    QStringLiteral("Shanghai"),
    QStringLiteral("Cockcroft"), QStringLiteral("Gault"), QStringLiteral("min"),   // creatinine clearance: its formula and mL/min
    // an adverse event's term is the English CTCAE term (GLOSSARY-zh_CN.md): the example shows one
    QStringLiteral("Mucositis"), QStringLiteral("oral")};

QString stripMarkup(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&(#\\d+|[A-Za-z]+);"));
    static const QRegularExpression accelerator(QStringLiteral("&(?=\\S)"));
    text.remove(tags);
    text.remove(entities);
    text.remove(accelerator);
    return text;
}

} // namespace

class TestGuiChinese : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc()));
    QTranslator m_app, m_qt;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QSet<QString> m_dataWords;   // names and user names of the synthetic site: data, not chrome
    QStringList m_english;

    QString sitePath() const { return m_dir.path() + QStringLiteral("/demo-site.db"); }

    void check(const QString &where, const QString &text)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        const QString plain = stripMarkup(text);
        for (const auto &m : word.globalMatch(plain)) {
            const QString w = m.captured();
            if (!kAllowed.contains(w) && !m_dataWords.contains(w)) {
                const QString entry = QStringLiteral("%1: \"%2\"").arg(where, plain.simplified().left(160));
                if (!m_english.contains(entry))
                    m_english << entry;
                return;
            }
        }
    }

    void checkActions(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *a : actions) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            check(where + QStringLiteral(" action"), a->text());
            check(where + QStringLiteral(" action tooltip"), a->toolTip() == stripMarkup(a->text()).remove(QStringLiteral("...")) ? QString() : a->toolTip());
            if (a->menu())
                checkActions(where + QLatin1Char('/') + stripMarkup(a->text()), a->menu()->actions());
        }
    }

    void checkView(const QString &where, QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        auto header = [&](Qt::Orientation o, QHeaderView *h) {
            if (!h || !h->isVisible())
                return;
            const int n = o == Qt::Horizontal ? model->columnCount(view->rootIndex()) : model->rowCount(view->rootIndex());
            for (int i = 0; i < n; ++i) {
                if (h->isSectionHidden(i))
                    continue;
                check(where + QStringLiteral(" header"), model->headerData(i, o, Qt::DisplayRole).toString());
                check(where + QStringLiteral(" header tooltip"), model->headerData(i, o, Qt::ToolTipRole).toString());
            }
        };
        if (auto *table = qobject_cast<QTableView *>(view)) {
            header(Qt::Horizontal, table->horizontalHeader());
            header(Qt::Vertical, table->verticalHeader());
        } else if (auto *tree = view->findChild<QHeaderView *>()) {
            header(Qt::Horizontal, tree);
        }
    }

    // Everything a person sees in a window and its visible children.
    void collect(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible())
                continue;
            const QString where = QStringLiteral("%1 %2#%3")
                                      .arg(QString::fromLatin1(root->metaObject()->className()), QString::fromLatin1(w->metaObject()->className()), w->objectName());
            if (w->isWindow())
                check(where + QStringLiteral(" title"), w->windowTitle());
            check(where + QStringLiteral(" tooltip"), w->toolTip());
            if (auto *l = qobject_cast<QLabel *>(w))
                check(where, l->text());
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                check(where, b->text());
            if (auto *g = qobject_cast<QGroupBox *>(w))
                check(where, g->title());
            if (auto *e = qobject_cast<QLineEdit *>(w))
                check(where + QStringLiteral(" placeholder"), e->placeholderText());
            if (auto *s = qobject_cast<QSpinBox *>(w)) {
                check(where + QStringLiteral(" suffix"), s->suffix());
                check(where + QStringLiteral(" prefix"), s->prefix());
            }
            if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
                check(where + QStringLiteral(" special value"), s->specialValueText());
            if (auto *c = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < c->count(); ++i) {
                    check(where + QStringLiteral(" item"), c->itemText(i));
                    check(where + QStringLiteral(" item tooltip"), c->itemData(i, Qt::ToolTipRole).toString());
                }
            }
            if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i) {
                    check(where + QStringLiteral(" tab"), t->tabText(i));
                    check(where + QStringLiteral(" tab tooltip"), t->tabToolTip(i));
                }
            }
            if (auto *v = qobject_cast<QAbstractItemView *>(w))
                checkView(where, v);
            if (auto *m = qobject_cast<QMenuBar *>(w))
                checkActions(where, m->actions());
            if (auto *tb = qobject_cast<QToolBar *>(w))
                checkActions(where, tb->actions());
            if (auto *wizard = qobject_cast<QWizard *>(w); wizard && wizard->currentPage()) {
                check(where + QStringLiteral(" page title"), wizard->currentPage()->title());
                check(where + QStringLiteral(" page subtitle"), wizard->currentPage()->subTitle());
            }
        }
    }

    void collectDialog(QWidget *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        collect(dialog);
        dialog->close();
    }

    void signIn(const QString &user)
    {
        m_controller->lock();
        QVERIFY(m_controller->signIn(user, DemoSite::password()).ok());
        m_window->activateWindow();
    }

    void selectPatient(int row)
    {
        auto *list = m_window->findChild<QTableView *>(QStringLiteral("patientList"));
        list->setCurrentIndex(m_window->patientProxy()->index(row, 0));
        QVERIFY(m_window->workspace()->isVisible());
    }

    void verifyNoEnglish()
    {
        const QStringList found = std::exchange(m_english, {});
        for (const QString &f : found)
            qWarning("English in the Chinese UI: %s", qPrintable(f));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n%1 English text(s) in the Chinese UI:\n  ").arg(found.size())
                                             + found.join(QStringLiteral("\n  "))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_app.load(QStringLiteral(":/i18n/mucotrack_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_app));
        QVERIFY2(m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "Qt's own translations (qt6-translations-l10n)");
        QVERIFY(QCoreApplication::installTranslator(&m_qt));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(m_dir.isValid());
        const Status demo = DemoSite::ensure(sitePath(), m_clock);
        QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));

        // The synthetic data's own Latin words (user and patient names) are data, not chrome.
        auto admin = SiteVault::signIn(sitePath(), QStringLiteral("admin"), DemoSite::password(), m_clock);
        QVERIFY(admin.ok());
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        auto addWords = [&](const QString &text) {
            for (const auto &m : word.globalMatch(text))
                m_dataWords.insert(m.captured());
        };
        const auto accounts = Accounts::list(**admin);
        const auto patients = Patients::list(**admin);
        QVERIFY(accounts.ok() && patients.ok());
        for (const Account &a : accounts.value()) {
            addWords(a.username);
            addWords(a.displayName);
        }
        for (const Patient &p : patients.value())
            addWords(p.name);
        addWords(DemoSite::password());
        addWords(QFileInfo(sitePath()).fileName());

        m_controller = std::make_unique<ui::AppController>(sitePath(), m_clock);
        m_controller->setDemo(true);
        m_window = std::make_unique<ui::MainWindow>(*m_controller);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_controller.reset();
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
    }

    // The vocabularies a clinician picks from: every stored code has a Chinese label.
    void codesHaveLabels()
    {
        for (const QString &code : AdverseEvents::relations())
            check(QStringLiteral("AE relation ") + code, ui::aeRelationLabel(code));
        for (const QString &code : AdverseEvents::actions())
            check(QStringLiteral("AE action ") + code, ui::aeActionLabel(code));
        for (const QString &code : AdverseEvents::outcomes())
            check(QStringLiteral("AE outcome ") + code, ui::aeOutcomeLabel(code));
        for (const QString &code : {QStringLiteral("eligible"), QStringLiteral("ineligible"), QStringLiteral("incomplete")})
            check(QStringLiteral("screening outcome ") + code, ui::screeningOutcomeLabel(code));
        for (const QString &code : {QStringLiteral("draft"), QStringLiteral("signed"), QStringLiteral("superseded")}) {
            check(QStringLiteral("record state ") + code, ui::recordStateLabel(code));
            check(QStringLiteral("assessment state ") + code, Assessments::stateLabel(code));
        }
        // Every record and every field the audit trail and the conflicts name (a randomization's
        // signature and allocation number, a grade's OMAS totals were shown as their codes).
        for (const TableSpec *table : RecordStore::syncedTables()) {
            check(QStringLiteral("table ") + table->name, ui::tableLabel(table->name));
            for (const QString &field : table->fields)
                check(QStringLiteral("field %1.%2").arg(table->name, field), ui::fieldLabel(field));
        }
        verifyNoEnglish();
    }

    void dateAndNumberFormats()
    {
        // ISO in Chinese too (GB/T 7408): core's messages and every column read alike (issue 12).
        QCOMPARE(ui::displayDate(QDate(2026, 3, 7)), QStringLiteral("2026-03-07"));
        QCOMPARE(ui::displayDateTime(QDateTime(QDate(2026, 3, 7), QTime(13, 5), QTimeZone::utc()), QTimeZone("Asia/Shanghai")),
                 QStringLiteral("2026-03-07 21:05"));
        QCOMPARE(ui::displayNumber(*Decimal::parse(QStringLiteral("12.5"))), QStringLiteral("12.5"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(ui::displayDate(QDate(2026, 3, 7)), QStringLiteral("2026-03-07"));   // never 3/7/26
        QCOMPARE(ui::displayDateTime(QDateTime(QDate(2026, 3, 7), QTime(13, 5), QTimeZone::utc()), QTimeZone::utc()),
                 QStringLiteral("2026-03-07 13:05"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(ui::displayNumber(*Decimal::parse(QStringLiteral("12.5"))), QStringLiteral("12,5"));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }

    void signInPage()
    {
        m_controller->lock();
        collect(m_window.get());
        verifyNoEnglish();
    }

    void oncologistWorkspace()
    {
        signIn(QStringLiteral("doctor"));
        collect(m_window.get());
        selectPatient(0);
        QTabWidget *tabs = m_window->workspace()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            collect(m_window.get());
        }
        // The eligibility checklist's values read in Chinese too: a stored code such as the
        // radiotherapy intent ("radical") is shown in words (10^9/L and "E1" are not words).
        auto *checklist = m_window->findChild<QTreeView *>(QStringLiteral("eligibilityChecklist"));
        QVERIFY(checklist && checklist->model()->rowCount() > 0);
        for (int i = 0; i < checklist->model()->rowCount(); ++i)
            for (int c = 1; c < checklist->model()->columnCount(); ++c)
                check(QStringLiteral("eligibility checklist"), checklist->model()->index(i, c).data().toString());
        verifyNoEnglish();
        // Each axis title is drawn from a face that holds its characters: from a fallback,
        // Qt Charts elided the grade axis's "分级" to a lone "…".
        // Lines told apart by colour: the dose was drawn in a blue near the CTCAE line's, the
        // grade-3 line in a red near the WHO line's. Every two lines at least 100 apart in RGB.
        QList<std::pair<QString, QColor>> colours;
        for (QAbstractSeries *series : m_window->workspace()->overview()->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(series))
                colours.append({line->name(), line->pen().color()});
        QVERIFY(colours.size() >= 5);
        for (qsizetype i = 0; i < colours.size(); ++i)
            for (qsizetype j = i + 1; j < colours.size(); ++j) {
                const QColor &a = colours[i].second, &b = colours[j].second;
                const double distance = std::hypot(std::hypot(a.red() - b.red(), a.green() - b.green()), a.blue() - b.blue());
                QVERIFY2(distance >= 100, qPrintable(QStringLiteral("%1 and %2: %3").arg(colours[i].first, colours[j].first).arg(distance)));
            }
        for (QAbstractAxis *axis : m_window->workspace()->overview()->chart()->axes()) {
            // Dates in the language's own form (they read "11月 23").
            if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
                QCOMPARE(dates->format(), QStringLiteral("M月d日"));
            const QRawFont face = QRawFont::fromFont(axis->titleFont());
            for (const QChar c : axis->titleText())
                QVERIFY2(c.isSpace() || face.supportsCharacter(c), qPrintable(axis->titleText() + QStringLiteral(" in ") + face.familyName()));
        }
    }

    void gradingWizard()
    {
        signIn(QStringLiteral("doctor"));
        selectPatient(0);
        m_window->workspace()->tabs()->setCurrentWidget(m_window->workspace()->visits());
        QPointer<ui::GradingWizard> wizard = m_window->workspace()->visits()->gradeVisit();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard.data()));
        for (int page = 0; page < wizard->pageIds().size(); ++page) {
            collect(wizard);
            wizard->next();
        }
        wizard->reject();
        verifyNoEnglish();
    }

    void missedFractionDialog()
    {
        signIn(QStringLiteral("doctor"));
        selectPatient(0);
        ui::RadiotherapyTab *rt = m_window->workspace()->radiotherapy();
        m_window->workspace()->tabs()->setCurrentWidget(rt);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *d = rt->findChild<QDialog *>(QStringLiteral("missedFractionDialog"))) {
                seen = true;
                collect(d);
                d->reject();
            }
        });
        rt->recordMissed();   // modal: inspected and rejected from the event loop
        QVERIFY(seen);
        verifyNoEnglish();
    }

    void oncologistDialogs()
    {
        signIn(QStringLiteral("doctor"));
        Session &s = *m_controller->session();
        QDialog *add = m_window->addPatient();
        QVERIFY(add);
        QVERIFY(QTest::qWaitForWindowExposed(add));
        collect(add);
        add->reject();
        ui::ConflictsDialog conflicts(s, m_window.get());
        collectDialog(&conflicts);
        ui::ScreeningLogDialog log(s, m_window.get());
        collectDialog(&log);
        ui::PasswordDialog password(s, m_window.get());
        collectDialog(&password);
        ui::SignatureDialog signature(s.user().displayName, Assessments::signatureMeaning(), m_window.get());
        collectDialog(&signature);
        verifyNoEnglish();
    }

    void administrator()
    {
        signIn(QStringLiteral("admin"));
        collect(m_window.get());
        Session &s = *m_controller->session();
        ui::AccountsDialog accounts(s, m_window.get());
        collectDialog(&accounts);
        ui::SiteSettingsDialog settings(s, m_window.get());
        collectDialog(&settings);
        ui::ReferenceRangesDialog ranges(s, m_window.get());
        collectDialog(&ranges);
        // An estimate's interval reads "至" between its limits (a two-letter "to" escapes the
        // word check above).
        ui::EndpointResultModel endpoint;
        EndpointResult r;
        r.scale = QStringLiteral("who");
        r.riskDifference = stats::RiskDifference{-0.125, {-0.259, 0.014}};
        endpoint.setResults({r});
        const QString interval = endpoint.index(0, ui::EndpointResultModel::RiskDifference).data().toString();
        QVERIFY2(interval.contains(QStringLiteral("至")) && !interval.contains(QStringLiteral(" to ")), qPrintable(interval));
        // Why a patient is left out names the status in words, not its stored code.
        PatientCourse screenFailed;
        screenFailed.subjectId = QStringLiteral("GX01-0009");
        screenFailed.status = QStringLiteral("screen_failed");
        ui::EndpointExclusionModel exclusions;
        exclusions.setExclusions(analyseEndpoint({screenFailed}, QStringLiteral("who"), 3).excluded);
        const QString why = exclusions.index(0, ui::EndpointExclusionModel::Why).data().toString();
        QVERIFY2(why.contains(QStringLiteral("筛选失败")) && !why.contains(QStringLiteral("screen_failed")), qPrintable(why));
        ui::BackupDialog backups(s, m_window.get());
        collectDialog(&backups);
        ui::RestoreWizard restore(m_window.get());
        collectDialog(&restore);
        if (const QString shots = qEnvironmentVariable("MUCOTRACK_SHOTS"); !shots.isEmpty())
            backups.grab().save(shots + QStringLiteral("/backups-zh.png"));
        verifyNoEnglish();
    }

    void newSiteWizard()
    {
        ui::NewSiteWizard wizard(m_dir.path() + QStringLiteral("/new-site.db"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        collect(&wizard);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("siteCodeField")), QStringLiteral("gx9"));
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);
        auto fields = wizard.currentPage()->findChildren<QLineEdit *>();
        QCOMPARE(fields.size(), 4);
        QTest::keyClicks(fields[2], QStringLiteral("short"));
        QTest::keyClicks(fields[3], QStringLiteral("short"));
        wizard.next();   // refused at the field: the message is checked too
        collect(&wizard);
        wizard.reject();
        verifyNoEnglish();
    }
};

QTEST_MAIN(TestGuiChinese)
#include "tst_gui_chinese.moc"
