#include "TrialDevices.h"
#include "security/KeyCertificate.h"
#include "sync/SyncEngine.h"
#include <QDebug>
#include <QJsonDocument>

namespace muco::test {

TrialDevice enrolSiteDevice(CentralStore &store, CentralService &service, const QString &code, const QString &user)
{
    TrialDevice d;
    d.site = std::make_unique<TestSite>(code);
    d.session = d.site->signIn(user);
    auto enrolment = store.enroll(store.createEnrollmentCode(code).value(), code);
    d.token = enrolment->token;
    d.deviceId = enrolment->deviceId;
    d.transport = std::make_unique<DirectTransport>(service, d.token);
    return d;
}

TrialDevice enrolMonitorDevice(CentralStore &store, CentralService &service, const QString &user)
{
    TrialDevice d;
    d.site = std::make_unique<TestSite>(QStringLiteral("MON1"));
    auto code = store.createMonitorEnrollmentCode();
    if (!code.ok()) {
        qWarning() << code.error().message;
        return d;
    }
    // As `sync enroll` does: with the enrolling administrator's own key certificate, the root of
    // the device's certificates (its monitors sign their source verification and queries).
    auto admin = d.site->signIn(QStringLiteral("admin"));
    auto root = KeyCertificates::root(*admin);
    if (!root.ok()) {
        qWarning() << root.error().message;
        return d;
    }
    const QJsonObject body{{QStringLiteral("code"), code.value()}, {QStringLiteral("site"), QStringLiteral("MON1")},
                           {QStringLiteral("root"), root->toJson()}};
    const ServiceResponse r = service.handle({"POST", QStringLiteral("/v1/enroll"), {}, {}, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)});
    if (r.status != 200) {
        qWarning() << r.body;
        return d;
    }
    d.token = r.body.value(QStringLiteral("token")).toString();
    d.deviceId = r.body.value(QStringLiteral("device_id")).toString();
    const Status configured = SyncEngine::configure(*admin, {QStringLiteral("https://central.example"), d.token, d.deviceId, {}},
                                                    r.body.value(QStringLiteral("scope")).toString() == QLatin1String("monitor"));
    if (!configured.ok()) {
        qWarning() << configured.error().message;
        return d;
    }
    d.session = d.site->signIn(user);
    d.transport = std::make_unique<DirectTransport>(service, d.token);
    return d;
}

SyncReport syncDevice(TrialDevice &d)
{
    SyncClient::Options o;
    o.baseBackoffMs = 1;
    o.maxRetries = 0;
    SyncClient client(*d.session, *d.transport, o);
    SyncReport r = client.runBlocking();
    if (!r.ok)
        qWarning() << r.error;
    return r;
}

} // namespace muco::test
