#include "AccountsDialog.h"
#include "CodeLabels.h"
#include "security/Accounts.h"
#include "security/Session.h"
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muco::ui {

AccountsDialog::AccountsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, 3)), m_user(new QLineEdit), m_name(new QLineEdit),
      m_role(new QComboBox), m_password(new QLineEdit), m_general(new QLabel)
{
    setWindowTitle(tr("Accounts"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (Role r : {Role::Investigator, Role::Nurse, Role::Coordinator, Role::Monitor, Role::Administrator})
        m_role->addItem(roleLabel(r), roleId(r));
    m_password->setEchoMode(QLineEdit::Password);
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->hide();

    auto *group = new QGroupBox(tr("Add an account"));
    auto *form = new QFormLayout(group);
    m_errors.addRow(form, tr("&User name:"), m_user, QStringLiteral("name"));
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    m_errors.addRow(form, tr("Initial &password:"), m_password, QStringLiteral("new-password"));
    auto *addButton = new QPushButton(tr("&Add account"));
    form->addRow(addButton);
    form->addRow(m_general);
    connect(addButton, &QPushButton::clicked, this, &AccountsDialog::add);
    group->setEnabled(session.can(Permission::ManageUsers));

    auto *reset = new QPushButton(tr("&Reset the selected account's password..."));
    reset->setEnabled(session.can(Permission::ManageUsers));
    connect(reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_table);
    v->addWidget(reset);
    v->addWidget(group);
    v->addWidget(buttons);
    resize(520, 480);
    reload();
}

void AccountsDialog::reload()
{
    auto accounts = Accounts::list(m_session);
    m_table->setRowCount(0);
    if (!accounts.ok())
        return;
    for (const Account &a : accounts.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(a.username));
        m_table->setItem(row, 1, new QTableWidgetItem(a.displayName));
        m_table->setItem(row, 2, new QTableWidgetItem(roleLabel(a.role)));
    }
}

void AccountsDialog::resetPassword()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString user = m_table->item(row, 0)->text();
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

void AccountsDialog::add()
{
    auto role = parseRole(m_role->currentData().toString());
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
    reload();
}

} // namespace muco::ui
