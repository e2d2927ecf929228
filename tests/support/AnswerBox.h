#pragma once
// Answers a message box once it opens (tests only): the desktop asks some questions after the
// event that raised them has settled (a zero timer), so the box is looked for every 10 ms, for
// up to two seconds. `asked` counts the boxes answered.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace muco::test {

inline void answerWhenOpen(const QString &objectName, QMessageBox::StandardButton button, int *asked, int tries = 200)
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(top); box && box->objectName() == objectName && box->isVisible()) {
            ++*asked;
            box->button(button)->click();
            return;
        }
    if (tries > 0)
        QTimer::singleShot(10, qApp, [objectName, button, asked, tries] { answerWhenOpen(objectName, button, asked, tries - 1); });
}

} // namespace muco::test
