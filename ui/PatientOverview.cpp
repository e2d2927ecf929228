#include "PatientOverview.h"
#include "DisplayFormat.h"
#include "AdverseEventsTab.h"
#include "LabsTab.h"
#include "OverviewTab.h"
#include "PatientListModel.h"
#include "RadiotherapyTab.h"
#include "ScreeningTab.h"
#include "StudyDrugTab.h"
#include "VisitsTab.h"
#include "clinical/Eligibility.h"
#include "records/ChangeNotifier.h"
#include "records/Patients.h"
#include "security/Session.h"
#include <QHash>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace muco::ui {

PatientOverview::PatientOverview(QWidget *parent)
    : QWidget(parent), m_subject(new QLabel), m_details(new QLabel), m_tabs(new QTabWidget), m_overview(new OverviewTab),
      m_screening(new ScreeningTab), m_visits(new VisitsTab), m_radiotherapy(new RadiotherapyTab), m_labs(new LabsTab),
      m_drug(new StudyDrugTab), m_ae(new AdverseEventsTab)
{
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_subject->setFont(big);
    m_subject->setObjectName(QStringLiteral("overviewSubject"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(m_overview, tr("&1 Overview"));
    m_tabs->addTab(m_screening, tr("&2 Screening"));
    m_tabs->addTab(m_visits, tr("&3 Visits and grading"));
    m_tabs->addTab(m_radiotherapy, tr("&4 Radiotherapy"));
    m_tabs->addTab(m_labs, tr("&5 Labs"));
    m_tabs->addTab(m_drug, tr("&6 Study drug"));
    m_tabs->addTab(m_ae, tr("&7 Adverse events"));
    m_all = {m_overview, m_screening, m_visits, m_radiotherapy, m_labs, m_drug, m_ae};
    // The tabs that show each kind of record; any other change (sync) reloads them all.
    m_shownBy = {
        {QStringLiteral("rt_plans"), {m_overview, m_screening, m_radiotherapy, m_drug}},
        {QStringLiteral("fractions"), {m_overview, m_radiotherapy, m_drug}},
        {QStringLiteral("assessments"), {m_overview, m_visits, m_ae}},   // signing may draft an adverse event
        {QStringLiteral("lab_results"), {m_screening, m_labs}},
        {QStringLiteral("screenings"), {m_screening}},
        {QStringLiteral("drug_doses"), {m_drug}},
        {QStringLiteral("adverse_events"), {m_ae}},
    };
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_subject);
    v->addWidget(m_details);
    v->addWidget(m_tabs, 1);
    connect(&ChangeNotifier::instance(), &ChangeNotifier::patientDataChanged, this,
            [this](const QString &patientId, const QString &table) { onDataChanged(patientId, table); });
    connect(&ChangeNotifier::instance(), &ChangeNotifier::recordChanged, this,
            [this](const QString &table, const QString &id, const QStringList &) {
                if (table == Patients::table().name && id == m_patientId && m_session) {
                    auto p = Patients::get(*m_session, id);
                    if (p.ok())
                        showHeader(p.value());
                }
            });
}

void PatientOverview::showHeader(const Patient &p)
{
    m_subject->setText(p.identityVisible && !p.name.isEmpty() ? QStringLiteral("%1  ·  %2").arg(p.subjectId, p.name) : p.subjectId);
    QStringList bits;
    const QDate birth = QDate::fromString(p.birthDate, Qt::ISODate);
    if (birth.isValid() && m_session)
        bits << tr("born %1 (%2 years)").arg(displayDate(birth)).arg(completedYears(birth, m_session->now().date()));
    if (!p.sex.isEmpty())
        bits << (p.sex == QLatin1String("male") ? tr("male") : tr("female"));
    if (p.identityVisible && !p.mrn.isEmpty())
        bits << tr("MRN %1").arg(p.mrn);
    bits << statusLabel(p.status);
    m_details->setText(bits.join(QStringLiteral("  ·  ")));
}

void PatientOverview::showPatient(Session &session, const Patient &p)
{
    m_session = &session;
    m_patientId = p.id;
    showHeader(p);
    for (WorkspaceTab *tab : std::as_const(m_all))
        tab->setPatient(&session, p.id);
}

void PatientOverview::clear()
{
    m_session = nullptr;
    m_patientId.clear();
    for (WorkspaceTab *tab : std::as_const(m_all))
        tab->setPatient(nullptr, {});   // no tab keeps a session that was closed
}

void PatientOverview::onDataChanged(const QString &patientId, const QString &table)
{
    if (!m_session || patientId != m_patientId)
        return;
    const auto it = m_shownBy.constFind(table);
    for (WorkspaceTab *tab : it == m_shownBy.cend() ? m_all : it.value())
        tab->reload();
}


} // namespace muco::ui
