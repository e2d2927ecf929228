#include "SiteSettingsDialog.h"
#include "security/Session.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace muco::ui {

SiteSettingsDialog::SiteSettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_autoLock(new QSpinBox), m_labWindow(new QSpinBox), m_error(new QLabel)
{
    setWindowTitle(tr("Site settings"));
    m_autoLock->setRange(1, 120);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(session.setting(QStringLiteral("auto_lock_minutes"), QStringLiteral("5")).toInt());
    m_labWindow->setRange(1, 90);
    m_labWindow->setSuffix(tr(" days"));
    m_labWindow->setValue(session.setting(QStringLiteral("lab_window_days"), QStringLiteral("14")).toInt());
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Lock after inactivity:"), m_autoLock);
    form->addRow(tr("Labs used for &screening are at most:"), m_labWindow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(buttons);
    const bool editable = session.can(Permission::ManageSettings);
    m_autoLock->setEnabled(editable);
    m_labWindow->setEnabled(editable);
    buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
}

void SiteSettingsDialog::accept()
{
    for (const auto &[key, value] : {std::pair{QStringLiteral("auto_lock_minutes"), m_autoLock->value()},
                                     std::pair{QStringLiteral("lab_window_days"), m_labWindow->value()}}) {
        const Status s = m_session.setSetting(key, QString::number(value));
        if (!s.ok()) {
            m_error->setText(s.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace muco::ui
