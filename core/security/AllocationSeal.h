#pragma once
// An entry of a randomization reserve, sealed for one device (issue 15): XChaCha20-Poly1305
// under the device's sealing key, bound to the device, the stratum and the sequence, so that an
// entry altered, moved to another stratum or place, or copied to another device does not open.
// The central site seals (central/AllocationList), the device opens (records/RandomizationReserve),
// and the DEMO site, which plays its own central site, seals its reserve with the same code.
#include "common/Result.h"
#include <QByteArray>
#include <QString>
#include <optional>

namespace muco {

class AllocationSeal {
public:
    static constexpr qsizetype kKeyBytes = 32;
    // A new sealing key (kKeyBytes random bytes).
    static QByteArray newKey();
    // Base64 of the nonce and the ciphertext of {"stratum", "sequence", "arm"}: what the central
    // site's /v1/reserve answer carries as "sealed" and the device stores as it came.
    // Refused (never an empty seal) for a key of the wrong size or libsodium not initialised.
    static Result<QString> seal(const QByteArray &key, const QString &device, const QString &stratum, int sequence, const QString &arm);
    // The arm, when the entry opens as sealed for this device, stratum and sequence; nothing when
    // the key, the place or the bytes are not those it was sealed with.
    static std::optional<QString> open(const QByteArray &key, const QString &device, const QString &stratum, int sequence,
                                       const QString &sealed);
};

} // namespace muco
