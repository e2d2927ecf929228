#include "storage/Migrations.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

// SQL here must run on SQLite 3.15 (Debian's SQLCipher 3.4): no UPSERT, no window
// functions, no RETURNING, no RENAME COLUMN.
// Synced tables carry: id (UUID), site, version, modified_by, modified_utc, deleted.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, "site metadata, accounts and the audit chain",
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " display_name TEXT NOT NULL, role TEXT NOT NULL,"
                            " active INTEGER NOT NULL DEFAULT 1,"
                            " created_utc TEXT NOT NULL, modified_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE audit ("
                            " seq INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, user_name TEXT NOT NULL,"
                            " action TEXT NOT NULL, table_name TEXT, record_id TEXT, field TEXT,"
                            " old_value TEXT, new_value TEXT, reason TEXT,"
                            " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
         }},
        {2, "patients, their local-only identity, and the change log",
         {
             QStringLiteral("CREATE TABLE patients ("
                            " id TEXT PRIMARY KEY, site TEXT NOT NULL, version INTEGER NOT NULL,"
                            " modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL,"
                            " deleted INTEGER NOT NULL DEFAULT 0,"
                            " subject_id TEXT NOT NULL UNIQUE, subject_number INTEGER NOT NULL,"
                            " birth_date TEXT, sex TEXT, status TEXT NOT NULL DEFAULT 'screening',"
                            " created_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX patients_site_number ON patients (site, subject_number)"),
             // Direct identifiers: this table never syncs and is never exported.
             QStringLiteral("CREATE TABLE patient_identity ("
                            " id TEXT PRIMARY KEY REFERENCES patients (id),"
                            " version INTEGER NOT NULL, modified_by TEXT NOT NULL, modified_utc TEXT NOT NULL,"
                            " deleted INTEGER NOT NULL DEFAULT 0,"
                            " name TEXT, mrn TEXT, phone TEXT)"),
             QStringLiteral("CREATE TABLE change_log ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
                            " table_name TEXT NOT NULL, record_id TEXT NOT NULL,"
                            " version INTEGER NOT NULL, base_version INTEGER NOT NULL,"
                            " fields TEXT NOT NULL, changed_by TEXT NOT NULL, changed_utc TEXT NOT NULL,"
                            " acked_utc TEXT)"),
             QStringLiteral("CREATE INDEX change_log_outbox ON change_log (acked_utc, seq)"),
         }},
        {3, "site settings with defaults",
         {
             QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('auto_lock_minutes', '5')"),
             QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('lab_window_days', '14')"),
             QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('time_zone', 'UTC')"),
         }},
    };
    return list;
}

int latestSchemaVersion() { return migrations().back().version; }

Status migrate(Database &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    const int current = db.userVersion();
    if (current < 0)
        return Error::storage(QCoreApplication::translate("muco::Migrations", "The schema version of %1 cannot be read.").arg(db.path()));
    if (current > latestSchemaVersion())
        return Error::storage(QCoreApplication::translate("muco::Migrations",
            "%1 was written by a newer MucoTrack (schema %2, this program knows %3); update MucoTrack.")
                                  .arg(db.path()).arg(current).arg(latestSchemaVersion()));
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(db);
        MUCO_TRY(tx.begun());
        for (const QString &sql : m.statements)
            MUCO_TRY(db.exec(sql));
        MUCO_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)));
        MUCO_TRY(tx.commit());
    }
    return {};
}

} // namespace muco
