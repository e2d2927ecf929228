#include "BackupTimer.h"
#include "CodeLabels.h"
#include "security/BackupSchedule.h"
#include "security/Session.h"
#include <QDir>

namespace muco::ui {

BackupTimer::BackupTimer(std::function<Session *()> session, QObject *parent) : QObject(parent), m_session(std::move(session))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        check();
        m_timer.start(60 * 60 * 1000);
    });
}

void BackupTimer::start() { m_timer.start(60 * 1000); }

void BackupTimer::stop() { m_timer.stop(); }

void BackupTimer::check()
{
    Session *s = m_session();
    if (!s || s->site() == QLatin1String("DEMO"))
        return;
    const auto due = BackupSchedule::due(*s);
    if (!due.ok() || !due.value())
        return;
    const auto made = BackupSchedule::backUpNow(*s);
    if (made.ok())
        emit done(tr("Backup saved: %1").arg(QDir::toNativeSeparators(made.value())), true);
    else
        emit done(tr("The scheduled backup failed: %1 (Administration > Backups)").arg(errorText(made.error())), false);
}

} // namespace muco::ui
