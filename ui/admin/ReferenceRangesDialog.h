#pragma once
// The site's laboratory reference ranges (LLN and ULN in SI units), kept per site and
// edited by the administrator; the ULN feeds the eligibility criteria.
#include <QDialog>

class QLabel;
class QTableWidget;

namespace muco {
class Session;
}

namespace muco::ui {

class ReferenceRangesDialog : public QDialog {
    Q_OBJECT
public:
    ReferenceRangesDialog(Session &session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void accept() override;

private:
    Session &m_session;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace muco::ui
