#pragma once
// Answers a message box once it opens (tests only): the desktop asks some questions after the
// event that raised them has settled (a zero timer), so the box is looked for every 10 ms, for
// up to two seconds.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <functional>

namespace muco::test {

// Runs `act` on the box named `objectName` once it is shown.
inline void whenBoxOpens(const QString &objectName, std::function<void(QMessageBox *)> act, int tries = 200)
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(top); box && box->objectName() == objectName && box->isVisible()) {
            act(box);
            return;
        }
    if (tries > 0)
        QTimer::singleShot(10, qApp, [objectName, act = std::move(act), tries]() mutable { whenBoxOpens(objectName, std::move(act), tries - 1); });
}

// Clicks `button` of the box; `asked` counts the boxes answered.
inline void answerWhenOpen(const QString &objectName, QMessageBox::StandardButton button, int *asked)
{
    whenBoxOpens(objectName, [button, asked](QMessageBox *box) {
        ++*asked;
        box->button(button)->click();
    });
}

} // namespace muco::test
