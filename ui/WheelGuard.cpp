#include "WheelGuard.h"
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace muco::ui {

namespace {

QWidget *guarded(QObject *o)
{
    if (auto *c = qobject_cast<QComboBox *>(o))
        return c;
    return qobject_cast<QAbstractSpinBox *>(o);   // numbers, dates and times
}

// A combo box takes focus from the wheel itself (Qt::WheelFocus), before any filter sees the
// wheel: only a click or Tab may give it.
void strongFocus(QObject *o)
{
    if (QWidget *w = guarded(o); w && w->focusPolicy() == Qt::WheelFocus)
        w->setFocusPolicy(Qt::StrongFocus);
}

} // namespace

void WheelGuard::install(QObject *owner)
{
    qApp->installEventFilter(new WheelGuard(owner));
    for (QWidget *w : QApplication::allWidgets())   // those polished before: later ones at their polish
        strongFocus(w);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        strongFocus(watched);
    } else if (event->type() == QEvent::Wheel) {
        if (QWidget *w = guarded(watched); w && !w->hasFocus()) {
            // Not delivered, and not accepted: QApplication passes it to the parents, up to the
            // scroll area, as it does a wheel nobody takes.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace muco::ui
