#include "SyncController.h"
#include "DisplayFormat.h"
#include "security/Session.h"
#include "sync/SyncClient.h"
#include <QLocale>

namespace muco::ui {

SyncController::SyncController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController() = default;

void SyncController::setSession(Session *session)
{
    m_client.reset();      // abandons a run in flight; its acknowledgements were not written
    m_transport.reset();
    m_session = session;
    m_lastError.clear();
    const auto server = m_session ? m_session->setting(QStringLiteral("sync_server")) : Result<QString>(QString());
    if (m_session && server.ok() && !server->isEmpty() && m_session->can(Permission::SyncNow)) {
        m_timer.start();
        syncNow();
    } else {
        m_timer.stop();
    }
    emit statusChanged(statusText());
}

void SyncController::syncNow()
{
    if (!m_session || m_client || !m_session->can(Permission::SyncNow))
        return;
    auto config = SyncEngine::config(*m_session);
    if (!config.ok()) {
        m_lastError = config.error().message;   // shown: why this account cannot sync
        m_offline = false;
        emit statusChanged(statusText());
        emit notice(config.error().message);   // the status line alone did not change: Sync now seemed to do nothing
        return;
    }
    m_transport = std::make_unique<HttpTransport>(config->server, config->token, config->caCert);
    SyncClient::Options options;
    options.maxRetries = 3;
    m_client = std::make_unique<SyncClient>(*m_session, *m_transport, options);
    connect(m_client.get(), &SyncClient::finished, this, &SyncController::finished);
    emit statusChanged(tr("Sync: synchronising..."));
    m_client->start();
}

void SyncController::finished(const SyncReport &report)
{
    m_lastError = report.ok ? QString() : report.error;
    m_lastWarning = report.warnings.join(QLatin1Char(' '));
    m_offline = report.networkFailure;
    // Not deleted inside its own signal: later, from the event loop.
    m_client.release()->deleteLater();
    m_transport.release()->deleteLater();
    emit statusChanged(statusText());
}

QString SyncController::statusText() const
{
    if (!m_session)
        return {};
    const auto status = SyncEngine::status(*m_session);
    if (!status.ok())
        return tr("Sync: status unavailable (%1)").arg(status.error().message);
    const SyncStatus &s = status.value();
    if (s.server.isEmpty())
        return tr("Sync: no central site configured");
    QStringList parts;
    parts << (s.lastSuccess.isValid() ? tr("last sync %1").arg(displayDateTime(s.lastSuccess, m_session->siteZone()))
                                      : tr("never synchronised"));
    parts << tr("%n pending change(s)", nullptr, s.pending);
    if (s.conflicts > 0)
        parts << tr("%n conflict(s) to resolve", nullptr, s.conflicts);
    if (!m_lastError.isEmpty())
        parts << (m_offline ? tr("offline: %1") : tr("not synchronised: %1")).arg(m_lastError);
    else if (!m_lastWarning.isEmpty())
        parts << m_lastWarning;
    return tr("Sync: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace muco::ui
