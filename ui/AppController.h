#pragma once
// Holds the signed-in session of the desktop app. Locking drops the session (and with
// it the database key); signing in again, as anyone, reopens it. Nothing unsynced is
// lost by either: it is all in the site database.
#include "common/Secret.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Session.h"
#include <QObject>
#include <memory>

namespace muco::ui {

class AppController : public QObject {
    Q_OBJECT
public:
    AppController(QString databasePath, std::shared_ptr<Clock> clock, QObject *parent = nullptr);

    const QString &databasePath() const { return m_path; }
    bool isDemo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }
    Session *session() const { return m_session.get(); }
    QString lastUser() const { return m_lastUser; }

    Status signIn(const QString &user, const Secret &password);
    int autoLockMinutes() const;

public slots:
    void lock();

signals:
    void signedIn();
    void locked();

private:
    QString m_path;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Session> m_session;
    QString m_lastUser;
    bool m_demo = false;
};

} // namespace muco::ui
