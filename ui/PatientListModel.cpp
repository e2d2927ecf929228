#include "PatientListModel.h"
#include "clinical/Eligibility.h"
#include "records/ChangeNotifier.h"
#include "security/Session.h"

namespace muco::ui {

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("screening")) return PatientListModel::tr("Screening");
    if (status == QLatin1String("enrolled")) return PatientListModel::tr("Enrolled");
    if (status == QLatin1String("screen_failed")) return PatientListModel::tr("Screen failure");
    if (status == QLatin1String("withdrawn")) return PatientListModel::tr("Withdrawn");
    if (status == QLatin1String("completed")) return PatientListModel::tr("Completed");
    return status;
}

PatientListModel::PatientListModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&ChangeNotifier::instance(), &ChangeNotifier::recordCreated, this, &PatientListModel::onCreated);
    connect(&ChangeNotifier::instance(), &ChangeNotifier::recordChanged, this,
            [this](const QString &table, const QString &id, const QStringList &) { onChanged(table, id); });
}

void PatientListModel::setSession(Session *session)
{
    beginResetModel();
    m_session = session;
    m_patients.clear();
    if (m_session) {
        auto list = Patients::list(*m_session);
        if (list.ok())
            m_patients = list.value();
    }
    endResetModel();
}

int PatientListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_patients.size()); }
int PatientListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_patients.size())
        return {};
    const Patient &p = m_patients.at(index.row());
    if (role == PatientIdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SubjectId: return p.subjectId;
    case Name: return p.identityVisible ? p.name : tr("(hidden)");
    case Age: {
        const QDate birth = QDate::fromString(p.birthDate, Qt::ISODate);
        if (!birth.isValid() || !m_session)
            return QString();
        return completedYears(birth, m_session->now().date());
    }
    case Sex: return p.sex == QLatin1String("male") ? tr("Male") : p.sex == QLatin1String("female") ? tr("Female") : QString();
    case Status: return statusLabel(p.status);
    default: return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectId: return tr("Subject");
    case Name: return tr("Name");
    case Age: return tr("Age");
    case Sex: return tr("Sex");
    case Status: return tr("Status");
    default: return {};
    }
}

const Patient *PatientListModel::patientAt(int row) const
{
    return row >= 0 && row < m_patients.size() ? &m_patients.at(row) : nullptr;
}

int PatientListModel::rowOf(const QString &patientId) const
{
    for (int i = 0; i < m_patients.size(); ++i)
        if (m_patients.at(i).id == patientId)
            return i;
    return -1;
}

void PatientListModel::onCreated(const QString &table, const QString &id)
{
    if (!m_session || table != Patients::table().name || rowOf(id) >= 0)
        return;
    auto p = Patients::get(*m_session, id);
    if (!p.ok())
        return;
    const int row = static_cast<int>(m_patients.size());
    beginInsertRows({}, row, row);
    m_patients.append(p.value());
    endInsertRows();
}

void PatientListModel::onChanged(const QString &table, const QString &id)
{
    const int row = rowOf(id);
    if (!m_session || table != Patients::table().name || row < 0)
        return;
    auto p = Patients::get(*m_session, id);
    if (!p.ok())
        return;
    m_patients[row] = p.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace muco::ui
