#pragma once
// The site's accounts: adding one (its role chosen, never assumed), changing a role,
// deactivating (never deleting), resetting a password. Administrators only, enforced in core.
#include "FieldErrors.h"
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace muco {
class Session;
}

namespace muco::ui {

class AccountListModel;

class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void resetPassword();
    void changeRole();
    void deactivate();
    QString selectedUser() const;
    void report(const Status &s, const QString &done);
    Session &m_session;
    AccountListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_user;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLabel *m_general;
    QComboBox *m_newRole;
    FieldErrors m_errors;
};

} // namespace muco::ui
