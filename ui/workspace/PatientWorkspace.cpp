#include "workspace/PatientWorkspace.h"
#include "DisplayFormat.h"
#include "admin/ReportsMenu.h"
#include "workspace/AdverseEventsTab.h"
#include "workspace/LabsTab.h"
#include "workspace/OverviewTab.h"
#include "models/PatientListModel.h"
#include "workspace/QueriesTab.h"
#include "workspace/SourceVerificationTab.h"
#include "workspace/RadiotherapyTab.h"
#include "workspace/RandomizePanel.h"
#include "records/Randomizations.h"
#include "workspace/ScreeningTab.h"
#include "ShortcutMap.h"
#include "workspace/StudyDrugTab.h"
#include "workspace/VisitsTab.h"
#include "clinical/Eligibility.h"
#include "storage/ChangeNotifier.h"
#include "records/Patients.h"
#include "security/Session.h"
#include <QMessageBox>
#include <QAction>
#include <QHash>
#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace muco::ui {

PatientWorkspace::PatientWorkspace(QWidget *parent)
    : QWidget(parent), m_subject(new QLabel), m_details(new QLabel), m_randomize(new RandomizePanel), m_tabs(new QTabWidget), m_overview(new OverviewTab),
      m_screening(new ScreeningTab), m_visits(new VisitsTab), m_radiotherapy(new RadiotherapyTab), m_labs(new LabsTab),
      m_drug(new StudyDrugTab), m_ae(new AdverseEventsTab), m_queries(new QueriesTab),
      m_sdv(new SourceVerificationTab)
{
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_subject->setFont(big);
    m_subject->setObjectName(QStringLiteral("workspaceSubject"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    // Nine tabs do not fit a 1366-wide laptop's workspace: long titles are shortened rather
    // than scrolled out of sight (the number, which is the tab's Alt key, stays in front).
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(m_overview, tr("&1 Overview"));
    m_tabs->addTab(m_screening, tr("&2 Screening"));
    m_tabs->addTab(m_visits, tr("&3 Visits and grading"));
    m_tabs->addTab(m_radiotherapy, tr("&4 Radiotherapy"));
    m_tabs->addTab(m_labs, tr("&5 Labs"));
    m_tabs->addTab(m_drug, tr("&6 Study drug"));
    m_tabs->addTab(m_ae, tr("&7 Adverse events"));
    m_tabs->addTab(m_queries, queriesTitle(0));
    // The tab says how many queries wait, so the site sees them from any tab.
    connect(m_queries, &QueriesTab::openCountChanged, this, [this](int open) { retitle(m_queries, queriesTitle(open)); });
    m_tabs->addTab(m_sdv, sdvTitle(0));
    connect(m_sdv, &SourceVerificationTab::remainingChanged, this, [this](int remaining) { retitle(m_sdv, sdvTitle(remaining)); });
    connect(m_sdv, &SourceVerificationTab::raiseQueryOn, this, [this](const QString &table, const QString &id) {
        m_tabs->setCurrentWidget(m_queries);
        m_queries->raiseQuery(table, id);
    });
    m_all = {m_overview, m_screening, m_visits, m_radiotherapy, m_labs, m_drug, m_ae, m_queries, m_sdv};
    for (int i = 0; i < m_tabs->count(); ++i)   // the whole title where a narrow screen shortens it
        m_tabs->setTabToolTip(i, QString(m_tabs->tabText(i)).remove(QLatin1Char('&')));
    // The casebook (every form, signatures, audit trail) for the investigator's sign-off.
    m_casebook = new QPushButton(tr("Print case&book..."));
    m_casebook->setObjectName(QStringLiteral("printCasebook"));
    connect(m_casebook, &QPushButton::clicked, this, [this] {
        if (m_session && !m_patientId.isEmpty())
            printCasebook(this, *m_session, m_patientId);
    });
    auto *header = new QHBoxLayout;
    header->addWidget(m_subject, 1);
    header->addWidget(m_casebook, 0, Qt::AlignTop);
    auto *v = new QVBoxLayout(this);
    v->addLayout(header);
    v->addWidget(m_details);
    v->addWidget(m_randomize);
    v->addWidget(m_tabs, 1);
    connect(&ChangeNotifier::instance(), &ChangeNotifier::committed, this, &PatientWorkspace::onCommitted);

    // Grading and today's fraction are the clinic's commonest commands: their keys work from
    // any tab (and the patient list) while a patient is shown, and bring their tab forward.
    auto *grade = new QAction(this);
    grade->setShortcut(shortcutFor(Command::GradeVisit));
    connect(grade, &QAction::triggered, this, [this] { startGrading(); });
    auto *deliver = new QAction(this);
    deliver->setShortcut(shortcutFor(Command::DeliverFraction));
    connect(deliver, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_radiotherapy);
        if (m_radiotherapy->canDeliver())
            m_radiotherapy->deliverToday();
    });
    addActions({grade, deliver});
}

QString PatientWorkspace::queriesTitle(int open) { return open > 0 ? tr("&8 Queries (%1)").arg(open) : tr("&8 Queries"); }
QString PatientWorkspace::sdvTitle(int remaining) { return remaining > 0 ? tr("&9 SDV (%1)").arg(remaining) : tr("&9 SDV"); }

