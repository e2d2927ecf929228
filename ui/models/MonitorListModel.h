#pragma once
// One of the monitoring lists of MonitorView (issue 17), from core's MonitoringOverview: the
// sites and their counts, each site's patients (subject IDs only) with theirs, the open queries
// with their age, and the records not verified as they stand. (The overdue visits are
// OverdueVisitsModel's, as in Administration > Overdue visits.) Every row starts with its site,
// so one filter on the first column shows one site's rows.
#include "records/MonitoringOverview.h"
#include <QAbstractTableModel>
#include <QHash>
#include <functional>

namespace muco::ui {

class MonitorListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Sites, Patients, OpenQueries, SdvRemaining };
    // The same role as OverdueVisitsModel's, so the view opens a patient from any list alike.
    enum Roles { PatientIdRole = Qt::UserRole,
                 ItemTableRole,   // the record a row names: a query's (empty table, its id), a record to verify's
                 ItemIdRole };
    static constexpr int kSiteColumn = 0;
    enum SiteColumn { SitePatients = 1, SiteOpenQueries, SiteOldestQuery, SiteSdvRemaining, SiteOverdue, SiteMissingGrades, SiteColumns };
    enum PatientColumn { PatientSubject = 1, PatientStatus, PatientOpenQueries, PatientSdvRemaining, PatientOverdue, PatientMissingGrades,
                         PatientColumns };
    enum QueryColumn { QuerySubject = 1, QueryRecord, QueryField, QueryState, QueryAge, QueryColumns };
    enum SdvColumn { SdvSubject = 1, SdvRecord, SdvState, SdvWhy, SdvColumns };

    explicit MonitorListModel(Kind kind, QObject *parent = nullptr);
    Kind kind() const { return m_kind; }
    void setOverview(const MonitoringOverview &overview);
    // What tells a record from its siblings ("Lab result · WBC · 2026-10-28"; a walkthrough found
    // a patient's seven fractions to verify as seven identical rows): asked for the rows shown
    // only, a site's list holding thousands, and kept until the next overview. Without it, or
    // when it has nothing, the record's table.
    using Describe = std::function<QString(const QString &table, const QString &id)>;
    void setDescribe(Describe describe) { m_describe = std::move(describe); }
    void forgetDescriptions();   // the language changed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QString patientIdAt(int row) const;
    QString described(const QString &table, const QString &id) const;
    Kind m_kind;
    MonitoringOverview m_overview;
    Describe m_describe;
    mutable QHash<QString, QString> m_described;   // table + id -> its line
};

} // namespace muco::ui
