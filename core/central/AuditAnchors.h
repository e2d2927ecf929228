#pragma once
// The devices' audit chains anchored at the central site (issue 11; docs/security.md,
// "Anchoring"). At every sync a device asks which row was anchored last (current()), then
// sends its chain's head (sequence, hash, signed by the user syncing) and the hash its chain
// now holds at that row (anchor()).
// A device whose chain no longer holds the anchored row (rewritten, truncated, or replaced
// by an older copy) is refused and an alarm is recorded for `mucotrack-central integrity`;
// its anchor stays where it was, so every later sync is refused too until someone looks.
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
    Result<QList<IntegrityAlarm>> alarms();

private:
    CentralBackend &m_backend;
    const Clock &m_clock;
};

} // namespace muco
