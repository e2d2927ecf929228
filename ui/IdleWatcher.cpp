#include "IdleWatcher.h"
#include <QCoreApplication>
#include <QEvent>

namespace muco::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::start(int minutes)
{
    m_timer.start(minutes * 60 * 1000);
}

void IdleWatcher::stop() { m_timer.stop(); }

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();   // restart with the same interval
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace muco::ui
