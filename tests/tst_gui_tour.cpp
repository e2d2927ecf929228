// A tour of every workflow on a DEMO site, as the clinic sees it (issue 12, "Done when"): the
// real main window filling the screen, signed in role by role, each workspace tab, each page of
// the grading wizard, the radiotherapy log with a voided fraction, an adverse event's CTCAE term
// chooser, a data query, the administration dialogs, the reports and export menus and the guide.
// CTest runs it four times: on a 1366x768 laptop and a 1600x1000 desk screen (offscreen screens
// declared in tests/fixtures/screens), in English and in Chinese (MUCOTRACK_TOUR_LANGUAGE=zh_CN).
//
// On every screen it checks what a person would see as broken: a window larger than the screen,
// a label, button, check box, combo box or tab whose text does not fit it (cut or elided), a
// table header cut, a widget that sticks out of the one holding it. With MUCOTRACK_SHOTS=/dir it
// also saves each screen as /dir/<width>x<height>-<language>/NN-name.png, to be looked at.
#include "AddPatientDialog.h"
#include "AppController.h"
#include "HelpBrowser.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "PatientDetailsDialog.h"
#include "SignatureDialog.h"
#include "SignInForm.h"
#include "TodayView.h"
#include "admin/AccountsDialog.h"
#include "admin/AuditTrailDialog.h"
#include "admin/BackupDialog.h"
#include "admin/ConflictsDialog.h"
#include "admin/OverdueVisitsDialog.h"
#include "admin/ReferenceRangesDialog.h"
#include "admin/PrimaryEndpointDialog.h"
#include "admin/ReportsMenu.h"
#include "admin/RestoreWizard.h"
#include "admin/ScreeningLogDialog.h"
#include "admin/SiteSettingsDialog.h"
#include "models/FractionLogModel.h"
#include "models/PatientListModel.h"
#include "workspace/AdverseEventsTab.h"
#include "workspace/GradingWizard.h"
#include "workspace/LabsTab.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/QueriesTab.h"
#include "models/QueryListModel.h"
#include "models/VisitListModel.h"
#include "workspace/QueryDialog.h"
#include "workspace/RadiotherapyTab.h"
#include "workspace/ScreeningTab.h"
#include "workspace/StudyDrugTab.h"
#include "workspace/VisitsTab.h"
#include "records/DemoSite.h"
#include "records/Patients.h"
#include "records/Randomizations.h"
#include "security/SiteVault.h"
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QWizard>
#include <QtTest>
#include <QStyle>

using namespace muco;

namespace {

bool insideScrollArea(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    return false;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QString plain(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?=\\S)"));
    return text.remove(accelerator).simplified().left(80);
}

} // namespace

