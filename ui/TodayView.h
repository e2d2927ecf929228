#pragma once
// The "Today" view of a clinic day (issue 12): what the protocol's schedule makes due today,
// overdue ones first and flagged. Enter (or a double click) on a row asks the main window to
// open that patient's form: the fraction entry, the grading wizard, the visit to sign, or labs.
#include "models/TodayModel.h"
#include <QWidget>

class QLabel;
class QTableView;

namespace muco::ui {

class TodayView : public QWidget {
    Q_OBJECT
public:
    explicit TodayView(QWidget *parent = nullptr);
    void setSession(Session *session);
    TodayModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Reloads (the day may have changed since) and gives the list the keyboard.
    void activate();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

signals:
    void openTask(const muco::ui::TodayModel::Task &task);

private:
    void updateTitle();
    Session *m_session = nullptr;
    TodayModel *m_model;
    QLabel *m_title;
    QTableView *m_table;
};

} // namespace muco::ui
