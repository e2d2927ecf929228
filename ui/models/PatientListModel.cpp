#include "models/PatientListModel.h"
#include "DisplayFormat.h"
#include "clinical/Decimal.h"
#include "clinical/Eligibility.h"
#include "records/Queries.h"
#include "records/Radiotherapy.h"
#include "records/SourceVerification.h"
#include "workspace/RandomizePanel.h"
#include "records/Randomizations.h"
#include "security/Session.h"
#include "records/Assessments.h"
#include <QSet>
#include <limits>

namespace muco::ui {

PatientListModel::PatientListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_openTimer.setSingleShot(true);
    m_openTimer.setInterval(0);
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        if (m_identitiesPending)
            openIdentities();
    });
    m_restTimer.setSingleShot(true);
    m_restTimer.setInterval(0);
    connect(&m_restTimer, &QTimer::timeout, this, &PatientListModel::loadRest);
    connect(&ChangeNotifier::instance(), &ChangeNotifier::committed, this, &PatientListModel::onCommitted);
}

void PatientListModel::setSession(Session *session)
{
    beginResetModel();
    m_session = session;
    m_patients.clear();
    m_subjectKeys.clear();
    m_rowOf.clear();
    m_identitiesPending = false;
    m_identityOpened.clear();
    m_openedOneByOne = 0;
    m_openTimer.stop();
    m_restTimer.stop();
    if (m_session) {
        // The first screen's rows only (50,000 patients' rows are most of the list's time at
        // sign-in, issue 14); the rest after the first paint (loadRest).
        auto first = Patients::firstBySubject(*m_session, m_firstRows);
        if (first.ok())
            m_patients = std::move(first).value();
        m_identitiesPending = m_session->seesIdentities() && !m_patients.isEmpty();
        m_identityOpened.resize(m_identitiesPending ? m_patients.size() : 0);
        m_subjectKeys.resize(m_patients.size());
        for (qsizetype i = 0; i < m_patients.size(); ++i)
            m_subjectKeys[i] = subjectKey(m_patients.at(i).subjectId);
        loadClinicalStates();
        // A timer, not a queued call: the event loop delivers posted events (the window's layout
        // and paint) before it fires timers, so the first rows are on screen first. Not when
        // they are all there is.
        if (m_patients.size() >= m_firstRows || !first.ok())
            m_restTimer.start(0);   // (a failed read left its interval at a second)
        else
            startOpeningIdentities();
    }
    endResetModel();
}

// Every patient not listed yet, appended (the view's sort places them): read once the first
// rows are on screen, or at once when a patient not listed yet is asked for (listAll). A patient
// a commit listed meanwhile is there once. Then the names. A list that cannot be read is tried
// again a second later, never left short without trying.
void PatientListModel::loadRest()
{
    if (!m_session)
        return;
    m_restTimer.stop();
    auto all = Patients::list(*m_session, Patients::Identities::Later);
    if (!all.ok()) {
        m_restTimer.start(1000);
        return;
    }
    QSet<QString> listed;
    listed.reserve(m_patients.size());
    for (const Patient &p : std::as_const(m_patients))
        listed.insert(p.id);
    QList<Patient> rest;
    rest.reserve(all->size());
    for (Patient &p : all.value())
        if (!listed.contains(p.id))
            rest.append(std::move(p));
    if (rest.isEmpty())
        return startOpeningIdentities();
    // The new rows' names are to be opened, whatever the state of the others: rows listed so far
    // whose names were all opened (a sort or search by name) stay opened, and the count of rows
    // opened one at a time starts again.
    if (m_session->seesIdentities() && !m_identitiesPending) {
        m_identitiesPending = true;
        m_identityOpened.fill(true, m_patients.size());
        m_openedOneByOne = 0;
    }
    const int at = static_cast<int>(m_patients.size());
    beginInsertRows({}, at, at + static_cast<int>(rest.size()) - 1);
    for (Patient &p : rest) {
        m_subjectKeys.append(subjectKey(p.subjectId));
        if (!m_rowOf.isEmpty())
            m_rowOf.insert(p.id, static_cast<int>(m_patients.size()));
        m_patients.append(std::move(p));
    }
    if (m_identitiesPending)
        m_identityOpened.resize(m_patients.size());
    endInsertRows();
    startOpeningIdentities();
}

void PatientListModel::startOpeningIdentities()
{
    if (m_identitiesPending)
        m_openTimer.start();
}

