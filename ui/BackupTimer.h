#pragma once
// Sets off the site's scheduled backup (security/BackupSchedule) while the app runs: a minute
// after each sign-in, then every hour, whoever is signed in. Not on the DEMO site.
#include <QObject>
#include <QTimer>
#include <functional>

namespace muco {
class Session;
}

namespace muco::ui {

class BackupTimer : public QObject {
    Q_OBJECT
public:
    // session() returns the signed-in session or null (locked).
    BackupTimer(std::function<Session *()> session, QObject *parent = nullptr);
    // After a sign-in: the first check a minute later, so that signing in stays quick.
    void start();
    void stop();
    // Takes the backup if one is due; emits done() when it tried.
    void check();

signals:
    void done(const QString &message, bool ok);

private:
    std::function<Session *()> m_session;
    QTimer m_timer;
};

} // namespace muco::ui
