#pragma once
// The cipher settings of a site database, set explicitly and recorded beside it so
// that the same file opens with Debian's SQLCipher 3.4 and with SQLCipher 4 elsewhere.
// They are SQLCipher 3's algorithms (HMAC-SHA1, PBKDF2-SHA1) with 4 KiB pages; the key is
// raw (x'...'), so the PBKDF2 iteration count only feeds SQLCipher's internal HMAC key.
//
// Typed values from a fixed list (docs/security.md, H1): nothing read from the key file is
// ever pasted into SQL. fromJson refuses any algorithm SQLCipher 3/4 does not support and
// any number out of range; the PRAGMA text is built from this file's constants only.
#include "common/Result.h"
#include <QJsonObject>
#include <QStringList>

namespace muco {

// The HMAC and KDF algorithms SQLCipher 3.x and 4.x support.
enum class CipherHmac { Sha1, Sha256, Sha512 };
enum class CipherKdf { Pbkdf2Sha1, Pbkdf2Sha256, Pbkdf2Sha512 };

struct CipherSettings {
    int compatibility = 3;   // 3 or 4
    int pageSize = 4096;     // a power of two, 512..65536
    int kdfIter = 64000;     // 1..10,000,000
    CipherHmac hmacAlgorithm = CipherHmac::Sha1;
    CipherKdf kdfAlgorithm = CipherKdf::Pbkdf2Sha1;

    // The PRAGMAs, in the order a SQLCipher shell needs them after PRAGMA key.
    // Statements a 3.x library does not know are ignored by it.
    QStringList pragmas() const;
    QJsonObject toJson() const;
    // Invalid (field "cipher.<name>") for an unknown algorithm, a number out of range,
    // a value of the wrong type or a key that is not one of the five.
    static Result<CipherSettings> fromJson(const QJsonObject &o);
    // Accepted ranges, also checked by Database::open for settings built in code.
    Status check() const;
    bool operator==(const CipherSettings &) const = default;

    static QString hmacName(CipherHmac h);
    static QString kdfName(CipherKdf k);
};

} // namespace muco
