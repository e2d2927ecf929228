#pragma once
// The trial's allocation lists at the central site (issue 15): set up once (generated from a
// seed or imported) by the statistician, consumed in order per stratum: online, the next free
// entry; offline, from sealed reserves issued to devices at sync and reconciled when the
// device reports what it opened. A list with allocations cannot be replaced. Everything a
// device or a file says is checked against the list; a mismatch is an integrity alarm.
#include "central/CentralBackend.h"
#include "central/CentralStore.h"
#include "central/IntegrityAlarm.h"
#include "clinical/AllocationSequence.h"
#include "security/AllocationSeal.h"
#include "common/Clock.h"
#include <QJsonObject>

namespace muco {

// Who acts on the lists at the central site. The statistician sets them up and reads them;
// the operator (running the service, enrolling devices) does neither.
enum class CentralRole { Statistician, Operator };

struct GenerateRequest {
    quint64 seed = 0;
    int perStratum = 0;
    QList<int> blocks{2, 4, 6};
    QStringList sites;                        // empty: every site the central site knows (enrolment codes)
    QList<StratificationFactor> factors;      // the protocol's
};

class AllocationList {
public:
    AllocationList(CentralBackend &backend, std::shared_ptr<Clock> clock) : m_b(backend), m_clock(std::move(clock)) {}
    // The tables, created with the rest of the central schema (CentralBackend).
    static QStringList schema();

    // Statistician only. Refused (Invalid) when any entry is reserved or allocated. Returns the
    // strata written; a site that enrolls later gets its strata from the same seed on demand.
    Result<QStringList> generate(CentralRole actor, const GenerateRequest &request);
    Result<QStringList> import(CentralRole actor, const QList<ListEntry> &entries);
    // {"allocations": [...], "by_site": {...}, "unused_reserved": N, "integrity": "ok" | "..."}
    Result<QJsonObject> report(CentralRole actor);
    // What reconciliation finds wrong (reconciled first), oldest first: `mucotrack-central
    // integrity` lists them beside the audit-anchor alarms.
    Result<QList<IntegrityAlarm>> alarms();

    // POST /v1/randomize {"patient_id", "subject_id", "stratum"} from a device of the stratum's
    // site: the next free entry, or the one this patient already has.
    Result<QJsonObject> allocateOnline(const DeviceIdentity &device, const QJsonObject &request);
    // POST /v1/reserve {"held": [{stratum, sequence}], "opened": [{stratum, sequence, patient_id,
    // opened_utc}]}: reconciles what the device opened, then tops its reserve up.
    // Answers {"key": hex, "entries": [{stratum, sequence, sealed}], "alarms": [...]}.
    Result<QJsonObject> issueReserve(const DeviceIdentity &device, const QJsonObject &request);

    // How many sealed entries a device holds per stratum: about two weeks of its site's
    // recruitment over the last 28 days, shared among the site's devices, 2 to 6.
    Result<int> reserveTarget(const QString &site, int strata);

    // One entry sealed for the device (security/AllocationSeal).
    static Result<QString> seal(const QByteArray &key, const QString &device, const ListEntry &entry)
    {
        return AllocationSeal::seal(key, device, entry.stratum, entry.sequence, entry.arm);
    }

private:
    Status ensureStratum(const QString &stratum);
    Status reconcile();
    Status alarm(const QString &site, const QString &device, const QString &detail);
    Result<QByteArray> deviceKey(const QString &device);
    Result<QString> subjectId(const QString &patientId);
    CentralBackend &m_b;
    std::shared_ptr<Clock> m_clock;
};

} // namespace muco
