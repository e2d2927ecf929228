#pragma once
// The overdue visits by the protocol's schedule (issue 17), per site (every site a monitor's
// device holds) and per patient: which visit, its window, what is missing (labs, a signed grade).
#include <QDialog>

class QLabel;
class QTableView;

namespace muco {
class Session;
}

namespace muco::ui {

class OverdueVisitsModel;

class OverdueVisitsDialog : public QDialog {
    Q_OBJECT
public:
    OverdueVisitsDialog(Session &session, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    OverdueVisitsModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }

private:
    QLabel *m_summary;
    OverdueVisitsModel *m_model;
    QTableView *m_table;
};

} // namespace muco::ui
