#include "admin/BackupDialog.h"
#include "DisplayFormat.h"
#include "CodeLabels.h"
#include "security/BackupSchedule.h"
#include "security/Session.h"
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace muco::ui {

BackupDialog::BackupDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_folder(new QLineEdit), m_keep(new QSpinBox), m_every(new QSpinBox),
      m_warning(new QLabel), m_status(new QLabel), m_error(new QLabel), m_now(new QPushButton(tr("Back up &now")))
{
    setWindowTitle(tr("Backups"));
    m_folder->setReadOnly(true);
    m_folder->setMinimumWidth(360);
    auto *choose = new QPushButton(tr("&Choose..."));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_keep->setRange(1, 365);
    m_keep->setSuffix(tr(" backup(s)"));
    m_every->setRange(0, 30);
    m_every->setSuffix(tr(" day(s)"));
    m_every->setSpecialValueText(tr("only on demand"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_status->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    // A label with a buddy (a row holding a layout gets none, and would show the "&").
    auto *folderLabel = new QLabel(tr("Back up &to:"));
    folderLabel->setBuddy(choose);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(tr("Back up &every:"), m_every);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    buttons->addButton(m_now, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(tr("The patients' identities exist only at this site: a backup on another disk is the only "
                              "copy if this computer is lost. Backups are encrypted; the recovery key opens them."));
    why->setWordWrap(true);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Back up to"), m_folder->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_now, &QPushButton::clicked, this, [this] {
        m_error->clear();
        auto made = BackupSchedule::backUpNow(m_session);
        if (!made.ok())
            m_error->setText(tr("The backup failed: %1").arg(errorText(made.error())));
        refresh();
    });
    const auto plan = BackupSchedule::plan(session);
    if (plan.ok()) {
        m_folder->setText(QDir::toNativeSeparators(plan->folder));
        m_keep->setValue(plan->keep);
        m_every->setValue(plan->everyDays);
    }
    refresh();
}

void BackupDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void BackupDialog::refresh()
{
    const auto plan = BackupSchedule::plan(m_session);
    if (!plan.ok()) {
        m_error->setText(errorText(plan.error()));
        return;
    }
    m_warning->setText(plan->folderChosen ? QString()
                                          : tr("Backups go to a folder beside the database until you choose another: that "
                                               "protects against a damaged file, not against a lost computer. Choose a "
                                               "folder on another disk."));
    m_warning->setVisible(!plan->folderChosen);
    QString status = plan->lastUtc.isValid()
                         ? tr("Last backup: %1.").arg(siteWallClock(plan->lastUtc, m_session.siteZone()).toString(dateTimeFormat()))
                         : tr("No backup has been taken on this computer yet.");
    if (!plan->lastError.isEmpty())
        status += QLatin1Char(' ') + tr("The last scheduled backup failed: %1").arg(plan->lastError);
    m_status->setText(status);
}

void BackupDialog::accept()
{
    const Status saved = BackupSchedule::setPlan(m_session, QDir::fromNativeSeparators(m_folder->text()), m_keep->value(), m_every->value());
    if (!saved.ok()) {
        m_error->setText(errorText(saved.error()));
        return;
    }
    QDialog::accept();
}

} // namespace muco::ui
