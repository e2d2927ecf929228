#include "models/TodayModel.h"
#include "DisplayFormat.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <algorithm>

namespace muco::ui {

namespace {
// The tables whose records change what is due: patients (status), the plan and fractions,
// labs, graded visits. Anything else committed leaves the day as it was.
// (A holiday set in the site settings is seen when the view is shown again.)
bool changesTheDay(const ChangeSet &changes)
{
    static const QStringList tables{Patients::table().name, Radiotherapy::planTable().name, Radiotherapy::fractionTable().name,
                                    Labs::table().name, Assessments::table().name};
    return std::any_of(changes.begin(), changes.end(), [](const RecordChange &c) { return tables.contains(c.table); });
}
} // namespace

TodayModel::TodayModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&ChangeNotifier::instance(), &ChangeNotifier::committed, this, &TodayModel::onCommitted);
}

void TodayModel::setSession(Session *session)
{
    m_session = session;
    m_stale = true;
    if (!m_session || m_live)
        reload();
}

void TodayModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void TodayModel::onCommitted(const ChangeSet &changes)
{
    if (!m_session || !changesTheDay(changes))
        return;
    if (m_live)
        reload();
    else
        m_stale = true;
}

QList<TodayModel::Task> TodayModel::tasksFrom(const QList<PatientSchedule> &schedules)
{
    QList<Task> out;
    for (const PatientSchedule &p : schedules) {
        const QString name = p.patient.identityVisible ? p.patient.name : QString();
        if (p.fractionDueToday)
            out << Task{p.patient.id, p.patient.subjectId, name, Kind::Fraction,
                        tr("Fraction %1 of %2").arg(p.deliveredFractions + 1).arg(p.plannedFractions), {}, {}, false};
        for (const ScheduledVisit &v : p.visits) {
            if (v.status != VisitStatus::Due && v.status != VisitStatus::Overdue)
                continue;
            for (const QString &form : v.missing) {
                const Kind kind = form == QLatin1String("labs") ? Kind::Labs : v.draftGrade ? Kind::SignGrade : Kind::Grade;
                out << Task{p.patient.id, p.patient.subjectId, name, kind, Schedule::visitLabel(v), v.windowStart, v.windowEnd,
                            v.status == VisitStatus::Overdue};
            }
        }
    }
    // Overdue first (they waited longest), then by subject; a patient's tasks stay together.
    std::stable_sort(out.begin(), out.end(), [](const Task &a, const Task &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        return a.subjectId < b.subjectId;
    });
    return out;
}

void TodayModel::reload()
{
    beginResetModel();
    m_tasks.clear();
    m_error.clear();
    m_day = m_session ? m_session->today() : QDate();
    m_stale = false;
    if (m_session) {
        auto schedules = Schedule::forSite(*m_session);
        if (schedules.ok())
            m_tasks = tasksFrom(schedules.value());
        else
            m_error = schedules.error().message;
    }
    endResetModel();
}

int TodayModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_tasks.size()); }
int TodayModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

const TodayModel::Task *TodayModel::taskAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    const Task *t = index.isValid() ? taskAt(index.row()) : nullptr;
    if (!t)
        return {};
    switch (role) {
    case PatientIdRole: return t->patientId;
    case KindRole: return static_cast<int>(t->kind);
    case OverdueRole: return t->overdue;
    case Qt::FontRole:
        if (t->overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return t->overdue && index.column() == State ? QBrush(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SubjectId: return t->subjectId;
    case Name: return t->name;
    case What: {
        switch (t->kind) {
        case Kind::Fraction: return t->what;
        case Kind::Grade: return tr("Grade: %1").arg(t->what);
        case Kind::SignGrade: return tr("Sign the grade: %1").arg(t->what);
        case Kind::Labs: return tr("Labs: %1").arg(t->what);
        }
        return {};
    }
    case Window:
        if (!t->windowStart.isValid())
            return tr("today");
        return t->windowStart == t->windowEnd ? displayDate(t->windowStart)
                                              : tr("%1 to %2").arg(displayDate(t->windowStart), displayDate(t->windowEnd));
    case State:
        // No plural forms: the English UI has no translation to choose them ("day(s)").
        if (t->overdue)
            return tr("OVERDUE");
        if (!t->windowEnd.isValid())
            return tr("due today");
        return t->windowEnd == m_day ? tr("due, last day") : tr("due");
    default: return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectId: return tr("Subject ID");
    case Name: return tr("Name");
    case What: return tr("Due");
    case Window: return tr("Window");
    case State: return tr("Status");
    default: return {};
    }
}

} // namespace muco::ui
