#pragma once
// Numbered schema migrations keyed by PRAGMA user_version. Each runs in its own
// transaction together with the version bump, so a crash leaves the database at
// the previous version, never between two.
#include "common/Result.h"
#include <QStringList>
#include <vector>

namespace muco {

class Database;

struct Migration {
    int version;
    const char *purpose;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

// Brings the database up to `target` (default: the latest). Refuses a database
// newer than this program knows.
Status migrate(Database &db, int target = -1);

} // namespace muco
