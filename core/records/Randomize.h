#pragma once
// The randomize action (issue 15): a coordinator or investigator allocates an arm to an
// enrolled patient (a signed eligible screening), once. It is an electronic signature
// (password re-entered; meaning "I randomize this patient"), written with its audit entries in
// one transaction, and it syncs. Online, the central site allocates and this records its
// answer; offline, the next sealed entry of this device's reserve is opened in the same
// transaction that records the allocation. The network step lives in sync/RandomizeClient.
#include "common/Secret.h"
#include "clinical/AllocationSequence.h"
#include "records/Randomizations.h"
#include <QJsonObject>

namespace muco {

class Session;

struct RandomizeRequest {
    QString patientId;
    QString subjectId;
    QString stratum;
};

class Randomize {
public:
    // Coordinators and investigators randomize; nobody else (Denied, naming the role).
    static Status mayRandomize(const Session &session);
    // Everything decided before anything is allocated: the right, the password, the patient
    // enrolled and not yet randomized, and the stratum (site, then the protocol's factors).
    static Result<RandomizeRequest> check(Session &session, const QString &patientId, const Secret &password);
    static Result<RandomizeRequest> check(Session &session, const QString &patientId, const Secret &password,
                                          const QList<StratificationFactor> &factors);
    // The central site's answer ({"stratum", "sequence", "arm", "allocated_utc"}), recorded.
    static Result<Allocation> recordOnline(Session &session, const RandomizeRequest &request, const QJsonObject &answer);
    // Offline: the reserve's next entry of the stratum, opened and recorded in one transaction.
    static Result<Allocation> fromReserve(Session &session, const RandomizeRequest &request);
};

} // namespace muco
