#pragma once
// The sign-in form, shown at start-up and whenever the app is locked. Switching user
// is signing in here under another name; the database stays as it was.
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace muco::ui {

class AppController;

class SignInPage : public QWidget {
    Q_OBJECT
public:
    explicit SignInPage(AppController &controller, QWidget *parent = nullptr);
    void prepare(bool locked);   // reset the form: first sign-in, or locked
    void forgetUser();           // switching user: the next person types their own name

private slots:
    void attempt();

private:
    AppController &m_controller;
    QLabel *m_title;
    QLabel *m_site;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_button;
    QLabel *m_error;
};

} // namespace muco::ui
