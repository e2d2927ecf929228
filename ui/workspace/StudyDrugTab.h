#pragma once
// The spray diary: one row per day of radiotherapy, a check per dose after each meal.
#include "workspace/WorkspaceTab.h"

class QLabel;
class QTableView;
class QDate;

namespace muco::ui {

class DrugDiaryModel;

class StudyDrugTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit StudyDrugTab(QWidget *parent = nullptr);
    void reload() override;
    QTableView *diary() const { return m_table; }
    DrugDiaryModel *diaryModel() const { return m_model; }
    QLabel *adherenceLabel() const { return m_adherence; }

private:
    void onToggled(const QDate &date, const QString &slot, bool taken);
    DrugDiaryModel *m_model;
    QTableView *m_table;
    QLabel *m_adherence;
};

} // namespace muco::ui
