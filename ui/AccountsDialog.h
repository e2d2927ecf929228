#pragma once
// The site's accounts, and adding one (administrators only; enforced in core).
#include "FieldErrors.h"
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace muco {
class Session;
}

namespace muco::ui {

class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void resetPassword();
    Session &m_session;
    QTableWidget *m_table;
    QLineEdit *m_user;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLabel *m_general;
    FieldErrors m_errors;
};

} // namespace muco::ui
