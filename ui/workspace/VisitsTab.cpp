#include "workspace/VisitsTab.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "workspace/GradingWizard.h"
#include "SignatureDialog.h"
#include "models/VisitListModel.h"
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
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

VisitsTab::VisitsTab(QWidget *parent)
    : WorkspaceTab(parent), m_model(new VisitListModel(this)), m_table(new QTableView), m_grade(new QPushButton(tr("&Grade a visit..."))),
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
    m_table->setModel(m_model);
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
    // A read that fails leaves the list empty, as before the model.
    (void)m_model->load(*s, patientId());
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
        // "missing" said outright: "signed grade" alone read as a grade already signed (in
        // Chinese above all) where the visit lacks one.
        return tr("%1 (%2 to %3): missing %4").arg(Schedule::visitLabel(v), displayDate(v.windowStart), displayDate(v.windowEnd),
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
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(VisitListModel::StateRole).toString() == QLatin1String("draft")) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    m_table->setFocus();
}

QString VisitsTab::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(VisitListModel::AssessmentIdRole).toString() : QString();
}

void VisitsTab::signSelected()
{
    Session *s = session();
    const QString id = selectedId();
    if (!s || id.isEmpty())
        return;
    // Named in the dialog, which covers the list: the visit signed for, not only what signing means.
    const QModelIndex current = m_table->currentIndex();
    const QString visit = current.siblingAtColumn(VisitListModel::Visit).data().toString();
    const auto password = SignatureDialog::ask(this, s->user().displayName, Assessments::signatureMeaning(),
                                               tr("the grading of %1, visit of %2").arg(displaySubject(*s, patientId()), visit));
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
