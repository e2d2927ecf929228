#pragma once
// The patient's data queries (issue 17): every thread with its record and field by label, the
// value when raised and now, state and age; the selected thread in full; and the steps the
// signed-in role may take (the monitor raises, closes, re-opens; site staff answer, and
// may correct the value in the same step). Each step opens a QueryDialog (open(), not exec():
// tests fill it) and is signed there.
#include "workspace/WorkspaceTab.h"

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace muco::ui {

class QueryDialog;
class QueryListModel;

class QueriesTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit QueriesTab(QWidget *parent = nullptr);
    void reload() override;
    QTableView *table() const { return m_table; }
    QueryListModel *model() const { return m_model; }
    QTextBrowser *thread() const { return m_thread; }
    QLabel *summary() const { return m_summary; }
    QPushButton *raiseButton() const { return m_raise; }
    QPushButton *answerButton() const { return m_answer; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *reopenButton() const { return m_reopen; }

    // Each returns the dialog it opened (nullptr when the session may not take the step).
    // raiseQuery's arguments preselect a record and field (from the SDV tab, a form's marker).
    QueryDialog *raiseQuery(const QString &table = {}, const QString &recordId = {}, const QString &field = {});
    QueryDialog *answerSelected();
    QueryDialog *closeSelected();
    QueryDialog *reopenSelected();
    // Selects the query's row (e.g. from a field's marker).
    void selectQuery(const QString &queryId);

signals:
    // The number of this patient's queries not closed, for the tab's title.
    void openCountChanged(int count);

private:
    void showSelected();
    QueryDialog *openStep(int step);
    QLabel *m_summary;
    QTableView *m_table;
    QueryListModel *m_model;
    QTextBrowser *m_thread;
    QPushButton *m_raise, *m_answer, *m_close, *m_reopen;
};

} // namespace muco::ui
