#pragma once
// Clinic visits and their grades; "Grade a visit" opens the grading wizard.
#include "WorkspaceTab.h"

class QPushButton;
class QTableWidget;

namespace muco::ui {

class GradingWizard;

class VisitsTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit VisitsTab(QWidget *parent = nullptr);
    void reload() override;
    QTableWidget *table() const { return m_table; }
    // Test seam: the wizard is opened with open(), not exec().
    GradingWizard *gradeVisit();

public slots:
    void signSelected();
    void correctSelected();

private:
    QString selectedId() const;
    QTableWidget *m_table;
    QPushButton *m_grade;
    QPushButton *m_sign;
    QPushButton *m_correct;
};

} // namespace muco::ui
