#pragma once
// The spray diary: one row per day of radiotherapy, a check per dose after each meal.
#include "workspace/WorkspaceTab.h"

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace muco::ui {

class StudyDrugTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit StudyDrugTab(QWidget *parent = nullptr);
    void reload() override;
    QTableWidget *diary() const { return m_table; }
    QLabel *adherenceLabel() const { return m_adherence; }

private:
    void onChanged(QTableWidgetItem *item);
    QTableWidget *m_table;
    QLabel *m_adherence;
    bool m_loading = false;
};

} // namespace muco::ui
