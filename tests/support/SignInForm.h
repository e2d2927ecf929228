#pragma once
// Signs in through the real sign-in page of a main window, typed as a user types it (GUI
// tests only: it needs Qt Widgets, which the test support library does not link).
#include <QLineEdit>
#include <QTest>

namespace muco::test {

inline bool typeSignIn(QWidget &window, const QString &user, const QString &password)
{
    auto *userField = window.findChild<QLineEdit *>(QStringLiteral("userField"));
    auto *passwordField = window.findChild<QLineEdit *>(QStringLiteral("passwordField"));
    if (!userField || !passwordField)
        return false;
    userField->clear();
    QTest::keyClicks(userField, user);
    QTest::keyClicks(passwordField, password);
    QTest::keyClick(passwordField, Qt::Key_Return);
    return true;
}

} // namespace muco::test
