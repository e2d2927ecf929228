#pragma once
// The trial's screening log: every screening of the site with its outcome and the
// criteria that failed or were missing.
#include <QDialog>

class QTableWidget;

namespace muco {
class Session;
}

namespace muco::ui {

class ScreeningLogDialog : public QDialog {
    Q_OBJECT
public:
    ScreeningLogDialog(Session &session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace muco::ui
