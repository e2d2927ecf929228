#pragma once
// The audit trail viewer (issue 17), read-only, for monitors and administrators: the chain's
// verification at the top (intact, or the first broken row and why), filters by patient,
// record type, field and user, a search over values and reasons, the rows that match (newest
// last), and their export to CSV for an inspector. Opened from the Administration menu, or
// from a patient's workspace already filtered to that patient.
#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace muco {
class Session;
}

namespace muco::ui {

class AuditTrailModel;

class AuditTrailDialog : public QDialog {
    Q_OBJECT
public:
    AuditTrailDialog(Session &session, QWidget *parent = nullptr, const QString &patientId = {});

    // Test seams.
    QLabel *verification() const { return m_verification; }
    QComboBox *patientFilter() const { return m_patient; }
    QComboBox *tableFilter() const { return m_table; }
    QComboBox *fieldFilter() const { return m_field; }
    QComboBox *userFilter() const { return m_user; }
    QLineEdit *search() const { return m_search; }
    QTableView *view() const { return m_view; }
    AuditTrailModel *model() const { return m_model; }
    QPushButton *exportButton() const { return m_export; }
    // Writes the rows shown to `path`; false (with a message box) when it could not.
    bool exportCsv(const QString &path);
    // The file dialog's answer in tests.
    static void setExportPathForTests(std::function<QString()> path);

public slots:
    void refresh();

private:
    void verify();
    void fillFields();
    Session &m_session;
    QLabel *m_verification;
    QComboBox *m_patient, *m_table, *m_field, *m_user;
    QLineEdit *m_search;
    QTableView *m_view;
    AuditTrailModel *m_model;
    QLabel *m_count;
    QPushButton *m_export;
};

} // namespace muco::ui
