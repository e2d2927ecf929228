#pragma once
// The devices' audit chains anchored at the central site (issue 11; docs/security.md,
// "Anchoring"). At every sync a device sends its chain's head (sequence, hash, signed by the
// user syncing) and the hash its chain now holds at the sequence anchored the time before.
// A device whose chain no longer holds the anchored row (rewritten, truncated, or replaced
// by an older copy) is refused and an alarm is recorded for `mucotrack-central integrity`;
// its anchor stays where it was, so every later sync is refused too until someone looks.
#include "central/CentralStore.h"
#include <QJsonObject>
#include <QList>

namespace muco {

struct IntegrityAlarm {
    QString deviceId;
    QString site;
    QString seenUtc;
    QString detail;
};

class AuditAnchors {
public:
    AuditAnchors(CentralBackend &backend, const Clock &clock) : m_backend(backend), m_clock(clock) {}
    // Request: {"head": {"seq", "hash", "signer", "signature"}, "anchored": {"seq", "hash"} (absent the
    // first time)}. Answer: {"anchored": {"seq", "hash"}}. An Integrity error when the chain
    // no longer holds the anchored head (the alarm is committed before it is returned).
    Result<QJsonObject> anchor(const DeviceIdentity &device, const QJsonObject &request);
    Result<QList<IntegrityAlarm>> alarms();

private:
    CentralBackend &m_backend;
    const Clock &m_clock;
};

} // namespace muco
