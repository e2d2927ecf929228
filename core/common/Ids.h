#pragma once
#include <QString>
#include <cstddef>

namespace muco {
// A random (version 4) UUID without braces: the identity of every synced record.
QString newUuid();
// `bytes` random bytes as lower-case hex: the secrets the central site and the device draw
// (enrolment codes, device tokens). The bytes are drawn in guarded memory and the hex copy
// wiped; the QString returned is the caller's.
QString randomHex(std::size_t bytes);
} // namespace muco
