#pragma once
// The patient list: one row per patient, updated from what each transaction committed
// (ChangeNotifier, not polling), so a patient added anywhere in the app, or pulled by sync,
// appears at once, and a grade or a fraction shows in the list as soon as it is saved.
#include "clinical/Decimal.h"
#include "records/Patients.h"
#include "storage/ChangeNotifier.h"
#include <QAbstractTableModel>
#include <QBitArray>
#include <QTimer>
#include <QHash>
#include <optional>

namespace muco {
class Session;
}

namespace muco::ui {

class PatientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Open queries beside the subject: the list pane is narrow and its last columns scroll out of sight.
    // SdvRemaining: the critical records not verified as they stand (shown to monitors only).
    enum Column { SubjectId, OpenQueries, SdvRemaining, Name, Age, Sex, Status, LatestGrade, Dose, Arm, ColumnCount };
    enum Roles { PatientIdRole = Qt::UserRole + 1 };

    explicit PatientListModel(QObject *parent = nullptr);
    void setSession(Session *session);   // nullptr clears the list (locked)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const Patient *patientAt(int row) const;
    // The row's medical record number, for the search box (no column shows it): empty for a
    // session that may not see identities.
    QString mrnAt(int row) const;
    // True from sign-in until every name has been opened (the timer after the first paint, or a
    // sort or search by name); rows asked for meanwhile are opened one at a time.
    bool identitiesPending() const { return m_identitiesPending; }
    // True from sign-in until every patient is listed: the first screen's rows (by subject ID,
    // the list's first order) are read at sign-in, the rest by a timer after the first paint.
    bool restPending() const { return m_restTimer.isActive(); }
    // How many rows sign-in reads before the first paint (tests set fewer).
    void setFirstRows(int rows) { m_firstRows = rows; }
    // Every patient listed now, not after the paint: for a patient asked for by id (rowOf -1).
    void listAll();
    int rowOf(const QString &patientId) const;
    // The row's subject ID lower-cased as bytes, for sorting; null when it is not ASCII.
    QByteArrayView subjectSortKey(int row) const;

private slots:
    void onCommitted(const muco::ChangeSet &changes);

private:
    struct ClinicalState {
        int whoGrade = -1;   // latest visit's WHO grade; -1 when not graded yet
        std::optional<Decimal> doseGy;   // delivered so far, exact (Radiotherapy::cumulativeDose)
        QString arm;                     // experimental | control once randomized (issue 15)
        int openQueries = 0;             // data queries not closed (issue 17)
        int sdvRemaining = 0;            // critical records not verified as they stand (issue 17)
    };
    ClinicalState clinicalState(const QString &patientId) const;
    const Patient &withIdentity(int row) const;
    void openIdentities() const;
    void loadRest();
    void startOpeningIdentities();
    void loadClinicalStates();
    void refreshPatient(const QString &patientId);
    static QByteArray subjectKey(const QString &subjectId);
    Session *m_session = nullptr;
    // Names, MRNs and phones are decrypted after the list is painted and whole (openIdentities,
    // after loadRest: 50,000 names are half the list's time, issue 14), and before then one row at a
    // time as a row is shown or selected (withIdentity): a cache filled from const reads.
    mutable QList<Patient> m_patients;
    mutable bool m_identitiesPending = false;
    mutable QBitArray m_identityOpened;   // the rows opened one at a time while pending
    mutable int m_openedOneByOne = 0;
    QTimer m_openTimer;                   // openIdentities once every patient is listed
    QTimer m_restTimer;                   // loadRest once the first rows are on screen
    int m_firstRows = 200;                // more than a screen holds, and column fitting reads
    QList<QByteArray> m_subjectKeys;      // beside m_patients: subjectSortKey
    mutable QHash<QString, int> m_rowOf;   // patient id -> row, built by the first rowOf
    QHash<QString, ClinicalState> m_states;
};

} // namespace muco::ui
