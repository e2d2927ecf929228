#pragma once
// The monitor mode of the desktop (issue 17): for a monitor (a trial-wide monitor device, or a
// monitor's account at a site), a tab beside the patient list (in place of Today on the device), with the
// sites (patients, open queries and the oldest one's age, records not verified, overdue visits
// and missing grades) and, for the site selected (or every site), the monitoring lists: the
// patients by subject ID with their counts, open queries by age, SDV remaining and overdue
// visits. Read-only: Enter on a row opens that patient's workspace, where queries are raised
// and records marked verified; clinical editing is not offered there (Session::can narrows on a
// monitor device) and is refused by core anyway.
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace muco {
class Session;
}

namespace muco::ui {

class ColumnsToWidth;
class EmptyListHint;
class MonitorListModel;
class OverdueVisitsModel;

class MonitorView : public QWidget {
    Q_OBJECT
public:
    enum List { PatientsList, QueriesList, SdvList, OverdueList };

    explicit MonitorView(QWidget *parent = nullptr);
    void setSession(Session *session);
    // Reads the lists again through core (after a sync or a step taken in a workspace).
    void reload();

    QTableView *sites() const { return m_sitesTable; }
    QTabWidget *lists() const { return m_lists; }
    QTableView *list(List which) const { return m_tables.value(which); }
    QLabel *summary() const { return m_summary; }
    // Shows one site's rows in every list; empty: every site.
    void showSite(const QString &site);
    QString shownSite() const { return m_site; }

signals:
    // A row opened (Enter, double-click): its patient, and what the row names there, the
    // query or the record to verify (`table` empty for a query), on the list it is on.
    void openPatient(const QString &patientId, MonitorView::List list, const QString &table, const QString &id);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addList(QAbstractItemModel *model, const QString &objectName);
    void retranslate();
    void scheduleReload();
    // The sites' table as tall as its rows, in the panel's width: beside a patient's workspace
    // the panel is narrow, and the oldest query's age (in the open queries' tooltip too) gives way.
    void fitSites();
    // The lists' titles on one line where the four fit, else each on two (its name over its
    // count): beside a patient they were cut to "Pat...20)" and "To v...412)" (a walkthrough).
    void fitListTitles();
    Session *m_session = nullptr;
    QString m_site;
    bool m_stale = true;
    QLabel *m_summary;
    MonitorListModel *m_sitesModel;
    QTableView *m_sitesTable;
    ColumnsToWidth *m_sitesColumns;
    QTabWidget *m_lists;
    QList<MonitorListModel *> m_models;
    OverdueVisitsModel *m_overdue;
    QList<QSortFilterProxyModel *> m_proxies;
    QList<QTableView *> m_tables;
    QList<EmptyListHint *> m_hints;   // the sites', then each list's
    QLabel *m_hint;
    QPushButton *m_everySite;
    QPushButton *m_refresh;
    QTimer *m_reloadTimer;
};

} // namespace muco::ui
