#pragma once
// Clinic visits and their grades; "Grade a visit" opens the grading wizard.
#include "workspace/WorkspaceTab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace muco::ui {

class GradingWizard;
class VisitListModel;

class VisitsTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit VisitsTab(QWidget *parent = nullptr);
    void reload() override;
    QTableView *table() const { return m_table; }
    VisitListModel *model() const { return m_model; }
    // The patient's visit schedule in a line: overdue, due now, next (records/Schedule).
    QLabel *scheduleLine() const { return m_schedule; }
    // Test seam: the wizard is opened with open(), not exec().
    GradingWizard *gradeVisit();
    // Selects the first visit not signed yet, the keyboard on the list (Alt+I signs it).
    void selectFirstDraft();

public slots:
    void signSelected();
    void correctSelected();

private:
    QString selectedId() const;
    void showSchedule();
    VisitListModel *m_model;
    QTableView *m_table;
    QPushButton *m_grade;
    QPushButton *m_sign;
    QPushButton *m_correct;
    QLabel *m_schedule;
};

} // namespace muco::ui
