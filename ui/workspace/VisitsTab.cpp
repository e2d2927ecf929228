#include "workspace/VisitsTab.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "workspace/GradingWizard.h"
#include "SignatureDialog.h"
#include "records/RecordStore.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Radiotherapy.h"
#include "records/Schedule.h"
#include "clinical/Protocol.h"
#include "security/Session.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muco::ui {

VisitsTab::VisitsTab(QWidget *parent)
    : WorkspaceTab(parent), m_table(new QTableWidget(0, 10)), m_grade(new QPushButton(tr("&Grade a visit..."))),
      m_sign(new QPushButton(tr("S&ign draft..."))), m_correct(new QPushButton(tr("&Correct..."))), m_schedule(new QLabel)
{
    setObjectName(QStringLiteral("visitsTab"));
    // The schedule line also follows labs and fractions (a lab done, the end of radiotherapy moved).
    showsTables({Assessments::table().name, Labs::table().name, Radiotherapy::fractionTable().name, Radiotherapy::planTable().name});
    m_schedule->setObjectName(QStringLiteral("visitSchedule"));
    m_schedule->setWordWrap(true);
    m_schedule->setTextFormat(Qt::RichText);
    m_grade->setToolTip(tr("Ctrl+G from any tab of the patient"));   // the key is the workspace's (ShortcutMap)
    m_grade->setMinimumHeight(34);
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setHorizontalHeaderLabels({tr("Visit"), tr("Fraction"), tr("Dose (Gy)"), tr("WHO"), tr("CTCAE"), tr("RTOG"),
                                        tr("OMAS"), tr("PRO sores"), tr("State"), tr("Signed by")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_grade);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_correct);
    buttons->addStretch();
    auto *v = new QVBoxLayout(this);
    v->addLayout(buttons);
    v->addWidget(m_schedule);
    v->addWidget(m_table);
    connect(m_grade, &QPushButton::clicked, this, [this] { gradeVisit(); });
    connect(m_sign, &QPushButton::clicked, this, &VisitsTab::signSelected);
    connect(m_correct, &QPushButton::clicked, this, &VisitsTab::correctSelected);
}

void VisitsTab::reload()
{
    Session *s = session();
    if (!s)
        return;
    m_grade->setEnabled(s->can(Permission::RecordGrading));
    m_sign->setEnabled(s->can(Permission::SignGrade));
    m_correct->setEnabled(s->can(Permission::RecordGrading));
    showSchedule();
    m_table->setRowCount(0);
    auto list = Assessments::list(*s, patientId());
    if (!list.ok())
        return;
    for (const Assessment &a : list.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *date = new QTableWidgetItem(displayDate(a.visitDate));
        date->setData(Qt::UserRole, a.id);
        date->setData(Qt::UserRole + 1, a.state);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(displayNumber(a.fractionNumber)));
        m_table->setItem(row, 2, new QTableWidgetItem(displayNumber(a.cumulativeDoseGy)));
        // The grades as signed (Assessments reads them back, never re-derives them); the
        // primary endpoint's scale is marked when the visit reaches it (protocol file).
        const Scale primary = Protocol::nct07312656().primaryEndpoint.scale;
        int column = 3;
        for (const GradeResult *g : {&a.who, &a.ctcae, &a.rtog}) {
            auto *item = new QTableWidgetItem(QString::number(g->grade));
            item->setToolTip(g->label);
            if (g->scale == primary && Assessments::reachesPrimaryEndpoint(a))
                item->setBackground(QColor(0xf8, 0xd7, 0xda));
            m_table->setItem(row, column++, item);
        }
        m_table->setItem(row, 6, new QTableWidgetItem(a.omas.sitesScored ? displayNumber(a.omas.total) : QString()));
        m_table->setItem(row, 7, new QTableWidgetItem(a.pro.severity ? proCtcaeSeverityChoices().value(*a.pro.severity) : QString()));
        const QString state = recordStateLabel(a.state);
        m_table->setItem(row, 8, new QTableWidgetItem(a.supersedes.isEmpty() ? state : tr("%1 (correction: %2)").arg(state, a.correctionReason)));
        m_table->setItem(row, 9, new QTableWidgetItem(a.signedBy.isEmpty() ? QString()
                                                                           : QStringLiteral("%1, %2").arg(a.signedBy, displayDateTime(a.signedUtc, s->siteZone()))));
    }
    m_table->resizeColumnsToContents();
}

