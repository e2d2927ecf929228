#pragma once
// The user guide, offline: the HTML pages compiled into the binary (qrc:/guide/<language>/),
// in a small window with back, forward and home.
#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace muco::ui {

class HelpBrowser : public QWidget {
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    // Opens topic ("page.html#anchor") in the UI language, in the help window of context's
    // window (made if needed). A dialog gets its own help window, so the guide can be read
    // and clicked while the dialog stays open.
    static HelpBrowser *open(QWidget *context, const QString &topic);

    void showTopic(const QString &topic);
    QUrl source() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
    QString m_language;
};

} // namespace muco::ui
