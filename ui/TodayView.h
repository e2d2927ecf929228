#pragma once
// The "Today" view of a clinic day (issue 12): what the protocol's schedule makes due today,
// overdue ones first and flagged. Choosing a row (a click, the arrows) shows its patient in the
// workspace beside it; Enter (or a double click) also opens that patient's form: the fraction
// entry, the grading wizard, the visit to sign, or labs.
#include "models/TodayModel.h"
#include <QWidget>

class QLabel;
class QTimer;
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
    // The patient open beside the day: their task is the row highlighted, or none is. A row of
    // another patient highlighted beside the workspace read as the patient open (a walkthrough:
    // DEMO-0006 highlighted after DEMO-0001's fraction was delivered, DEMO-0002 after Cancel).
    void followPatient(const QString &patientId);
    // At the site's midnight (a timer set for it, or a test): a new day's list if the day turned.
    // Left open overnight, the list had kept "Today, 2026-12-01" past midnight (a walkthrough).
    void dayMayHaveTurned();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

signals:
    void openTask(const muco::ui::TodayModel::Task &task);
    // A row of another patient than the one open was chosen by the user (not by the list
    // following the workspace): the workspace shows that patient, or, when it keeps unsaved
    // work, the highlight goes back (followPatient). A row of patient B highlighted beside
    // patient A's open forms was a wrong-patient risk (a walkthrough).
    void patientChosen(const QString &patientId);

private:
    void updateTitle();
    void selectOpenPatient();
    void scheduleMidnight();
    void setCurrentRow(int row);   // the list's own choice: no patientChosen
    Session *m_session = nullptr;
    bool m_choosing = false;   // setCurrentRow at work
    bool m_byUser = false;     // a click or a key of the user's being delivered to the list
    QString m_open;   // the patient open in the workspace, if any
    std::pair<TodayModel::Kind, QString> m_openTask;   // their task last highlighted (kind, what)
    TodayModel *m_model;
    QLabel *m_title;
    QTableView *m_table;
    QTimer *m_midnight;
};

} // namespace muco::ui
