#pragma once
// The devices' audit chains anchored at the central site (issue 11; docs/security.md,
// "Anchoring"). At every sync a device asks which row was anchored last (current()), then
// sends its chain's head (sequence, hash, signed by the user syncing) and the hash its chain
// now holds at that row (anchor()).
// A device whose chain no longer holds the anchored row (rewritten, truncated, or replaced
// by an older copy) is refused and an alarm is recorded for `mucotrack-central integrity`;
// its anchor stays where it was, so every later sync is refused too until the operator has
// looked and acknowledged the alarm (acknowledge()).
#include "central/CentralStore.h"
#include "central/IntegrityAlarm.h"
#include <QJsonObject>
#include <QList>

namespace muco {

class AuditAnchors {
public:
    AuditAnchors(CentralBackend &backend, const Clock &clock) : m_backend(backend), m_clock(clock) {}
    // {"anchored": {"seq", "hash"}}, or {"anchored": null} before the first anchor.
    Result<QJsonObject> current(const DeviceIdentity &device);
    // Request: {"head": {"seq", "hash", "signer", "signature"}, "anchored": {"seq", "hash"} (absent
    // the first time)}. Answer: {"anchored": {"seq", "hash"}}. An Integrity error when the chain
    // no longer holds the anchored row (the alarm is committed before it is returned). When
    // `anchored.seq` is not the current anchor (it moved since the device asked), the answer is
    // {"moved": true, "error": ...}, no alarm: the service says 412 and the device asks again.
    Result<QJsonObject> anchor(const DeviceIdentity &device, const QJsonObject &request);
    // The open alarms (oldest first); with `acknowledged`, also those the operator acknowledged.
    Result<QList<IntegrityAlarm>> alarms(bool acknowledged = false);
    // The operator's answer to a device's open alarms, after looking at the device (a database
    // put back from a backup older than its last sync, say): each is kept, marked acknowledged
    // by `actor` with the reason, and the device's anchor is dropped, so that its next sync
    // anchors its audit trail as it now stands and every later one is checked against that.
    // In one transaction, with a row in the central audit trail naming the anchor given up and
    // the reason's SHA-256 (its text is kept with the acknowledgement, not in the trail).
    // Answers how many alarms were acknowledged; invalid (naming --device or --reason) when the
    // device has no open alarm or no reason is given.
    Result<int> acknowledge(const QString &deviceId, const QString &reason, const QString &actor);
    static QStringList schema();
    // Heads in a row under keys the site does not hold (neither anchored nor compared) before
    // the operator is told (`unproven_heads` alarm; the anchor stays). An honest device posts
    // one before its keys and, when they do not chain, one after, at each sync: a device whose
    // keys never reach the central site (or a copy of its token used elsewhere) rings at its
    // third sync, a network failure between the anchor and the keys now and then does not.
    static constexpr qint64 kUnprovenHeadsAlarm = 5;

private:
    // In the anchor's transaction: one more head in a row that proved nothing.
    Status noteUnproven(const DeviceIdentity &device, const QString &nowUtc);

    CentralBackend &m_backend;
    const Clock &m_clock;
};

} // namespace muco
