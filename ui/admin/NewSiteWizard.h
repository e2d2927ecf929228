#pragma once
// First start: set up a new site database (site code, administrator) and show the
// recovery key exactly once, with a prompt to write it down or print it.
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace muco::ui {

class NewSiteWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewSiteWizard(const QString &defaultPath, QWidget *parent = nullptr);
    QString databasePath() const;
    QString adminUser() const;

private:
    class SitePage;
    class AdminPage;
    class RecoveryPage;
    SitePage *m_site;
    AdminPage *m_admin;
    RecoveryPage *m_recovery;
};

} // namespace muco::ui
