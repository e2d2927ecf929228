#pragma once
// The site's laboratory reference ranges (LLN and ULN in SI units), kept per site and
// edited by the administrator; the ULN feeds the eligibility criteria.
#include <QDialog>

class QLabel;
class QTableView;

namespace muco {
class Session;
}

namespace muco::ui {

class ReferenceRangeModel;

class ReferenceRangesDialog : public QDialog {
    Q_OBJECT
public:
    ReferenceRangesDialog(Session &session, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    ReferenceRangeModel *model() const { return m_model; }
    void accept() override;

private:
    Session &m_session;
    ReferenceRangeModel *m_model;
    QTableView *m_table;
    QLabel *m_error;
};

} // namespace muco::ui
