#pragma once
// Devices of a trial enrolled at an in-process central site (tests only): a site's device, and
// the trial-wide monitor's laptop enrolled the way its administrator does it (a monitor's code
// through the service's /v1/enroll, then SyncEngine::configure with the scope the answer
// gives), each with a signed-in session and a transport to the service. Shared by
// tst_monitor_device and tst_gui_monitor.
#include "TestSite.h"
#include "central/CentralService.h"
#include "central/CentralStore.h"
#include "demo/DirectTransport.h"
#include "security/KeyCertificate.h"
#include "security/SigningKey.h"
#include "sync/SyncClient.h"
#include <memory>

namespace muco::test {

struct TrialDevice {
    std::unique_ptr<TestSite> site;
    std::unique_ptr<Session> session;
    std::unique_ptr<DirectTransport> transport;
    QString token;
    QString deviceId;
};

// An administrator's own key certificate for `site`, as `sync enroll` sends it (`root`), of a
// key made for the purpose: for tests that enrol through the service without a site database.
inline QJsonObject enrolmentRoot(const QString &site)
{
    const SigningKey key = SigningKey::generate(QStringLiteral("admin"));
    return KeyCertificate::make(site, key, QStringLiteral("admin"), key.publicKey(), QStringLiteral("administrator"),
                                QDateTime::currentDateTimeUtc()).toJson();
}

// A device of site `code`, enrolled for it, signed in as `user`.
TrialDevice enrolSiteDevice(CentralStore &store, CentralService &service, const QString &code, const QString &user);
// The monitor's laptop (its own database, site code MON1) enrolled with a monitor's code by its
// administrator, then signed in as `user`. No session when the enrolment failed (warned).
TrialDevice enrolMonitorDevice(CentralStore &store, CentralService &service, const QString &user = QStringLiteral("monitor"));
// One sync run of the device's session, at once (no retries); a failure is warned.
SyncReport syncDevice(TrialDevice &device);

} // namespace muco::test
