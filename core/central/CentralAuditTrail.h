#pragma once
// The central site's own audit trail (issue 11; docs/security.md, "The central site's audit
// trail"): enrolment codes created, enrolments made and refused, revocations, device tokens replaced, pushes (device,
// site, how many changes, accepted or refused and why), conflicts opened and resolved, and
// integrity alarms, free text reviewed for export. One row per event in `central_audit`, in the central store itself, on both
// backends.
// Append-only: the store refuses UPDATE and DELETE of its rows (triggers), and each row carries
// the SHA-256 of the row before it and of itself, so a row edited or removed by someone who got
// past the triggers shows as a broken chain (`mucotrack-central audit`, exit 7). Rows hold no
// record values: what happened, to which record and field, never its content.
#include "central/CentralBackend.h"
#include "common/Clock.h"
#include <QJsonObject>
#include <QList>

namespace muco {

struct CentralAuditEntry {
    qint64 seq = 0;
    QString atUtc;
    QString event;      // one of the CentralAuditTrail::k* names
    QString actor;      // "device" (the device named) or "operator:<login>" (a central command)
    QString deviceId;   // empty when no device is concerned
    QString site;
    QJsonObject detail;
};

struct CentralAuditCheck {
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBroken = 0;   // the first row that breaks the chain, when not intact
    QString problem;
};

class CentralAuditTrail {
public:
    static constexpr const char *kCodeCreated = "code_created";
    static constexpr const char *kEnrolled = "enrolled";
    static constexpr const char *kEnrolmentRefused = "enrolment_refused";
    static constexpr const char *kRevoked = "revoked";
    static constexpr const char *kTokenReplaced = "token_replaced";
    static constexpr const char *kKeysRegistered = "keys_registered";
    static constexpr const char *kPush = "push";
    static constexpr const char *kPushRefused = "push_refused";
    // The database connection was lost during a push: whether it was stored (its COMMIT may
    // have been done) is known when the device sends it again, a stored change then being
    // acknowledged as a replay. Not a refusal.
    static constexpr const char *kPushInterrupted = "push_interrupted";
    static constexpr const char *kConflict = "conflict";
    static constexpr const char *kConflictResolved = "conflict_resolved";
    static constexpr const char *kIntegrityAlarm = "integrity_alarm";
    static constexpr const char *kIntegrityAcknowledged = "integrity_acknowledged";
    static constexpr const char *kFreeTextReviewed = "free_text_reviewed";

    CentralAuditTrail(CentralBackend &backend, const Clock &clock) : m_backend(backend), m_clock(clock) {}
    // The table and the triggers that keep it append-only, for the backend `kind`.
    static QStringList schema(const QString &kind);
    // Appends one row. Call it inside the transaction of what it records, so that the event and
    // its row are committed together; it takes the store's write lock (CentralBackend::lockWrites),
    // so rows are chained in commit order whatever process writes them.
    Status append(const QString &event, const QString &actor, const QString &deviceId, const QString &site,
                  const QJsonObject &detail);
    // Oldest first.
    Result<QList<CentralAuditEntry>> entries();
    // Recomputes every row's hash and its link to the row before it.
    Result<CentralAuditCheck> verify();

private:
    CentralBackend &m_backend;
    const Clock &m_clock;
};

} // namespace muco
