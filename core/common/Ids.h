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
// How staff are named wherever a record leaves the site (records/Minimisation, key
// certificates): "U." and the first 12 hex digits of the SHA-256 of the lower-cased user name,
// the same at every site, the central site and in exports. An id given already is kept as it is.
QString opaqueAccountId(const QString &userName);
bool isOpaqueAccountId(const QString &text);
} // namespace muco
