#pragma once
// The cipher settings of a site database, set explicitly and recorded beside it so
// that the same file opens with Debian's SQLCipher 3.4 and with SQLCipher 4 elsewhere.
// They are SQLCipher 3's algorithms (HMAC-SHA1, PBKDF2-SHA1) with 4 KiB pages; the key is
// raw (x'...'), so the PBKDF2 iteration count only feeds SQLCipher's internal HMAC key.
#include <QJsonObject>
#include <QStringList>

namespace muco {

struct CipherSettings {
    int compatibility = 3;
    int pageSize = 4096;
    int kdfIter = 64000;
    QString hmacAlgorithm = QStringLiteral("HMAC_SHA1");
    QString kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA1");

    // The PRAGMAs, in the order a SQLCipher shell needs them after PRAGMA key.
    // Statements a 3.x library does not know are ignored by it.
    QStringList pragmas() const;
    QJsonObject toJson() const;
    static CipherSettings fromJson(const QJsonObject &o);
};

} // namespace muco
