#pragma once
// Backups of a site database (issue 13; contracts/cli-trial.md, "Backup"). The identities
// exist only at the site: losing its computer loses them unless a copy exists elsewhere.
//
// A backup is two files in the chosen folder: mucotrack-SITE-UTCSTAMP.db, a copy made with
// SQLite's online backup API into a database under the same key and cipher settings (so it is
// as encrypted as the original, and consistent while the app keeps writing), and beside it
// its key file (.db.keys), so the recovery key (and every password of the day) opens it.
// The database appears last, by rename: a backup that was interrupted leaves no .db, and
// the previous backups are never touched.
#include "common/Result.h"
#include "common/Secret.h"
#include "security/AuditChain.h"

namespace muco {

class Session;

struct BackupCheck {
    QString site;
    AuditVerification audit;
};

class SiteBackup {
public:
    // Administrators only (ManageSettings); `folder` must exist. Returns the backup's path (its .db file).
    static Result<QString> create(Session &session, const QString &folder);
    // Opens the backup read-only with the recovery key: its key file's seal, every page
    // (SQLCipher authenticates each), the database's own integrity check and the audit chain.
    // An error for what cannot be read; audit.intact false for a broken chain.
    static Result<BackupCheck> verify(const QString &backupPath, const Secret &recoveryKey);
    // Checks the backup as verify() does, then puts it at newDatabasePath (and its key file
    // beside it). Refuses (Invalid, field "db") a path where a database or key file exists.
    static Result<BackupCheck> restore(const QString &backupPath, const QString &newDatabasePath, const Secret &recoveryKey);

private:
    friend class BackupSchedule;   // the administrator's plan, set off by whoever is signed in
    static Result<QString> createFor(Session &session, const QString &folder);
};

} // namespace muco
