#pragma once
// Sync conflicts side by side: the same field changed here and elsewhere. A clinician
// chooses, with a reason; the choice is audited and syncs like any change.
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace muco {
class Session;
}

namespace muco::ui {

class ConflictListModel;

class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(Session &session, QWidget *parent = nullptr);
    void reload();
    QTableView *table() const { return m_table; }
    ConflictListModel *model() const { return m_model; }
    void resolveSelected(bool keepDevice);
    QString noteText() const;   // what the dialog says above the list: the conflicts, none, or why unread

private:
    Session &m_session;
    ConflictListModel *m_model;
    QTableView *m_table;
    QLabel *m_note;
    QPushButton *m_keep;
    QPushButton *m_take;
};

} // namespace muco::ui