void PatientListModel::listAll()
{
    if (m_restTimer.isActive())
        loadRest();
}

int PatientListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_patients.size()); }
int PatientListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_patients.size())
        return {};
    if (role == PatientIdRole)
        return m_patients.at(index.row()).id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Patient &p = index.column() == Name ? withIdentity(index.row()) : m_patients.at(index.row());
    switch (index.column()) {
    case SubjectId: return p.subjectId;
    case Name: return p.identityVisible ? p.name : tr("(hidden)");
    case Age: return p.ageYears < 0 ? QVariant(QString()) : QVariant(p.ageYears);   // core's, on the site's today
    case Sex: return p.sex == QLatin1String("male") ? tr("Male") : p.sex == QLatin1String("female") ? tr("Female") : QString();
    case Status: return Patients::statusLabel(p.status);
    case LatestGrade: {
        const int g = m_states.value(p.id).whoGrade;
        return g < 0 ? QString() : tr("WHO %1").arg(g);
    }
    case Dose: {
        const std::optional<Decimal> d = m_states.value(p.id).doseGy;
        return d && !d->isZero() ? displayNumber(*d) : QString();
    }
    case Arm: {
        const QString arm = m_states.value(p.id).arm;
        return arm.isEmpty() ? QString() : armLabel(arm);
    }
    case SdvRemaining: {
        const int n = m_states.value(p.id).sdvRemaining;
        if (role == Qt::ToolTipRole)
            return n == 0 ? QString() : tr("%1 critical records to verify against the source").arg(n);
        return n == 0 ? QString() : QString::number(n);
    }
    case OpenQueries: {
        // Open or answered, not yet closed: the site's and the monitor's work on this patient.
        const int n = m_states.value(p.id).openQueries;
        if (role == Qt::ToolTipRole)
            return n == 0 ? QString() : tr("%1 data queries not closed").arg(n);
        return n == 0 ? QString() : QStringLiteral("⚑ %1").arg(n);
    }
    default: return {};
    }
}

// One query for the whole list: the day's clinic is visible at a glance without N reads.
void PatientListModel::loadClinicalStates()
{
    m_states.clear();
    // A list that cannot be read shows no dose or grade rather than stopping the app.
    if (auto doses = Radiotherapy::cumulativeDoses(*m_session); doses.ok())
        for (auto it = doses->cbegin(); it != doses->cend(); ++it)
            m_states[it.key()].doseGy = it.value();
    if (auto arms = Randomizations::all(m_session->db()); arms.ok())
        for (const Allocation &a : arms.value())
            m_states[a.patientId].arm = a.arm;
    if (auto queries = Queries::openCountByPatient(*m_session); queries.ok())
        for (auto it = queries->cbegin(); it != queries->cend(); ++it)
            m_states[it.key()].openQueries = it.value();
    // What remains to verify is the monitor's list; site staff do not pay for reading it.
    if (m_session->can(Permission::VerifySource))
        if (auto left = SourceVerification::remaining(*m_session); left.ok())
            for (const SdvStatus &st : left.value())
                ++m_states[st.patientId].sdvRemaining;
    if (auto grades = Assessments::latestWhoGrades(*m_session); grades.ok())
        for (auto it = grades->cbegin(); it != grades->cend(); ++it)
            m_states[it.key()].whoGrade = it.value();
}

PatientListModel::ClinicalState PatientListModel::clinicalState(const QString &patientId) const
{
    ClinicalState st;
    if (auto dose = Radiotherapy::cumulativeDose(*m_session, patientId); dose.ok())
        st.doseGy = dose.value();
    if (auto a = Randomizations::forPatient(m_session->db(), patientId); a.ok() && a->has_value())
        st.arm = a->value().arm;
    if (auto queries = Queries::list(*m_session, true, patientId); queries.ok())
        st.openQueries = static_cast<int>(queries->size());
    if (m_session->can(Permission::VerifySource))
        if (auto left = SourceVerification::remaining(*m_session, patientId); left.ok())
            st.sdvRemaining = static_cast<int>(left->size());
    if (auto grade = Assessments::latestWhoGrade(*m_session, patientId); grade.ok() && grade->has_value())
        st.whoGrade = grade->value();
    return st;
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
    case LatestGrade: return tr("Latest grade");
    case Dose: return tr("Dose (Gy)");
    case Arm: return tr("Arm");
    case OpenQueries: return tr("Queries");
    case SdvRemaining: return tr("To verify");
    default: return {};
    }
}

