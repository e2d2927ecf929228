#pragma once
// The clinic day (issue 12, "Today"): one row per thing due today by the protocol's visit
// schedule (records/Schedule): a fraction for a patient on treatment on a treatment day, a
// graded visit or labs whose window holds today, and the overdue ones (flagged, listed first).
// Reloaded from what each transaction committed, so a fraction recorded or a grade signed
// leaves the list at once.
#include "records/Schedule.h"
#include "storage/ChangeNotifier.h"
#include <QAbstractTableModel>

namespace muco {
class Session;
}

namespace muco::ui {

class TodayModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SubjectId, Name, What, Window, State, ColumnCount };
    enum Roles { PatientIdRole = Qt::UserRole + 1, KindRole, OverdueRole };
    enum class Kind { Fraction, Grade, SignGrade, Labs };

    struct Task {
        QString patientId;
        QString subjectId;
        QString name;          // empty when the session may not see identity
        Kind kind = Kind::Fraction;
        QString what;          // "Fraction 3 of 35", "Weekly grading during radiotherapy (week 2)"
        QDate windowStart;     // the visit's window; today for a fraction
        QDate windowEnd;
        bool overdue = false;
    };

    explicit TodayModel(QObject *parent = nullptr);
    void setSession(Session *session);   // nullptr empties it (locked); otherwise loads when live
    void reload();                       // at the site's today
    // Live while shown: a committed change reloads at once; otherwise the list is marked stale
    // and reloads when it is shown again (a whole site's schedule is not read per keystroke).
    void setLive(bool live);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const Task *taskAt(int row) const;
    QDate day() const { return m_day; }
    QString loadError() const { return m_error; }

    // The tasks of one day from the patients' schedules: pure, for the model and its tests.
    static QList<Task> tasksFrom(const QList<PatientSchedule> &schedules);

private:
    void onCommitted(const muco::ChangeSet &changes);
    Session *m_session = nullptr;
    QList<Task> m_tasks;
    QDate m_day;
    QString m_error;
    bool m_live = false;
    bool m_stale = true;
};

} // namespace muco::ui
