#pragma once
// Windows open where the user left them, and never larger than the screen they open on:
// a 1366x768 clinic laptop must show the status bar and the close button.
#include <QSize>
#include <QString>

class QWidget;

namespace muco::ui {

// Restores the geometry saved under `key` (QSettings) when it still fits a screen;
// otherwise sizes the window to `preferred`, shrunk to the available screen area, and centres it.
void restoreWindowGeometry(QWidget *window, const QString &key, QSize preferred);
void saveWindowGeometry(const QWidget *window, const QString &key);

// `preferred` shrunk to fit `available` (both in device-independent pixels), for the logic alone.
QSize fittedSize(QSize preferred, QSize available);

} // namespace muco::ui
