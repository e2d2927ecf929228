#include "admin/RestoreWizard.h"
#include "CodeLabels.h"
#include "security/SiteBackup.h"
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace muco::ui {

namespace {

QWidget *withBrowse(QLineEdit *field, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

class RestoreWizard::ChoosePage : public QWizardPage {
public:
    explicit ChoosePage(RestoreWizard *w) : m_w(w)
    {
        setTitle(RestoreWizard::tr("Choose the backup"));
        setSubTitle(RestoreWizard::tr("A backup is a file mucotrack-SITE-DATE.db with its key file beside it. The recovery key "
                                      "is the one written down when the site was set up."));
        auto *browse = new QPushButton(RestoreWizard::tr("&Browse..."));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(this, RestoreWizard::tr("Choose the backup"), m_w->m_backup->text(),
                                                              RestoreWizard::tr("MucoTrack backups (mucotrack-*.db)"));
            if (!file.isEmpty())
                m_w->m_backup->setText(file);
        });
        auto *form = new QFormLayout(this);
        form->addRow(RestoreWizard::tr("&Backup:"), withBrowse(m_w->m_backup, browse));
        form->addRow(RestoreWizard::tr("&Recovery key:"), m_w->m_key);
        registerField(QStringLiteral("backup*"), m_w->m_backup);
        registerField(QStringLiteral("key*"), m_w->m_key);
    }

private:
    RestoreWizard *m_w;
};

// Checks the backup on arrival; Next only when it opened and its audit chain is intact.
class RestoreWizard::CheckPage : public QWizardPage {
public:
    explicit CheckPage(RestoreWizard *w) : m_w(w)
    {
        setTitle(RestoreWizard::tr("Check the backup"));
        m_w->m_check->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_w->m_check);
        layout->addStretch();
    }
    void initializePage() override
    {
        const auto check = SiteBackup::verify(m_w->m_backup->text().trimmed(), m_w->m_key->text().trimmed());
        m_ok = check.ok() && check->audit.intact;
        if (!check.ok())
            m_w->m_check->setText(RestoreWizard::tr("The backup cannot be used: %1").arg(errorText(check.error())));
        else if (!check->audit.intact)
            m_w->m_check->setText(RestoreWizard::tr("The backup of site %1 opened, but its audit trail is broken at row %2: it is "
                                                    "not restored.").arg(check->site).arg(check->audit.firstBroken));
        else
            m_w->m_check->setText(RestoreWizard::tr("The backup of site %1 opened with the recovery key; every page was "
                                                    "decrypted and its audit trail of %2 entries is intact.")
                                      .arg(check->site).arg(check->audit.rows));
        emit completeChanged();
    }
    bool isComplete() const override { return m_ok; }

private:
    RestoreWizard *m_w;
    bool m_ok = false;
};

class RestoreWizard::TargetPage : public QWizardPage {
public:
    explicit TargetPage(RestoreWizard *w) : m_w(w)
    {
        setTitle(RestoreWizard::tr("Restore to a new database"));
        setSubTitle(RestoreWizard::tr("A restore never overwrites a database. Sign in to the restored one with the accounts and "
                                      "passwords of the day of the backup, enrol it again with a new code from the central site "
                                      "(it is a new device), then sync: the central site sends what it received since."));
        auto *browse = new QPushButton(RestoreWizard::tr("B&rowse..."));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getSaveFileName(this, RestoreWizard::tr("Restore to"), m_w->m_target->text(),
                                                              RestoreWizard::tr("Site databases (*.db)"));
            if (!file.isEmpty())
                m_w->m_target->setText(file);
        });
        m_w->m_outcome->setWordWrap(true);
        auto *form = new QFormLayout(this);
        form->addRow(RestoreWizard::tr("New &database:"), withBrowse(m_w->m_target, browse));
        form->addRow(m_w->m_outcome);
        registerField(QStringLiteral("target*"), m_w->m_target);
        setButtonText(QWizard::FinishButton, RestoreWizard::tr("&Restore"));
    }
    bool validatePage() override
    {
        const QString target = QFileInfo(m_w->m_target->text().trimmed()).absoluteFilePath();
        const auto restored = SiteBackup::restore(m_w->m_backup->text().trimmed(), target, m_w->m_key->text().trimmed());
        if (!restored.ok()) {
            m_w->m_outcome->setText(RestoreWizard::tr("Not restored: %1").arg(errorText(restored.error())));
            return false;
        }
        m_w->m_restored = target;
        return true;
    }

private:
    RestoreWizard *m_w;
};

RestoreWizard::RestoreWizard(QWidget *parent)
    : QWizard(parent), m_backup(new QLineEdit), m_key(new QLineEdit), m_target(new QLineEdit), m_check(new QLabel),
      m_outcome(new QLabel)
{
    setWindowTitle(tr("Restore from a backup"));
    setWizardStyle(QWizard::ClassicStyle);
    m_key->setPlaceholderText(tr("as written down at set-up"));
    addPage(new ChoosePage(this));
    addPage(new CheckPage(this));
    addPage(new TargetPage(this));
}

} // namespace muco::ui