GradingWizard *VisitsTab::gradeVisit()
{
    Session *s = session();
    if (!s || !s->can(Permission::RecordGrading))
        return nullptr;
    auto *wizard = new GradingWizard(*s, patientId(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void VisitsTab::showSchedule()
{
    auto schedule = Schedule::forPatient(*session(), patientId());
    if (!schedule.ok()) {
        m_schedule->setText(schedule.error().message.toHtmlEscaped());
        return;
    }
    auto item = [](const ScheduledVisit &v) {
        return tr("%1 (%2 to %3: %4)").arg(Schedule::visitLabel(v), displayDate(v.windowStart), displayDate(v.windowEnd),
                                          Schedule::missingLabel(v)).toHtmlEscaped();
    };
    QStringList overdue, due;
    for (const ScheduledVisit &v : schedule->withStatus(VisitStatus::Overdue))
        overdue << item(v);
    for (const ScheduledVisit &v : schedule->withStatus(VisitStatus::Due))
        due << item(v);
    const QList<ScheduledVisit> upcoming = schedule->withStatus(VisitStatus::Upcoming);
    QStringList parts;
    if (!overdue.isEmpty())
        parts << QStringLiteral("<span style=\"color:#b00020\"><b>%1</b> %2</span>").arg(tr("Overdue:").toHtmlEscaped(), overdue.join(QStringLiteral("; ")));
    if (!due.isEmpty())
        parts << QStringLiteral("<b>%1</b> %2").arg(tr("Due now:").toHtmlEscaped(), due.join(QStringLiteral("; ")));
    if (!upcoming.isEmpty())
        parts << QStringLiteral("<b>%1</b> %2").arg(tr("Next:").toHtmlEscaped(),
                                                    tr("%1, from %2").arg(Schedule::visitLabel(upcoming.first()), displayDate(upcoming.first().windowStart)).toHtmlEscaped());
    if (parts.isEmpty())
        parts << (schedule->visits.isEmpty() ? tr("The visit schedule starts with the radiotherapy plan.") : tr("Every scheduled visit is done.")).toHtmlEscaped();
    m_schedule->setText(parts.join(QStringLiteral(" &nbsp; ")));
}

void VisitsTab::selectFirstDraft()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0) && m_table->item(row, 0)->data(Qt::UserRole + 1).toString() == QLatin1String("draft")) {
            m_table->setCurrentCell(row, 0);
            break;
        }
    }
    m_table->setFocus();
}

QString VisitsTab::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void VisitsTab::signSelected()
{
    Session *s = session();
    const QString id = selectedId();
    if (!s || id.isEmpty())
        return;
    const auto password = SignatureDialog::ask(this, s->user().displayName, Assessments::signatureMeaning());
    if (!password)
        return;
    auto r = Assessments::sign(*s, id, *password);
    if (!r.ok())
        showError(errorText(r.error()));
}

void VisitsTab::correctSelected()
{
    Session *s = session();
    const QString id = selectedId();
    if (!s || id.isEmpty())
        return;
    auto list = Assessments::list(*s, patientId());
    if (!list.ok())
        return;
    for (const Assessment &a : list.value()) {
        if (a.id != id)
            continue;
        if (a.state != QLatin1String("signed")) {
            showError(tr("Only a signed assessment is corrected; sign or re-record the draft."));
            return;
        }
        const QString reason = askReason(this, tr("A signed assessment of %1 is being corrected.").arg(displayDate(a.visitDate)));
        if (reason.isEmpty())
            return;
        auto *wizard = new GradingWizard(*s, patientId(), this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setCorrection(id, reason, a.visitDate, a.exam, a.pro);
        wizard->open();
        return;
    }
}

} // namespace muco::ui