QStringList PatientWorkspace::widestTabTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_tabs->count(); ++i)
        titles << (m_tabs->widget(i) == m_queries ? queriesTitle(999) : m_tabs->widget(i) == m_sdv ? sdvTitle(999) : m_tabs->tabText(i));
    return titles;
}

void PatientWorkspace::retitle(QWidget *tab, const QString &title)
{
    const int at = m_tabs->indexOf(tab);
    m_tabs->setTabText(at, title);
    m_tabs->setTabToolTip(at, QString(title).remove(QLatin1Char('&')));
}

GradingWizard *PatientWorkspace::startGrading()
{
    m_tabs->setCurrentWidget(m_visits);
    return m_visits->gradeVisit();
}

void PatientWorkspace::showFractionEntry()
{
    m_tabs->setCurrentWidget(m_radiotherapy);
    m_radiotherapy->focusFractionEntry();
}

void PatientWorkspace::showDraftToSign()
{
    m_tabs->setCurrentWidget(m_visits);
    m_visits->selectFirstDraft();
}

void PatientWorkspace::showLabEntry()
{
    m_tabs->setCurrentWidget(m_labs);
    m_labs->focusEntry();
}

void PatientWorkspace::showHeader(const Patient &p)
{
    m_subject->setText(p.identityVisible && !p.name.isEmpty() ? QStringLiteral("%1  ·  %2").arg(p.subjectId, p.name) : p.subjectId);
    QStringList bits;
    // A monitor gets the year and the age only (core cuts the date for sessions without identity).
    const QDate birth = QDate::fromString(p.birthDate, Qt::ISODate);
    if (birth.isValid())
        bits << tr("born %1 (%2 years)").arg(displayDate(birth)).arg(p.ageYears);
    else if (!p.birthDate.isEmpty())
        bits << tr("born in %1 (%2 years)").arg(p.birthDate).arg(p.ageYears);
    if (!p.sex.isEmpty())
        bits << (p.sex == QLatin1String("male") ? tr("male") : tr("female"));
    if (p.identityVisible && !p.mrn.isEmpty())
        bits << tr("MRN %1").arg(p.mrn);
    bits << Patients::statusLabel(p.status);
    m_details->setText(bits.join(QStringLiteral("  ·  ")));
}

void PatientWorkspace::showPatient(Session &session, const Patient &p)
{
    m_session = &session;
    m_patientId = p.id;
    m_casebook->setEnabled(true);
    showHeader(p);
    m_randomize->setPatient(&session, p.id);
    for (WorkspaceTab *tab : std::as_const(m_all))
        tab->setPatient(&session, p.id);
}

void PatientWorkspace::clear()
{
    m_session = nullptr;
    m_patientId.clear();
    m_casebook->setEnabled(false);
    m_randomize->setPatient(nullptr, {});
    for (WorkspaceTab *tab : std::as_const(m_all))
        tab->setPatient(nullptr, {});   // no tab keeps a session that was closed
}

// Each tab reloads once for everything a transaction changed in this patient's record, and
// only if it shows one of the tables written (a signed grade that drafted an adverse event
// names both tables in the same change set).
void PatientWorkspace::onCommitted(const ChangeSet &changes)
{
    if (!m_session)
        return;
    const QStringList tables = ChangeNotifier::tablesOf(changes, m_patientId);
    if (tables.isEmpty())
        return;
    if (tables.contains(Patients::table().name) || tables.contains(Patients::identityTable().name)) {
        auto p = Patients::get(*m_session, m_patientId);
        if (p.ok())
            showHeader(p.value());
    }
    if (tables.contains(Patients::table().name) || tables.contains(Randomizations::table().name))
        m_randomize->reload();
    for (WorkspaceTab *tab : std::as_const(m_all)) {
        const auto touches = [&](const QStringList &of) {
            return std::any_of(tables.cbegin(), tables.cend(), [&](const QString &t) { return of.contains(t); });
        };
        if (touches(tab->shownTables()))
            tab->reload();
        else if (touches(tab->markedTables()))
            tab->refreshMarks();
    }
}


bool PatientWorkspace::hasUnsavedWork() const
{
    return std::any_of(m_all.cbegin(), m_all.cend(), [](const WorkspaceTab *tab) { return !tab->unsavedWork().isEmpty(); });
}

bool PatientWorkspace::mayLeave(const QString &goingTo)
{
    for (WorkspaceTab *tab : std::as_const(m_all)) {
        const QString what = tab->unsavedWork();
        if (what.isEmpty())
            continue;
        m_tabs->setCurrentWidget(tab);
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("%1 of %2 has changes that are not saved.").arg(what, m_subject->text()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChanges"));
        // Which way each answer goes: the other patient is named, so nobody saves believing they
        // are already on them (a walkthrough: the list highlighted the next patient meanwhile).
        if (!goingTo.isEmpty())
            box.setInformativeText(tr("Save or Discard, then %1 opens; Cancel stays with %2.").arg(goingTo, m_subject->text()));
        // Enter keeps things as they are: the box may open while someone is still typing, and a
        // reflexive Enter must not write a value nobody reviewed (review).
        box.setDefaultButton(QMessageBox::Cancel);
        const int answer = box.exec();
        // Anything but Save or Discard (Escape, the box closed by a lock) keeps the work here.
        if (answer == QMessageBox::Save ? !tab->saveUnsaved() : answer != QMessageBox::Discard)
            return false;
    }
    return true;
}

} // namespace muco::ui
