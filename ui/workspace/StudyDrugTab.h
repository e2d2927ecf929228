#pragma once
// The spray diary: one row per day of radiotherapy, a check per dose after each meal; a dose
// missed is recorded as not taken (N, or the button), so that a blank means not documented yet;
// a dose recorded in error is cleared (Delete, with a reason) back to blank.
#include "workspace/WorkspaceTab.h"

class QAction;
class QLabel;
class QPushButton;
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
    QAction *notTakenAction() const { return m_notTaken; }
    QAction *clearAction() const { return m_clear; }
    QPushButton *clearButton() const { return m_clearButton; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scrollToEnd();
    void onToggled(const QDate &date, const QString &slot, bool taken);
    void updateActions();
    void clearSelected();
    DrugDiaryModel *m_model;
    QTableView *m_table;
    QLabel *m_adherence;
    QAction *m_notTaken;
    QAction *m_clear;
    QPushButton *m_notTakenButton;
    // Beside it: a walkthrough found no way back from a dose ticked by mistake but "not taken",
    // the clearing being on the context menu and the Delete key only.
    QPushButton *m_clearButton;
    QString m_shownFor;   // the patient whose diary the table shows
    bool m_scrollToEnd = false;   // a patient's diary opens on its latest day, once shown
};

} // namespace muco::ui