const Patient *PatientListModel::patientAt(int row) const
{
    return row >= 0 && row < m_patients.size() ? &withIdentity(row) : nullptr;
}

// More rows asked one at a time than a screen holds (a sort or a search by name, a column
// fitted to its contents) open every identity at once, as the timer would.
constexpr int kOpenedOneByOne = 200;

QString PatientListModel::mrnAt(int row) const
{
    if (row < 0 || row >= m_patients.size() || !m_patients.at(row).identityVisible)
        return {};
    return withIdentity(row).mrn;
}

const Patient &PatientListModel::withIdentity(int row) const
{
    if (!m_identitiesPending || m_identityOpened.testBit(row))
        return m_patients.at(row);
    if (++m_openedOneByOne > kOpenedOneByOne) {
        openIdentities();
        return m_patients.at(row);
    }
    // Not marked opened when it cannot be read (asked again, and opened with the rest).
    Patient &p = m_patients[row];
    if (auto read = Patients::get(*m_session, p.id); read.ok()) {
        p.name = read->name;
        p.mrn = read->mrn;
        p.phone = read->phone;
        m_identityOpened.setBit(row);
    }
    return p;
}

// Values already opened one at a time are read again: the same text, or a later one. If the
// identities cannot be read at once, rows go on being opened one at a time, never left blank.
void PatientListModel::openIdentities() const
{
    if (Patients::openIdentities(*m_session, m_patients).ok()) {
        m_identitiesPending = false;
        m_identityOpened.clear();
    } else {
        m_identityOpened.fill(false, m_patients.size());
        m_openedOneByOne = std::numeric_limits<int>::min();
    }
}

// Built when first asked (a commit naming a patient, a test), not at sign-in: 20 ms of the
// 150 ms the list may take at 50,000 patients (issue 14). Rows are only ever appended, so once
// built it follows them (refreshPatient).
int PatientListModel::rowOf(const QString &patientId) const
{
    if (m_rowOf.isEmpty() && !m_patients.isEmpty()) {
        m_rowOf.reserve(m_patients.size());
        for (int i = 0; i < m_patients.size(); ++i)
            m_rowOf.insert(m_patients.at(i).id, i);
    }
    return m_rowOf.value(patientId, -1);
}

// Subject IDs are ASCII (Patients::add checks them): lower-cased, as QString::compare folds
// ASCII letters, their bytes sort as the case-insensitive compare would. Anything else has no
// key and is compared as text (PatientListProxy).
QByteArray PatientListModel::subjectKey(const QString &subjectId)
{
    QByteArray key(subjectId.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < subjectId.size(); ++i) {
        const char16_t c = subjectId.at(i).unicode();
        if (c > 0x7f)
            return {};
        key[i] = static_cast<char>(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    return key;
}

QByteArrayView PatientListModel::subjectSortKey(int row) const
{
    return row >= 0 && row < m_subjectKeys.size() ? QByteArrayView(m_subjectKeys.at(row)) : QByteArrayView();
}

void PatientListModel::onCommitted(const ChangeSet &changes)
{
    if (!m_session)
        return;
    QStringList patients;
    for (const RecordChange &c : changes)
        if (!c.patientId.isEmpty() && !patients.contains(c.patientId))
            patients << c.patientId;
    for (const QString &id : std::as_const(patients))
        refreshPatient(id);
}

// A patient new to the list (added here or pulled by sync) is appended; a known one is
// re-read with its latest grade and dose.
void PatientListModel::refreshPatient(const QString &patientId)
{
    auto p = Patients::get(*m_session, patientId);
    if (!p.ok())
        return;   // e.g. a clinical record pulled before its patient: the patient's own change follows
    const int row = rowOf(patientId);
    m_states.insert(patientId, clinicalState(patientId));
    if (row < 0) {
        const int at = static_cast<int>(m_patients.size());
        beginInsertRows({}, at, at);
        m_subjectKeys.append(subjectKey(p->subjectId));
        m_patients.append(p.value());
        if (m_identitiesPending) {
            m_identityOpened.resize(at + 1);
            m_identityOpened.setBit(at);
        }
        m_rowOf.insert(patientId, at);
        endInsertRows();
        return;
    }
    m_subjectKeys[row] = subjectKey(p->subjectId);
    m_patients[row] = p.value();
    if (m_identitiesPending)
        m_identityOpened.setBit(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace muco::ui
