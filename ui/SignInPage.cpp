#include "SignInPage.h"
#include "CodeLabels.h"
#include "AppController.h"
#include "records/DemoSite.h"
#include <QApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace muco::ui {

SignInPage::SignInPage(AppController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_title(new QLabel), m_site(new QLabel), m_user(new QLineEdit),
      m_password(new QLineEdit), m_button(new QPushButton(tr("Sign in"))), m_error(new QLabel)
{
    setObjectName(QStringLiteral("signInPage"));
    m_user->setObjectName(QStringLiteral("userField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_button->setObjectName(QStringLiteral("signInButton"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_button->setDefault(true);
    m_button->setMinimumHeight(36);
    m_user->setMinimumHeight(32);
    m_password->setMinimumHeight(32);

    auto *card = new QWidget;
    card->setFixedWidth(440);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *v = new QVBoxLayout(card);
    v->addWidget(m_title);
    v->addWidget(m_site);
    v->addSpacing(12);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(m_button);
    if (controller.isDemo()) {
        auto *hint = new QLabel(tr("DEMO site: sign in as doctor, nurse, coord, monitor or admin; "
                                   "the password is \"%1\".").arg(DemoSite::password()));
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400; padding: 8px; border-radius: 4px;"));
        v->addWidget(hint);
    }
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch();

    connect(m_button, &QPushButton::clicked, this, &SignInPage::attempt);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::attempt);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    prepare(false);
}

void SignInPage::prepare(bool locked)
{
    m_title->setText(locked ? tr("MucoTrack is locked") : tr("Sign in to MucoTrack"));
    m_site->setText(tr("Site database: %1").arg(QFileInfo(m_controller.databasePath()).fileName()));
    m_password->clear();
    m_error->clear();
    m_error->hide();
    if (m_user->text().isEmpty())
        m_user->setText(m_controller.lastUser());
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void SignInPage::forgetUser()
{
    m_user->clear();
    m_user->setFocus();
}

void SignInPage::attempt()
{
    if (m_user->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_user->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_button->setEnabled(false);
    const Status s = m_controller.signIn(m_user->text(), m_password->text());
    m_button->setEnabled(true);
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!s.ok()) {
        m_error->setText(errorText(s.error()));
        m_error->show();
        m_password->setFocus();
    }
}

} // namespace muco::ui
