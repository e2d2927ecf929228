#pragma once
// Which page of the user guide explains which screen, and the F1 key that opens it.
// A topic is a page of the guide with an optional anchor, e.g. "nurse.html#labs".
#include <QString>
#include <QUrl>

class QWidget;

namespace muco::ui::help {

// The topic for the screen a widget belongs to: the nearest widget, walking up from it, that
// has a "helpTopic" property, a known object name or a known class; a tab widget answers for
// its current tab. "index.html" when nothing matches.
QString topicFor(const QWidget *widget);

// Every topic F1 can lead to (the guide's link test checks each one exists).
QStringList allTopics();

// The guide's folder for the UI language: "zh_CN" when the UI is Chinese, else "en".
QString guideLanguage();

// qrc:/guide/<language>/<page>#<anchor>
QUrl guideUrl(const QString &topic, const QString &language = guideLanguage());

// Makes F1 open the guide at the topic of the widget that has the keyboard, in every window
// and dialog of the application. Installing it twice is harmless.
void installF1();

} // namespace muco::ui::help
