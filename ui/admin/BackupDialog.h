#pragma once
// Administration > Backups (issue 13): where the site's scheduled backups go (a USB disk),
// how many are kept and how often; the last one and why it failed; and a backup on demand.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace muco {
class Session;
}

namespace muco::ui {

class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;
    // Test seam: the folder as if chosen with "Choose...".
    void setFolder(const QString &folder);
    QPushButton *backUpNowButton() const { return m_now; }
    QSpinBox *keep() const { return m_keep; }
    QSpinBox *everyDays() const { return m_every; }
    QLabel *status() const { return m_status; }

private:
    Session &m_session;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QSpinBox *m_every;
    QLabel *m_warning;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_now;
    void refresh();
};

} // namespace muco::ui
