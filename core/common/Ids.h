#pragma once
#include <QString>
#include <array>
#include <cstddef>

namespace muco {
// The identity of every synced record: a version 7 UUID without braces, the time now in
// milliseconds followed by 74 random bits. Ids made later sort after earlier ones (to the
// millisecond), so each store's indexes grow at their end: with random (version 4) ids every
// insert landed on a page of its own, and a store slowed as it grew (issue 14). The time it
// tells is the record's creation, which its change already carries.
QString newUuid();
// The same layout from a given time and random bytes (the benchmarks' workloads, tests).
QString timeOrderedUuid(qint64 msSinceEpoch, const std::array<unsigned char, 10> &random);
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
