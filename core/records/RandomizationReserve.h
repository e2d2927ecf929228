#pragma once
// This device's sealed reserve of allocations (issue 15): a few entries per stratum of its
// site, issued by the central site at every sync, each encrypted on its own (XChaCha20-
// Poly1305, bound to this device, its stratum and sequence). Nothing reads an entry's arm
// but openNext(), which the randomize action calls inside its transaction: the entries open
// in order, and each opening is recorded (who, when, for which patient) and audited.
// docs/randomization.md says what this conceals from whom.
#include "clinical/AllocationSequence.h"
#include "common/Result.h"
#include <QJsonObject>
#include <QMap>

namespace muco {

class Session;

class RandomizationReserve {
public:
    // The central site's answer to /v1/reserve: the sealing key and new entries, kept as they came.
    static Status store(Session &session, const QJsonObject &answer);
    // Sealed entries left, by stratum (`sync status`: "reserve").
    static Result<QMap<QString, int>> remaining(Session &session);
    // What the central site reconciles at sync: {"held": [{stratum, sequence}], "opened":
    // [{stratum, sequence, patient_id, opened_utc}]}.
    static Result<QJsonObject> report(Session &session);
    // Opens the stratum's lowest sealed entry for the patient, in the caller's transaction.
    // Network (exit 6) when none is left; Integrity when the entry does not open as issued.
    static Result<ListEntry> openNext(Session &session, const QString &stratum, const QString &patientId);
};

} // namespace muco
