#pragma once
// Randomizing a patient with the network when there is one (issue 15): the rules are checked
// first (records/Randomize); then the central site is asked for the stratum's next entry; when
// it does not answer (no link, a timeout, a server failure, no central site configured), the
// device's sealed reserve is used instead. A refusal from the central site (the list used
// up, another site's stratum) is not a reason to open the reserve: it is reported as is.
#include "common/Secret.h"
#include "records/Randomize.h"
#include "sync/SyncClient.h"
#include <functional>

namespace muco {

class RandomizeClient {
public:
    using Done = std::function<void(const Result<Allocation> &)>;
    // transport null: this device has no central site; the reserve is used.
    static void start(Session &session, SyncTransport *transport, const QString &patientId, const Secret &password, Done done);
    // Runs an event loop until it is done (CLI and tests).
    static Result<Allocation> runBlocking(Session &session, SyncTransport *transport, const QString &patientId, const Secret &password);
};

} // namespace muco
