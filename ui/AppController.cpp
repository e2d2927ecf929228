#include "AppController.h"
#include "security/SiteVault.h"

namespace muco::ui {

AppController::AppController(QString databasePath, std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(std::move(clock))
{
}

Status AppController::signIn(const QString &user, const Secret &password)
{
    auto session = SiteVault::signIn(m_path, user, password, m_clock);
    if (!session.ok())
        return session.error();
    m_session = std::move(session).value();
    m_lastUser = m_session->user().username;
    emit signedIn();
    return {};
}

void AppController::lock()
{
    if (!m_session)
        return;
    m_session.reset();
    emit locked();
}

int AppController::autoLockMinutes() const
{
    if (!m_session)
        return 5;
    // Unreadable or unset: the default, which locks sooner rather than later.
    const auto setting = m_session->setting(QStringLiteral("auto_lock_minutes"), QStringLiteral("5"));
    const int minutes = setting.ok() ? setting->toInt() : 5;
    return minutes > 0 ? minutes : 5;
}

} // namespace muco::ui
