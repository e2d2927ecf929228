#pragma once
// Changing one's own password: the old one, the new one twice. One key slot is rewritten.
#include "FieldErrors.h"
#include <QDialog>

class QLabel;
class QLineEdit;

namespace muco {
class Session;
}

namespace muco::ui {

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    PasswordDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;

private:
    Session &m_session;
    QLineEdit *m_old, *m_new, *m_repeat;
    QLabel *m_general;
    FieldErrors m_errors;
};

} // namespace muco::ui
