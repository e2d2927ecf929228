#pragma once
// The patient list: one row per patient, updated from ChangeNotifier (not by polling),
// so a patient added anywhere in the app appears at once.
#include "records/Patients.h"
#include <QAbstractTableModel>
#include <QHash>

namespace muco {
class Session;
}

namespace muco::ui {

class PatientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SubjectId, Name, Age, Sex, Status, LatestGrade, Dose, ColumnCount };
    enum Roles { PatientIdRole = Qt::UserRole + 1 };

    explicit PatientListModel(QObject *parent = nullptr);
    void setSession(Session *session);   // nullptr clears the list (locked)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const Patient *patientAt(int row) const;
    int rowOf(const QString &patientId) const;

private slots:
    void onCreated(const QString &table, const QString &id);
    void onChanged(const QString &table, const QString &id);

private:
    struct ClinicalState {
        int whoGrade = -1;   // latest visit's WHO grade; -1 when not graded yet
        double doseGy = 0;
    };
    ClinicalState clinicalState(const QString &patientId) const;
    void loadClinicalStates();
    Session *m_session = nullptr;
    QList<Patient> m_patients;
    QHash<QString, ClinicalState> m_states;
};

QString statusLabel(const QString &status);

} // namespace muco::ui