class TestGuiTour : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    // A Wednesday in the clinic (10:00 in Shanghai): fractions, visits and labs are due.
    std::shared_ptr<FixedClock> m_clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc()));
    QTranslator m_app, m_qt;
    QString m_language;
    QString m_shots;
    int m_shot = 0;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QStringList m_defects;
    QString m_onTreatment, m_experimental, m_inScreening, m_screenFailed;

    QString sitePath() const { return m_dir.path() + QStringLiteral("/demo-site.db"); }

    // What looks broken on this window (and its visible children), each with where it is.
    void inspect(const QString &screen, QWidget *root)
    {
        QCoreApplication::processEvents();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        auto defect = [&](const QString &what) {
            const QString entry = QStringLiteral("%1: %2").arg(screen, what);
            if (!m_defects.contains(entry))
                m_defects << entry;
        };
        if (root->isWindow() && (root->frameGeometry().width() > available.width() || root->frameGeometry().height() > available.height()))
            defect(QStringLiteral("window %1x%2 larger than the screen").arg(root->frameGeometry().width()).arg(root->frameGeometry().height()));
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || w->isWindow() || w->window() != root->window() || w->visibleRegion().isEmpty())
                continue;
            // Sticking out of its parent (a scroll area's contents scroll: they may).
            QWidget *parent = w->parentWidget();
            if (parent && !insideScrollArea(w) && !qobject_cast<QTabBar *>(parent) && !parent->rect().contains(w->geometry()))
                defect(QStringLiteral("%1 \"%2\" sticks out of %3 (%4 in %5x%6)")
                           .arg(describe(w), plain(w->property("text").toString()), describe(parent))
                           .arg(QStringLiteral("%1,%2 %3x%4").arg(w->x()).arg(w->y()).arg(w->width()).arg(w->height()))
                           .arg(parent->width()).arg(parent->height()));
            if (auto *l = qobject_cast<QLabel *>(w)) {
                if (l->text().isEmpty())
                    continue;
                if (l->wordWrap()) {
                    // Wrapped Chinese lines measure up to 2 px taller than the line box a wizard's
                    // header gives them, with nothing lost to the eye (looked at): more is a cut line.
                    if (l->heightForWidth(l->width()) > l->height() + 2)
                        defect(QStringLiteral("label \"%1\" cut at the bottom (%2 of %3 px high)").arg(plain(l->text())).arg(l->height()).arg(l->heightForWidth(l->width())));
                } else if (l->sizeHint().width() > l->width() + 1) {
                    defect(QStringLiteral("label \"%1\" cut (%2 of %3 px)").arg(plain(l->text())).arg(l->width()).arg(l->sizeHint().width()));
                }
            } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                const bool textButton = qobject_cast<QPushButton *>(b) || qobject_cast<QCheckBox *>(b) || qobject_cast<QRadioButton *>(b);
                if (textButton && !b->text().isEmpty() && b->sizeHint().width() > b->width() + 1)
                    defect(QStringLiteral("button \"%1\" cut (%2 of %3 px)").arg(plain(b->text())).arg(b->width()).arg(b->sizeHint().width()));
            } else if (auto *c = qobject_cast<QComboBox *>(w)) {
                QStyleOptionComboBox opt;
                opt.initFrom(c);
                opt.editable = c->isEditable();
                opt.frame = c->hasFrame();
                const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
                const int need = c->fontMetrics().horizontalAdvance(c->currentText());
                if (!c->currentText().isEmpty() && need > field.width() + 1)
                    defect(QStringLiteral("combo box \"%1\" cut (%2 of %3 px)").arg(plain(c->currentText())).arg(field.width()).arg(need));
            } else if (auto *t = qobject_cast<QTabBar *>(w)) {
                // Tabs scrolled out of sight, or a tab's title elided.
                int need = 0;
                const int padding = t->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, t);
                for (int i = 0; i < t->count(); ++i) {
                    if (!t->isTabVisible(i))
                        continue;
                    need += t->tabRect(i).width();
                    if (t->fontMetrics().horizontalAdvance(plain(t->tabText(i))) + padding > t->tabRect(i).width() + 1)
                        defect(QStringLiteral("tab \"%1\" elided (%2 px)").arg(plain(t->tabText(i))).arg(t->tabRect(i).width()));
                }
                if (t->shape() == QTabBar::RoundedNorth && need > t->width() + 1)
                    defect(QStringLiteral("tabs \"%1\"... do not fit (%2 of %3 px)").arg(plain(t->tabText(0))).arg(t->width()).arg(need));
            } else if (auto *e = qobject_cast<QLineEdit *>(w); e && e->text().isEmpty() && !e->placeholderText().isEmpty()) {
                // The hint an empty field gives, whole (the frame and text margins take ~8 px).
                const int need = e->fontMetrics().horizontalAdvance(e->placeholderText()) + 8;
                if (need > e->width())
                    defect(QStringLiteral("placeholder \"%1\" cut (%2 of %3 px)").arg(plain(e->placeholderText())).arg(e->width()).arg(need));
            } else if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
                inspectView(v, defect);
            } else if (auto *h = qobject_cast<QHeaderView *>(w); h && h->orientation() == Qt::Horizontal && h->model()) {
                for (int i = 0; i < h->count(); ++i) {
                    if (h->isSectionHidden(i) || h->sectionSize(i) == 0)
                        continue;
                    const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
                    // The text itself must fit (the sort arrow may take the padding).
                    const int need = h->fontMetrics().horizontalAdvance(text) + 8;
                    if (!text.isEmpty() && h->sectionSize(i) < need)
                        defect(QStringLiteral("column header \"%1\" cut (%2 of %3 px)").arg(plain(text)).arg(h->sectionSize(i)).arg(need));
                }
            }
        }
    }

    // A table whose columns are cut off at the side (it scrolls sideways) or whose cells are
    // elided, except the two built wide on purpose: the patient list gives way to the workspace
    // on a laptop (subject and name stay in sight) and the audit trail is an inspector's log.
    template<typename Defect>
    void inspectView(QAbstractItemView *v, const Defect &defect)
    {
        auto *table = qobject_cast<QTableView *>(v);
        if (!table || !v->model() || v->model()->columnCount() == 0)
            return;
        static const QStringList wideByDesign = {QStringLiteral("patientList"), QStringLiteral("auditView")};
        if (wideByDesign.contains(v->objectName()))
            return;
        // The Today list's "Due" column wraps (its rows grow: tst_gui_today checks them), so
        // only the sideways scroll is a defect there.
        const bool wraps = v->objectName() == QLatin1String("todayList");
        const QString name = describe(v);
        // A range of a pixel or two is the stretched last column's rounding: nothing is hidden.
        if (v->horizontalScrollBar()->isVisible() && v->horizontalScrollBar()->maximum() > 2)
            defect(QStringLiteral("%1 scrolls sideways (%2 of %3 px shown)").arg(name).arg(v->viewport()->width())
                       .arg(v->viewport()->width() + v->horizontalScrollBar()->maximum()));
        const QHeaderView *h = table->horizontalHeader();
        for (int r = 0; !wraps && r < v->model()->rowCount() && table->rowViewportPosition(r) < v->viewport()->height(); ++r) {
            for (int c = 0; c < v->model()->columnCount(); ++c) {
                if (h->isSectionHidden(c) || table->rowViewportPosition(r) < 0)
                    continue;
                const QModelIndex index = v->model()->index(r, c);
                const QString text = index.data().toString().section(QLatin1Char('\n'), 0, 0);
                if (text.isEmpty() || index.data(Qt::DecorationRole).isValid())
                    continue;
                QFont font = v->font();
                if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                    font = f.value<QFont>();
                const int need = QFontMetrics(font).horizontalAdvance(text) + 6;   // the cell's margins (3 px a side)
                if (need > h->sectionSize(c))
                    defect(QStringLiteral("%1 cell \"%2\" elided (%3 of %4 px)").arg(name, plain(text)).arg(h->sectionSize(c)).arg(need));
            }
        }
    }

    void shot(const QString &name, QWidget *w)
    {
        inspect(name, w);
        ++m_shot;
        if (!m_shots.isEmpty())
            QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3.png").arg(m_shots).arg(m_shot, 2, 10, QLatin1Char('0')).arg(name)));
    }

    void shotDialog(const QString &name, QDialog *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        shot(name, dialog);
        dialog->close();
    }

    void signIn(const QString &user)
    {
        if (m_controller->session())
            m_controller->lock();
        m_window->activateWindow();
        QVERIFY(test::typeSignIn(*m_window, user, DemoSite::password()));
        QVERIFY(m_controller->session());
    }

    void select(const QString &patientId)
    {
        const int row = m_window->patientModel()->rowOf(patientId);
        QVERIFY(row >= 0);
        m_window->sidePanel()->setCurrentIndex(0);
        m_window->findChild<QTableView *>(QStringLiteral("patientList"))
            ->setCurrentIndex(m_window->patientProxy()->mapFromSource(m_window->patientModel()->index(row, 0)));
        QVERIFY(m_window->workspace()->isVisible());
        QCOMPARE(m_window->workspace()->patientId(), patientId);
    }

    void showTab(QWidget *tab)
    {
        m_window->workspace()->tabs()->setCurrentWidget(tab);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/config")));
        QCoreApplication::setOrganizationName(QStringLiteral("MucoTrackTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_tour"));
        m_language = qEnvironmentVariable("MUCOTRACK_TOUR_LANGUAGE", QStringLiteral("en"));
        if (m_language == QLatin1String("zh_CN")) {
            QVERIFY(m_app.load(QStringLiteral(":/i18n/mucotrack_zh_CN.qm")));
            QVERIFY(QCoreApplication::installTranslator(&m_app));
            QVERIFY(m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
            QVERIFY(QCoreApplication::installTranslator(&m_qt));
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        qInfo("screen %dx%d, language %s", screen.width(), screen.height(), qPrintable(m_language));
        if (const QString root = qEnvironmentVariable("MUCOTRACK_SHOTS"); !root.isEmpty()) {
            m_shots = QStringLiteral("%1/%2x%3-%4").arg(root).arg(screen.width()).arg(screen.height()).arg(m_language);
            QVERIFY(QDir().mkpath(m_shots));
        }
        QVERIFY(DemoSite::ensure(sitePath(), m_clock).ok());

        // The patients the tour opens: on treatment (on each arm), in screening, screen-failed.
        auto doctor = SiteVault::signIn(sitePath(), QStringLiteral("doctor"), DemoSite::password(), m_clock);
        QVERIFY(doctor.ok());
        const auto patients = Patients::list(**doctor).value();
        for (const Patient &p : patients) {
            const auto arm = Randomizations::forPatient((*doctor)->db(), p.id);
            const bool experimental = arm.ok() && arm->has_value() && arm->value().arm == Randomizations::experimental();
            if (p.status == QLatin1String("enrolled") && experimental && m_experimental.isEmpty())
                m_experimental = p.id;
            else if (p.status == QLatin1String("enrolled") && !experimental && m_onTreatment.isEmpty())
                m_onTreatment = p.id;
            else if (p.status == QLatin1String("screen_failed") && m_screenFailed.isEmpty())
                m_screenFailed = p.id;
            else if (p.status == QLatin1String("screening") && m_inScreening.isEmpty())
                m_inScreening = p.id;
        }
        QVERIFY(!m_experimental.isEmpty() && !m_onTreatment.isEmpty() && !m_inScreening.isEmpty() && !m_screenFailed.isEmpty());

        m_controller = std::make_unique<ui::AppController>(sitePath(), m_clock);
        m_controller->setDemo(true);
        m_window = std::make_unique<ui::MainWindow>(*m_controller);
        // As a clinician uses it: the window fills the screen.
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QMargins frame(m_window->geometry().left() - m_window->frameGeometry().left(), m_window->geometry().top() - m_window->frameGeometry().top(),
                             m_window->frameGeometry().right() - m_window->geometry().right(), m_window->frameGeometry().bottom() - m_window->geometry().bottom());
        m_window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry().marginsRemoved(frame));
        QCoreApplication::processEvents();
        ui::SignatureDialog::setPromptForTests([](const QString &) { return std::optional<QString>(DemoSite::password()); });
        ui::setReasonPromptForTests([](const QString &) { return QStringLiteral("Recorded for the wrong day"); });
        ui::RadiotherapyTab::setConfirmForTests([](const QString &) { return true; });
    }

    void cleanupTestCase()
    {
        ui::SignatureDialog::setPromptForTests({});
        ui::setReasonPromptForTests({});
        ui::RadiotherapyTab::setConfirmForTests({});
        m_window.reset();
        m_controller.reset();
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
    }

    void signInAndLists()
    {
        if (m_controller->session())
            m_controller->lock();
        shot(QStringLiteral("sign-in"), m_window.get());
        signIn(QStringLiteral("doctor"));
        shot(QStringLiteral("patient-list"), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(m_window->sidePanel()->currentWidget(), static_cast<QWidget *>(m_window->today()));
        QVERIFY(m_window->today()->model()->rowCount() > 0);
        shot(QStringLiteral("today"), m_window.get());
    }

    void workspaceTabs()
    {
        signIn(QStringLiteral("doctor"));
        select(m_onTreatment);
        QTabWidget *tabs = m_window->workspace()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString name = tabs->currentWidget()->objectName().isEmpty() ? QStringLiteral("tab%1").arg(i) : tabs->currentWidget()->objectName();
            shot(QStringLiteral("workspace-") + name, m_window.get());
        }
    }

    void gradingWizard()
    {
        signIn(QStringLiteral("doctor"));
        select(m_onTreatment);
        showTab(m_window->workspace()->visits());
        QPointer<ui::GradingWizard> wizard = m_window->workspace()->visits()->gradeVisit();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard.data()));
        // Whom it grades, on every page; the review shows the findings, not only the grades.
        const QString subject = m_window->patientModel()->patientAt(m_window->patientModel()->rowOf(m_onTreatment))->subjectId;
        QVERIFY2(wizard->windowTitle().contains(subject), qPrintable(wizard->windowTitle()));
        QVERIFY2(wizard->liveText().contains(subject), qPrintable(wizard->liveText()));
        QVERIFY2(wizard->reviewText().contains(wizard->diet()->currentText()), qPrintable(wizard->reviewText()));
        static const QRegularExpression accelerator(QStringLiteral("\\(&\\w\\)|&"));
        QVERIFY2(wizard->reviewText().contains(QString(wizard->soreness()->text()).remove(accelerator)), qPrintable(wizard->reviewText()));
        for (int page = 0; page < wizard->pageIds().size(); ++page) {
            shot(QStringLiteral("grading-page%1").arg(page + 1), wizard);
            if (wizard->nextId() < 0)
                break;
            wizard->next();
        }
        wizard->reject();
        QTRY_VERIFY(!wizard);   // deleted on close: the next wizard found is the correction's

        // A correction shows the signed grades it replaces beside the new ones.
        ui::VisitsTab *visits = m_window->workspace()->visits();
        visits->table()->setCurrentIndex(visits->model()->index(0, 0));
        visits->correctSelected();
        QPointer<ui::GradingWizard> correction = m_window->findChild<ui::GradingWizard *>(QStringLiteral("gradingWizard"));
        QVERIFY(correction);
        QVERIFY(QTest::qWaitForWindowExposed(correction.data()));
        QVERIFY2(correction->windowTitle().contains(subject), qPrintable(correction->windowTitle()));
        const QString signedOn = visits->model()->index(0, 0).data().toString();
        QVERIFY(!signedOn.isEmpty());
        QVERIFY2(correction->liveText().contains(signedOn), qPrintable(correction->liveText()));   // only the replaced grades carry a date
        shot(QStringLiteral("grading-correction"), correction);
        correction->reject();
    }

    void radiotherapyWithAVoidedFraction()
    {
        signIn(QStringLiteral("doctor"));
        select(m_onTreatment);
        ui::RadiotherapyTab *rt = m_window->workspace()->radiotherapy();
        showTab(rt);
        QVERIFY(rt->canDeliver());
        rt->deliverToday();
        // Today's fraction, recorded in error: voided with a reason, kept struck through.
        ui::FractionLogModel *log = rt->fractionLog();
        int latest = -1;
        for (int r = 0; r < log->rowCount(); ++r)
            if (log->fractionAt(r) && !log->fractionAt(r)->voided && log->fractionAt(r)->date == QDate(2026, 11, 25))
                latest = r;
        QVERIFY(latest >= 0);
        rt->fractionTable()->setCurrentIndex(log->index(latest, 0));
        rt->voidSelected();
        QVERIFY(log->fractionAt(latest)->voided);
        rt->fractionTable()->scrollTo(log->index(latest, 0));
        shot(QStringLiteral("radiotherapy-voided-fraction"), m_window.get());
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *d = rt->findChild<QDialog *>(QStringLiteral("missedFractionDialog"))) {
                seen = true;
                shot(QStringLiteral("radiotherapy-missed-fraction"), d);
                d->reject();
            }
        });
        rt->recordMissed();
        QVERIFY(seen);
    }

    void adverseEventTermChooser()
    {
        signIn(QStringLiteral("doctor"));
        select(m_onTreatment);
        ui::AdverseEventsTab *ae = m_window->workspace()->adverseEvents();
        showTab(ae);
        ae->termField()->setFocus();
        QTest::keyClicks(ae->termField(), QStringLiteral("mucositis"));
        QCompleter *completer = ae->termField()->completer();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        shot(QStringLiteral("adverse-event-term-chooser"), m_window.get());
        shot(QStringLiteral("adverse-event-term-list"), completer->popup());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        ae->gradeField()->setValue(2);
        QCoreApplication::processEvents();
        shot(QStringLiteral("adverse-event-grade-text"), m_window.get());
        ae->clearForm();
    }

    void studyDrugDiaryAndRandomization()
    {
        signIn(QStringLiteral("nurse"));
        select(m_experimental);
        showTab(m_window->workspace()->studyDrug());
        shot(QStringLiteral("study-drug-diary"), m_window.get());
        signIn(QStringLiteral("doctor"));
        select(m_inScreening);
        showTab(m_window->workspace()->screening());
        shot(QStringLiteral("screening-form"), m_window.get());
        select(m_screenFailed);
        showTab(m_window->workspace()->screening());
        shot(QStringLiteral("screening-failed"), m_window.get());
        select(m_experimental);
        shot(QStringLiteral("randomized-overview"), m_window.get());
    }

    void queries()
    {
        signIn(QStringLiteral("monitor"));
        select(m_onTreatment);
        ui::QueriesTab *tab = m_window->workspace()->queries();
        showTab(tab);
        shot(QStringLiteral("queries-empty"), m_window.get());
        QPointer<ui::QueryDialog> raise = tab->raiseQuery(QStringLiteral("rt_plans"));
        QVERIFY(raise);
        QVERIFY(QTest::qWaitForWindowExposed(raise.data()));
        QTest::keyClicks(raise->textField(), QStringLiteral("Please check the technique against the prescription."));
        shot(QStringLiteral("query-raise"), raise);
        raise->accept();
        QTRY_VERIFY(!raise || !raise->isVisible());
        QVERIFY(tab->model()->rowCount() > 0);
        tab->table()->selectRow(0);
        shot(QStringLiteral("queries-open"), m_window.get());
        QPointer<ui::AuditTrailDialog> audit = qobject_cast<ui::AuditTrailDialog *>(m_window->openAuditTrail());
        QVERIFY(audit);
        QVERIFY(QTest::qWaitForWindowExposed(audit.data()));
        shot(QStringLiteral("audit-trail-patient"), audit);
        audit->close();
        signIn(QStringLiteral("nurse"));
        select(m_onTreatment);
        showTab(m_window->workspace()->queries());
        m_window->workspace()->queries()->table()->selectRow(0);
        QPointer<ui::QueryDialog> answer = m_window->workspace()->queries()->answerSelected();
        QVERIFY(answer);
        QVERIFY(QTest::qWaitForWindowExposed(answer.data()));
        shot(QStringLiteral("query-answer"), answer);
        answer->reject();
    }

    void dialogs()
    {
        signIn(QStringLiteral("doctor"));
        Session &s = *m_controller->session();
        QPointer<QDialog> add = m_window->addPatient();
        QVERIFY(add);
        QVERIFY(QTest::qWaitForWindowExposed(add.data()));
        shot(QStringLiteral("new-patient"), add);
        add->reject();
        select(m_onTreatment);
        QPointer<QDialog> details = m_window->editPatient();
        QVERIFY(details);
        QVERIFY(QTest::qWaitForWindowExposed(details.data()));
        shot(QStringLiteral("patient-details"), details);
        details->reject();
        ui::ConflictsDialog conflicts(s, m_window.get());
        shotDialog(QStringLiteral("conflicts"), &conflicts);
        ui::ScreeningLogDialog log(s, m_window.get());
        shotDialog(QStringLiteral("screening-log"), &log);
        ui::OverdueVisitsDialog overdue(s, m_window.get());
        shotDialog(QStringLiteral("overdue-visits"), &overdue);
        ui::PasswordDialog password(s, m_window.get());
        shotDialog(QStringLiteral("change-password"), &password);
        ui::SignatureDialog signature(s.user().displayName, QStringLiteral("%1").arg(ui::SignatureDialog::tr("Signature")), m_window.get());
        shotDialog(QStringLiteral("signature"), &signature);
        ui::PrimaryEndpointDialog endpoint(s, m_window.get());
        shotDialog(QStringLiteral("primary-endpoint"), &endpoint);
    }

    void menus()
    {
        signIn(QStringLiteral("admin"));
        for (QAction *a : m_window->menuBar()->actions()) {
            QMenu *menu = a->menu();
            if (!menu)
                continue;
            menu->popup(m_window->mapToGlobal(m_window->menuBar()->actionGeometry(a).bottomLeft()));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            shot(QStringLiteral("menu-") + plain(a->text()).toLower().remove(QLatin1Char(' ')), menu);
            for (QAction *sub : menu->actions()) {
                if (sub->menu()) {
                    sub->menu()->popup(menu->mapToGlobal(menu->actionGeometry(sub).topRight()));
                    QVERIFY(QTest::qWaitForWindowExposed(sub->menu()));
                    shot(QStringLiteral("menu-") + plain(sub->text()).toLower().remove(QLatin1Char(' ')), sub->menu());
                    sub->menu()->hide();
                }
            }
            menu->hide();
        }
    }

    void administration()
    {
        signIn(QStringLiteral("admin"));
        shot(QStringLiteral("admin-main"), m_window.get());
        Session &s = *m_controller->session();
        ui::AccountsDialog accounts(s, m_window.get());
        shotDialog(QStringLiteral("accounts"), &accounts);
        ui::SiteSettingsDialog settings(s, m_window.get());
        shotDialog(QStringLiteral("site-settings"), &settings);
        ui::ReferenceRangesDialog ranges(s, m_window.get());
        shotDialog(QStringLiteral("reference-ranges"), &ranges);
        ui::BackupDialog backups(s, m_window.get());
        shotDialog(QStringLiteral("backups"), &backups);
        ui::RestoreWizard restore(m_window.get());
        restore.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restore));
        shot(QStringLiteral("restore"), &restore);
        restore.close();
        QPointer<ui::AuditTrailDialog> audit = qobject_cast<ui::AuditTrailDialog *>(m_window->openAuditTrail());
        QVERIFY(audit);
        QVERIFY(QTest::qWaitForWindowExposed(audit.data()));
        shot(QStringLiteral("audit-trail"), audit);
        audit->close();
    }

    void help()
    {
        signIn(QStringLiteral("doctor"));
        for (const QString &topic : {QStringLiteral("index.html"), QStringLiteral("shortcuts.html")}) {
            ui::HelpBrowser *browser = ui::HelpBrowser::open(m_window.get(), topic);
            QVERIFY(browser);
            QVERIFY(QTest::qWaitForWindowExposed(browser));
            shot(QStringLiteral("help-") + QFileInfo(topic).baseName(), browser);
            browser->close();
        }
    }

    // Everything seen, judged at once: the tour goes on past a defect so that all are listed.
    void nothingIsCutOrTooLarge()
    {
        for (const QString &d : std::as_const(m_defects))
            qWarning("%s", qPrintable(d));
        QVERIFY2(m_defects.isEmpty(), qPrintable(QStringLiteral("\n%1 defect(s):\n  ").arg(m_defects.size()) + m_defects.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestGuiTour)
#include "tst_gui_tour.moc"
