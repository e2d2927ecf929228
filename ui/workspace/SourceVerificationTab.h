#pragma once
// Source data verification of the patient's records (issue 17): each record, whether the
// protocol makes it critical, and whether it is verified as it stands, changed since (the
// mark reset) or not verified; how many critical records remain. The monitor marks the
// selected record verified (an electronic signature) or raises a query on it.
#include "workspace/WorkspaceTab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace muco::ui {

class SdvListModel;

class SourceVerificationTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit SourceVerificationTab(QWidget *parent = nullptr);
    void reload() override;
    QTableView *table() const { return m_table; }
    SdvListModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QPushButton *markButton() const { return m_mark; }
    QPushButton *queryButton() const { return m_query; }
    void selectRecord(const QString &table, const QString &recordId);

public slots:
    // Marks the selected record verified, after the signature; false when nothing was marked.
    bool markSelected();

signals:
    void remainingChanged(int toVerify);   // critical and sampled records not verified as they stand
    void raiseQueryOn(const QString &table, const QString &recordId);

private:
    void showSelected();
    QLabel *m_summary;
    QTableView *m_table;
    SdvListModel *m_model;
    QPushButton *m_mark;
    QPushButton *m_query;
};

} // namespace muco::ui
