#pragma once
// The trial's screening log: every screening of the site with its outcome and the
// criteria that failed or were missing.
#include <QDialog>

class QTableView;

namespace muco {
class Session;
}

namespace muco::ui {

class ScreeningLogModel;

class ScreeningLogDialog : public QDialog {
    Q_OBJECT
public:
    ScreeningLogDialog(Session &session, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    ScreeningLogModel *model() const { return m_model; }

private:
    ScreeningLogModel *m_model;
    QTableView *m_table;
};

} // namespace muco::ui
