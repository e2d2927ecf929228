#include "admin/AccountsDialog.h"
#include "models/AccountListModel.h"
#include "CodeLabels.h"
#include "SignatureDialog.h"
#include "sync/SyncEngine.h"
#include "security/Accounts.h"
#include "security/Session.h"
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

AccountsDialog::AccountsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new AccountListModel(this)), m_table(new QTableView), m_user(new QLineEdit), m_name(new QLineEdit),
      m_role(new QComboBox), m_password(new QLineEdit), m_general(new QLabel), m_newRole(new QComboBox)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // No role is assumed for a new account: a wrong default (it was Investigator) gives a
    // nurse or a monitor the right to sign grades. The administrator must choose.
    m_role->setObjectName(QStringLiteral("roleField"));
    m_role->addItem(tr("Choose a role..."), QString());
    m_newRole->setObjectName(QStringLiteral("newRoleField"));
    for (Role r : {Role::Investigator, Role::Nurse, Role::Coordinator, Role::Monitor, Role::Administrator}) {
        m_role->addItem(roleLabel(r), roleId(r));
        m_newRole->addItem(roleLabel(r), roleId(r));
    }
    m_user->setObjectName(QStringLiteral("userNameField"));
    m_name->setObjectName(QStringLiteral("fullNameField"));
    m_password->setObjectName(QStringLiteral("initialPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);   // a deactivation explains what follows (the key replaced) in a few lines
    m_general->hide();

    auto *group = new QGroupBox(tr("Add an account"));
    auto *form = new QFormLayout(group);
    m_errors.addRow(form, tr("&User name:"), m_user, QStringLiteral("name"));
    form->addRow(tr("&Full name:"), m_name);
    m_errors.addRow(form, tr("&Role:"), m_role, QStringLiteral("role"));
    m_errors.addRow(form, tr("Initial &password:"), m_password, QStringLiteral("new-password"));
    auto *addButton = new QPushButton(tr("&Add account"));
    form->addRow(addButton);
    form->addRow(m_general);
    connect(addButton, &QPushButton::clicked, this, &AccountsDialog::add);
    group->setEnabled(session.can(Permission::ManageUsers));

    const bool admin = session.can(Permission::ManageUsers);
    auto *reset = new QPushButton(tr("Reset pass&word..."));
    reset->setEnabled(admin);
    connect(reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    auto *changeRole = new QPushButton(tr("Change r&ole"));
    changeRole->setObjectName(QStringLiteral("changeRole"));
    changeRole->setEnabled(admin);
    m_newRole->setEnabled(admin);
    connect(changeRole, &QPushButton::clicked, this, &AccountsDialog::changeRole);
    auto *deactivate = new QPushButton(tr("&Deactivate..."));
    deactivate->setObjectName(QStringLiteral("deactivateAccount"));
    deactivate->setToolTip(tr("Staff who leave: the account is kept, with everything it did, but can no longer sign in"));
    deactivate->setEnabled(admin);
    connect(deactivate, &QPushButton::clicked, this, &AccountsDialog::deactivate);
    auto *selected = new QHBoxLayout;
    selected->addWidget(new QLabel(tr("Selected account:")));
    selected->addWidget(reset);
    selected->addWidget(m_newRole);
    selected->addWidget(changeRole);
    selected->addWidget(deactivate);
    selected->addStretch();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_newRole->setCurrentIndex(m_newRole->findData(current.data(AccountListModel::RoleIdRole)));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_table);
    v->addLayout(selected);
    v->addWidget(group);
    v->addWidget(buttons);
    // Keyboard order follows the screen: the list and what acts on the selected account, then the
    // new account's fields in order (the buttons were made first and came first).
    QWidget::setTabOrder(m_table, reset);
    QWidget::setTabOrder(reset, m_newRole);
    QWidget::setTabOrder(m_newRole, changeRole);
    QWidget::setTabOrder(changeRole, deactivate);
    QWidget::setTabOrder(deactivate, m_user);
    QWidget::setTabOrder(m_user, m_name);
    QWidget::setTabOrder(m_name, m_role);
    QWidget::setTabOrder(m_role, m_password);
    QWidget::setTabOrder(m_password, addButton);
    resize(640, 520);
    reload();
}

void AccountsDialog::reload()
{
    (void)m_model->load(m_session);   // a list that cannot be read is shown empty
    m_table->resizeColumnsToContents();   // whole names and roles (the default 100 px cut them)
}

void AccountsDialog::resetPassword()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                   tr("New password for %1 (10 characters or more; tell it to them in person):").arg(user),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = Accounts::resetPassword(m_session, user, password);
    QApplication::restoreOverrideCursor();
    m_general->setText(s.ok() ? tr("The password of %1 was reset.").arg(user) : errorText(s.error()));
    m_general->setStyleSheet(s.ok() ? QString() : QStringLiteral("color: #b00020;"));
    m_general->show();
}

void AccountsDialog::report(const Status &s, const QString &done)
{
    m_general->setText(s.ok() ? done : errorText(s.error()));
    m_general->setStyleSheet(s.ok() ? QString() : QStringLiteral("color: #b00020;"));
    m_general->show();
    if (s.ok())
        reload();
}

QString AccountsDialog::selectedUser() const
{
    const Account *a = m_model->accountAt(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
    return a ? a->username : QString();
}

void AccountsDialog::changeRole()
{
    const QString user = selectedUser();
    auto role = parseRole(m_newRole->currentData().toString());
    if (user.isEmpty() || !role.ok())
        return;
    const QString reason = askReason(this, tr("Role of %1: %2").arg(user, roleLabel(role.value())));
    if (reason.isEmpty())
        return;
    report(Accounts::setRole(m_session, user, role.value(), reason), tr("%1 is now: %2.").arg(user, roleLabel(role.value())));
}

void AccountsDialog::deactivate()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    const QString reason = askReason(this, tr("Deactivate the account %1 (it is kept, but can no longer sign in)").arg(user));
    if (reason.isEmpty())
        return;
    const auto enrolled = SyncEngine::enrolled(m_session);
    report(Accounts::deactivate(m_session, user, reason),
           enrolled.ok() && enrolled.value()
               ? tr("The account %1 was deactivated. This device's sync token is replaced at its next sync.").arg(user)
               : tr("The account %1 was deactivated.").arg(user));
}

void AccountsDialog::add()
{
    auto role = parseRole(m_role->currentData().toString());
    if (!role.ok()) {
        m_errors.show(Error::invalid(QStringLiteral("role"), tr("choose the new account's role")), m_general);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = Accounts::add(m_session, m_user->text(), m_name->text(), role.value(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!added.ok()) {
        m_errors.show(added.error(), m_general);
        return;
    }
    m_errors.clear();
    m_general->hide();
    m_user->clear();
    m_name->clear();
    m_password->clear();
    m_role->setCurrentIndex(0);
    reload();
}

} // namespace muco::ui
