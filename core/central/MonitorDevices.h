#pragma once
// The trial-wide monitor device (issue 17), as the central site keeps it. An enrolment code
// made for the monitor role (`mucotrack-central enroll --monitor`) enrols a device whose
// scope is the whole trial: its pull is every site's feed (pseudonymous: identities never
// reach the central site), and its push may hold monitoring records only (queries, their
// messages, SDV marks), each filed under the site of the patient it is about. A clinical
// change from it is refused and the refusal audited (CentralStore::push). The scope is kept
// beside the codes and devices in tables of its own, so stores made before it need no change.
#include "central/CentralBackend.h"

namespace muco {

class MonitorDevices {
public:
    static constexpr const char *kScope = "monitor";
    static QStringList schema();

    explicit MonitorDevices(CentralBackend &backend) : m_backend(backend) {}
    // In the caller's transaction.
    Status markCode(const QString &codeHash);
    Result<bool> isMonitorCode(const QString &codeHash);
    Status markDevice(const QString &deviceId);

private:
    CentralBackend &m_backend;
};

} // namespace muco
