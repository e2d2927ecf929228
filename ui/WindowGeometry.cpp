#include "WindowGeometry.h"
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace muco::ui {

namespace {
QString settingsKey(const QString &key) { return QStringLiteral("geometry/") + key; }
} // namespace

QSize fittedSize(QSize preferred, QSize available)
{
    // The frame and the panel's decorations are outside availableGeometry's knowledge on
    // some window managers: leave a small margin rather than hide the window's edge.
    const QSize room(qMax(320, available.width() - 16), qMax(240, available.height() - 40));
    return preferred.boundedTo(room);
}

void restoreWindowGeometry(QWidget *window, const QString &key, QSize preferred)
{
    const QByteArray saved = QSettings().value(settingsKey(key)).toByteArray();
    if (!saved.isEmpty() && window->restoreGeometry(saved)) {
        // restoreGeometry() already moves a window back onto a screen that still exists;
        // a window saved on a larger monitor must still fit the one it opens on now.
        const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        if (!screen || window->isMaximized() || screen->availableGeometry().contains(window->frameGeometry()))
            return;
    }
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = fittedSize(preferred, available.size());
    window->resize(size);
    window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void saveWindowGeometry(const QWidget *window, const QString &key)
{
    QSettings().setValue(settingsKey(key), window->saveGeometry());
}

} // namespace muco::ui
