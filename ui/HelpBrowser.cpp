#include "HelpBrowser.h"
#include "HelpTopics.h"
#include <QAction>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace muco::ui {

HelpBrowser::HelpBrowser(QWidget *parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("MucoTrack user guide"));
    // Closing hides it; it is reused by the next F1 and goes with the window that owns it.
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenExternalLinks(true);
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *back = bar->addAction(tr("< &Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back (%1)").arg(back->shortcut().toString(QKeySequence::NativeText)));
    QAction *forward = bar->addAction(tr("&Forward >"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(tr("Forward (%1)").arg(forward->shortcut().toString(QKeySequence::NativeText)));
    QAction *home = bar->addAction(tr("&Contents"), this, [this] { showTopic(QStringLiteral("index.html")); });
    home->setShortcut(QKeySequence(tr("Alt+Home")));
    home->setToolTip(tr("Contents of the guide (%1)").arg(home->shortcut().toString(QKeySequence::NativeText)));
    QAction *keys = bar->addAction(tr("&Keyboard shortcuts"), this, [this] { showTopic(QStringLiteral("shortcuts.html")); });
    keys->setToolTip(tr("Keyboard shortcuts"));
    auto *closeAction = new QAction(this);
    closeAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(bar);
    v->addWidget(m_browser, 1);
    resize(920, 680);
}

HelpBrowser *HelpBrowser::open(QWidget *context, const QString &topic)
{
    QWidget *owner = context ? context->window() : nullptr;
    auto *browser = qobject_cast<HelpBrowser *>(owner);
    if (!browser && owner)
        browser = owner->findChild<HelpBrowser *>(QString(), Qt::FindDirectChildrenOnly);
    if (!browser)
        browser = new HelpBrowser(owner);
    browser->showTopic(topic);
    browser->show();
    browser->raise();
    browser->activateWindow();
    return browser;
}

void HelpBrowser::showTopic(const QString &topic)
{
    m_browser->setSource(help::guideUrl(topic));
}

QUrl HelpBrowser::source() const { return m_browser->source(); }

} // namespace muco::ui
