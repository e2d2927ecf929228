#pragma once
// SHA-256, OpenSSL's: it uses the processor's SHA instructions where there are some (libsodium's
// is portable code, four times slower here). The audit chain hashes every row it appends,
// several per record written (issue 14).
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace muco {

QByteArray sha256(QByteArrayView bytes);
// The digest as 64 lower-case hex digits.
QString sha256Hex(QByteArrayView bytes);

} // namespace muco
