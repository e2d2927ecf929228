#include "PasswordDialog.h"
#include "security/Accounts.h"
#include "security/Session.h"
#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace muco::ui {

PasswordDialog::PasswordDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_old(new QLineEdit), m_new(new QLineEdit), m_repeat(new QLineEdit), m_general(new QLabel)
{
    setWindowTitle(tr("Change your password"));
    for (QLineEdit *e : {m_old, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->hide();
    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Current password:"), m_old, QStringLiteral("password"));
    m_errors.addRow(form, tr("&New password (10 characters or more):"), m_new, QStringLiteral("new-password"));
    m_errors.addRow(form, tr("&Repeat the new password:"), m_repeat, QStringLiteral("repeat"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_general);
    v->addWidget(buttons);
}

void PasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_errors.show(Error::invalid(QStringLiteral("repeat"), tr("the two new passwords differ")), m_general);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = Accounts::changeOwnPassword(m_session, m_old->text(), m_new->text());
    QApplication::restoreOverrideCursor();
    if (!s.ok()) {
        m_errors.show(s.error(), m_general);
        return;
    }
    QDialog::accept();
}

} // namespace muco::ui
