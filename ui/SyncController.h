#pragma once
// Runs sync in the background of the desktop app: on a timer and on demand, never
// blocking the UI; reports last success, pending changes, conflicts and errors in plain
// words for the status bar. Locking stops a run (nothing is lost: what was not
// acknowledged is sent next time).
#include <QObject>
#include <QTimer>
#include <memory>

namespace muco {
class Session;
class SyncClient;
class SyncTransport;
struct SyncReport;
}

namespace muco::ui {

class SyncController : public QObject {
    Q_OBJECT
public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;
    void setSession(Session *session);   // nullptr: stop
    QString statusText() const;

public slots:
    void syncNow();

signals:
    void statusChanged(const QString &text);
    // Why "Sync now" did nothing (no central site configured): for the status bar, at once.
    void notice(const QString &text);

private:
    void finished(const SyncReport &report);
    Session *m_session = nullptr;
    QTimer m_timer;
    std::unique_ptr<SyncTransport> m_transport;
    std::unique_ptr<SyncClient> m_client;
    QString m_lastError;
    QString m_lastWarning;   // the last run went through with something for an administrator to do
    bool m_offline = false;   // the last error was the network's (else a refusal: the token, the central site)
};

} // namespace muco::ui
