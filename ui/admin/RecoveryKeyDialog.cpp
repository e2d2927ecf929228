#include "admin/RecoveryKeyDialog.h"
#include "CodeLabels.h"
#include "security/Kdf.h"
#include "security/SiteVault.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace muco::ui {

RecoveryKeyDialog::RecoveryKeyDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_pages(new QStackedWidget), m_replace(new QPushButton(tr("&Replace the recovery key"))),
      m_error(new QLabel), m_key(new QLabel),
      m_confirm(new QCheckBox(tr("I have written down or printed the new recovery key and stored it safely"))),
      m_close(new QPushButton(tr("&Close")))
{
    setWindowTitle(tr("New recovery key"));

    auto *ask = new QWidget;
    auto *askLayout = new QVBoxLayout(ask);
    auto *why = new QLabel(tr("A new recovery key replaces the one in force, which then no longer opens this site's database. "
                              "Backups made before keep their own key file: the old recovery key still opens those, so keep it "
                              "with them. Replace it when the recovery key is lost or may have been seen by someone else."));
    why->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_error->hide();
    auto *askButtons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    askButtons->addButton(m_replace, QDialogButtonBox::AcceptRole);
    connect(askButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replace, &QPushButton::clicked, this, &RecoveryKeyDialog::replace);
    askLayout->addWidget(why);
    askLayout->addWidget(m_error);
    askLayout->addStretch();
    askLayout->addWidget(askButtons);

    auto *show = new QWidget;
    auto *showLayout = new QVBoxLayout(show);
    auto *once = new QLabel(tr("The new recovery key, shown only now. If every password is lost, it is the only way into the site "
                               "database: write it down or print it, and keep it locked away."));
    once->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    m_key->setFont(mono);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setStyleSheet(QStringLiteral("padding: 16px; border: 1px dashed palette(mid);"));
    m_close->setEnabled(false);
    connect(m_confirm, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *showButtons = new QDialogButtonBox;
    showButtons->addButton(m_close, QDialogButtonBox::AcceptRole);
    showLayout->addWidget(once);
    showLayout->addWidget(m_key);
    showLayout->addWidget(m_confirm);
    showLayout->addStretch();
    showLayout->addWidget(showButtons);

    m_pages->addWidget(ask);
    m_pages->addWidget(show);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(560, 280);
}

void RecoveryKeyDialog::reject()
{
    if (m_pages->currentIndex() == 1 && !m_confirm->isChecked())
        return;
    QDialog::reject();
}

void RecoveryKeyDialog::replace()
{
    auto replaced = SiteVault::replaceRecoveryKey(m_session, KdfCost::standard());
    if (!replaced.ok()) {
        m_error->setText(errorText(replaced.error()));
        m_error->show();
        return;
    }
    m_key->setText(replaced.value());
    // Shown once: from now on Escape and the window's close button do nothing until it is
    // confirmed as written down (reject()). Changing the window flags here would hide the
    // dialog, which ends its exec() and loses the key.
    m_pages->setCurrentIndex(1);
}

} // namespace muco::ui
