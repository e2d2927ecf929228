#pragma once
#include <QString>

namespace muco {
// A random (version 4) UUID without braces: the identity of every synced record.
QString newUuid();
} // namespace muco
