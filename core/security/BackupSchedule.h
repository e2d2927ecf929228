#pragma once
// Scheduled backups of a site database (issue 13; SiteBackup makes each one). The identities
// exist only at the site, so a copy must leave its computer regularly without anyone
// remembering to make it: daily by default, into a folder the administrator chooses (a USB
// disk), keeping the newest few. Until a folder is chosen, backups go to `backups/` beside the
// database, which protects against a damaged file but not a lost computer: the app says so.
#include "common/Result.h"
#include <QDateTime>
#include <QStringList>

namespace muco {

class Session;

struct BackupPlan {
    QString folder;          // where backups go (the default until the administrator chooses)
    bool folderChosen = false;
    int keep = 7;            // this site's newest backups kept in the folder; older ones removed
    int everyDays = 1;       // 0: only on demand
    QDateTime lastUtc;       // the last backup taken on this device (invalid: never)
    QString lastError;       // why the last scheduled one failed, or empty
};

class BackupSchedule {
public:
    static Result<BackupPlan> plan(Session &session);
    // Administrators only (ManageSettings), audited. keep 1-365, everyDays 0-30, folder an
    // existing folder (field names as the CLI's options: "to", "keep", "every-days").
    static Status setPlan(Session &session, const QString &folder, int keep, int everyDays);
    // A scheduled backup is due: never taken, or the last one is everyDays old.
    static Result<bool> due(Session &session);
    // A backup now into the plan's folder, then the rotation. Any signed-in user may set off
    // the administrator's plan (the app does when one is due): the copy is encrypted under the
    // same key, and goes only where the administrator chose. The outcome is kept for the app.
    static Result<QString> backUpNow(Session &session);
    // Removes this site's backups in `folder` beyond the newest `keep` (database and key file
    // together); never another site's, never anything else. Returns what it removed.
    static Result<QStringList> rotate(const QString &folder, const QString &site, int keep);
};

} // namespace muco
