#pragma once
// Why nothing can be written where a file lives: its file system is read-only or full.
// SQLite 3.15 reports a full disk under the WAL index as a mere "disk I/O error"; the file
// system says which it is, so a person reads "full" or "read-only" (issue 13, D6).
#include "common/Result.h"
#include <optional>

namespace muco {

std::optional<Error> unwritableDisk(const QString &path);

} // namespace muco
