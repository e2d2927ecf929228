#include "admin/NewSiteWizard.h"
#include "CodeLabels.h"
#include "HelpTopics.h"
#include "security/SiteVault.h"
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QWizardPage>

namespace muco::ui {

namespace {
QLabel *errorLabel()
{
    auto *l = new QLabel;
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    return l;
}
} // namespace

class NewSiteWizard::SitePage : public QWizardPage {
public:
    explicit SitePage(const QString &defaultPath) : m_code(new QLineEdit), m_path(new QLineEdit(defaultPath)), m_error(errorLabel())
    {
        setTitle(NewSiteWizard::tr("A new site"));
        setSubTitle(NewSiteWizard::tr("The site code starts every subject ID of this site, for example GX01-0001."));
        m_code->setObjectName(QStringLiteral("siteCodeField"));
        m_code->setMaxLength(10);
        auto *browse = new QPushButton(NewSiteWizard::tr("&Browse..."));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString p = QFileDialog::getSaveFileName(this, NewSiteWizard::tr("Site database"), m_path->text(),
                                                           NewSiteWizard::tr("MucoTrack site database (*.db)"));
            if (!p.isEmpty())
                m_path->setText(p);
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_path);
        row->addWidget(browse);
        auto *form = new QFormLayout(this);
        form->addRow(NewSiteWizard::tr("Site &code:"), m_code);
        form->addRow(NewSiteWizard::tr("&Database file:"), row);
        form->addRow(m_error);
        registerField(QStringLiteral("siteCode*"), m_code);
        registerField(QStringLiteral("databasePath*"), m_path);
    }
    bool validatePage() override
    {
        m_code->setText(m_code->text().trimmed().toUpper());
        const Status s = validateSiteCode(m_code->text(), QStringLiteral("site"));
        if (!s.ok()) {
            m_error->setText(NewSiteWizard::tr("Site code: %1.").arg(s.error().why()));
            m_code->setFocus();
            return false;
        }
        if (QFileInfo::exists(m_path->text())) {
            m_error->setText(NewSiteWizard::tr("%1 already exists; choose another file.").arg(m_path->text()));
            return false;
        }
        m_error->clear();
        return true;
    }
    QLineEdit *m_code;
    QLineEdit *m_path;
    QLabel *m_error;
};

class NewSiteWizard::AdminPage : public QWizardPage {
public:
    AdminPage() : m_user(new QLineEdit(QStringLiteral("admin"))), m_name(new QLineEdit), m_password(new QLineEdit),
                  m_repeat(new QLineEdit), m_error(errorLabel())
    {
        setTitle(NewSiteWizard::tr("The site administrator"));
        setSubTitle(NewSiteWizard::tr("The administrator manages accounts and settings. Choose a password of at least 10 characters."));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat->setEchoMode(QLineEdit::Password);
        auto *form = new QFormLayout(this);
        form->addRow(NewSiteWizard::tr("&User name:"), m_user);
        form->addRow(NewSiteWizard::tr("&Full name:"), m_name);
        form->addRow(NewSiteWizard::tr("&Password:"), m_password);
        form->addRow(NewSiteWizard::tr("&Repeat password:"), m_repeat);
        form->addRow(m_error);
        registerField(QStringLiteral("adminUser*"), m_user);
    }
    bool validatePage() override
    {
        for (const Status &s : {validateUsername(m_user->text(), QStringLiteral("user")), validatePassword(m_password->text())}) {
            if (!s.ok()) {
                m_error->setText(errorText(s.error()));
                return false;
            }
        }
        if (m_password->text() != m_repeat->text()) {
            m_error->setText(NewSiteWizard::tr("The two passwords differ."));
            m_repeat->setFocus();
            return false;
        }
        SiteSetup setup{field(QStringLiteral("databasePath")).toString(), field(QStringLiteral("siteCode")).toString(),
                        m_user->text(), m_name->text(), m_password->text(),
                        QString::fromUtf8(QTimeZone::systemTimeZoneId()), KdfCost::standard()};
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = SiteVault::create(setup, *Clock::system());
        QApplication::restoreOverrideCursor();
        m_password->clear();
        m_repeat->clear();
        if (!created.ok()) {
            m_error->setText(errorText(created.error()));
            return false;
        }
        wizard()->setProperty("recoveryKey", created.value());
        return true;
    }
    QLineEdit *m_user;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

class NewSiteWizard::RecoveryPage : public QWizardPage {
public:
    RecoveryPage() : m_key(new QLabel), m_confirm(new QCheckBox(NewSiteWizard::tr("I have written down or printed the recovery key and stored it safely")))
    {
        setTitle(NewSiteWizard::tr("Recovery key: shown only now"));
        setSubTitle(NewSiteWizard::tr("If every password is lost, this key is the only way into the site database. "
                                      "Write it down or print it now, and keep it locked away. It will not be shown again."));
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(mono.pointSizeF() * 1.6);
        m_key->setFont(mono);
        m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
        m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_key->setAlignment(Qt::AlignCenter);
        m_key->setStyleSheet(QStringLiteral("padding: 16px; border: 1px dashed palette(mid);"));
        auto *v = new QVBoxLayout(this);
        v->addWidget(m_key);
        v->addWidget(m_confirm);
        registerField(QStringLiteral("recoveryConfirmed*"), m_confirm);
    }
    void initializePage() override { m_key->setText(wizard()->property("recoveryKey").toString()); }
    QLabel *m_key;
    QCheckBox *m_confirm;
};

NewSiteWizard::NewSiteWizard(const QString &defaultPath, QWidget *parent)
    : QWizard(parent), m_site(new SitePage(defaultPath)), m_admin(new AdminPage), m_recovery(new RecoveryPage)
{
    setWindowTitle(tr("Set up a MucoTrack site"));
    help::installF1();   // the wizard runs before the main window exists
    addPage(m_site);
    addPage(m_admin);
    addPage(m_recovery);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
}

QString NewSiteWizard::databasePath() const { return field(QStringLiteral("databasePath")).toString(); }
QString NewSiteWizard::adminUser() const { return field(QStringLiteral("adminUser")).toString(); }

} // namespace muco::ui
