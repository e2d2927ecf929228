#pragma once
// Sync conflicts side by side: the same field changed here and elsewhere. A clinician
// chooses, with a reason; the choice is audited and syncs like any change.
#include <QDialog>

class QTableWidget;

namespace muco {
class Session;
}

namespace muco::ui {

class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(Session &session, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }
    void resolveSelected(bool keepDevice);

private:
    Session &m_session;
    QTableWidget *m_table;
};

} // namespace muco::ui
