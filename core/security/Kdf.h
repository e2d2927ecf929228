#pragma once
#include "common/Result.h"
#include "common/Secret.h"
#include "common/SecureBytes.h"
#include <QByteArray>
#include <QString>
#include <cstddef>

namespace muco {

// The cost of Argon2id for new key slots. The cost is stored in each slot, so a
// slot made with one cost opens whatever the current default is.
struct KdfCost {
    unsigned long long opslimit = 0;
    std::size_t memlimit = 0;
    // The default: about 0.5 s on a 2-core clinic PC (see bench/ and the closing notes).
    static KdfCost standard();
    // Cheap enough for unit tests and the throwaway demo site; never for real sites.
    static KdfCost fast();
};

// Argon2id(password, salt) -> 32-byte key in guarded memory.
Result<SecureBytes> deriveKey(const Secret &secret, const QByteArray &salt, const KdfCost &cost);

} // namespace muco
