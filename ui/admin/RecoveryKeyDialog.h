#pragma once
// Administration > New recovery key (issue 11): replaces a lost or exposed recovery key. The
// dialog first says what replacing means; once replaced, it shows the new key, once, and
// closes only when the administrator confirms it is written down.
#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace muco {
class Session;
}

namespace muco::ui {

class RecoveryKeyDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryKeyDialog(Session &session, QWidget *parent = nullptr);
    // Escape does not close it while a new key is shown and not yet confirmed as written down.
    void reject() override;
    // Test seams.
    QPushButton *replaceButton() const { return m_replace; }
    QLabel *keyLabel() const { return m_key; }
    QLabel *errorLabel() const { return m_error; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *closeButton() const { return m_close; }

private:
    Session &m_session;
    QStackedWidget *m_pages;
    QPushButton *m_replace;
    QLabel *m_error;
    QLabel *m_key;
    QCheckBox *m_confirm;
    QPushButton *m_close;
    void replace();
};

} // namespace muco::ui
