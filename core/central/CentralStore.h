#pragma once
// The central site's logic, independent of HTTP: one-time enrollment codes, device
// tokens (stored hashed, revocable), push applied exactly once per change id with a
// field-level compare-and-set (a field changed on both sides becomes a conflict, never a
// silent overwrite), and a paged pull feed of the site's changes.
#include "common/Clock.h"
#include "central/CentralBackend.h"
#include "security/KeyCertificate.h"
#include <QJsonArray>
#include <QJsonObject>

namespace muco {

class PushBatch;
class CentralSignatures;

class AllocationList;

struct DeviceIdentity {
    QString deviceId;
    QString site;
    bool monitor = false;   // a trial-wide monitor device (central/MonitorDevices.h)
    QString ownSite = {};   // a monitor's own site code, while it acts for a patient's site (CentralStore::actingFor)
    // Where its accounts' keys are registered and looked up (CentralSignatures): a site's
    // device, under its site; a monitor's, under its own site code set apart from every site's,
    // also while it acts for a patient's site. So no key of a site's account signs as a
    // monitor's, nor a monitor's as a site's, whatever site codes a monitor's device calls itself.
    QString keySite() const { return monitor ? QStringLiteral("monitor:") + (ownSite.isEmpty() ? site : ownSite) : site; }
};

struct Enrollment {
    QString deviceId;
    QString token;
    QString site;
    QJsonArray subjectBlocks;   // [[first, last]]: the device's first block of subject numbers
    bool monitor = false;
    QString replaced;           // the device's previous identity, revoked at the new one's first use
};

class CentralStore {
public:
    CentralStore(std::unique_ptr<CentralBackend> backend, std::shared_ptr<Clock> clock);
    CentralBackend &backend() { return *m_backend; }
    // The randomization lists kept in this store (central/AllocationList.h).
    AllocationList allocationList();
    const Clock &clock() const { return *m_clock; }

    // Who runs the central site's commands, as its audit trail names them ("operator:<login>").
    void setOperator(const QString &actor) { m_operator = actor; }
    const QString &operatorActor() const { return m_operator; }

    Result<QString> createEnrollmentCode(const QString &site);
    // A code for a trial-wide monitor device (central/MonitorDevices.h): the device enrolling
    // with it keeps its own site code as its name, reads every site and writes monitoring only.
    Result<QString> createMonitorEnrollmentCode();
    // Denied for an unknown, used or expired code; and, when deviceSite is given, for a code
    // of another site, which is then left unused (docs/security.md, M4). `root`: the enrolling
    // administrator's certificate of their own key, pinned as the root of the device's key
    // certificates (CentralSignatures); Invalid ("root") unless it is that, for the code's site.
    // `rootRequired` (the HTTP API): a device without a root (a monitor's too) is refused ("root"), the code
    // unused; without it (in-process callers: tests, benchmarks) the device's first certificates
    // pin one. `previousToken`: the token of the identity the device had (a device enrolled
    // again): that identity, if it is of the same site and not revoked (Enrollment::replaced),
    // is revoked when the new one is first used, so the old token opens nothing from then on.
    Result<Enrollment> enroll(const QString &code, const QString &deviceSite = {}, const std::optional<KeyCertificate> &root = std::nullopt,
                              bool rootRequired = false, const QString &previousToken = {});
    // How long an enrollment code stays valid (default 7 days).
    void setCodeValidityDays(int days) { m_codeValidityDays = days; }
    // Denied for an unknown or revoked token.
    Result<DeviceIdentity> authenticate(const QString &token);
    // Invalid for an unknown device; revoking a revoked device again changes nothing.
    Status revoke(const QString &deviceId);
    // The device's token from now on is `next` (64 lower-case hex digits, which the device drew
    // from 32 random bytes) in place of `presented`, the one it authenticated with, which opens
    // nothing any more and is kept as retired: used again later than kRetiredGraceMinutes after,
    // it raises an integrity alarm. A device replaces its token after an account that could read
    // it left (docs/security.md, "Account life cycle"). Checked and done under the write lock:
    // denied when `presented` is no longer the device's token (replaced since), invalid, naming
    // "token", for any other form or a token ever used. Asking again for the token the device
    // has already is a success that changes nothing (an answer lost).
    Status replaceToken(const DeviceIdentity &device, const QString &presented, const QString &next);
    // A run of the device that began before its token was replaced may still send the old one.
    static constexpr int kRetiredGraceMinutes = 15;
    // id, site, enrolled_utc, revoked_utc, scope ("site" or "monitor").
    Result<QList<QVariantList>> devices();

    // {"acked": [ids], "conflicts": [...]}. The record's site is the device's (from its token,
    // whatever the change says); Denied when a change touches another site's record or
    // refers to one (a *_id field naming another site's record). A monitor device's change is
    // filed under its patient's site, and Denied (the whole push, audited) for any table but
    // the monitoring ones.
    Result<QJsonObject> push(const DeviceIdentity &device, const QJsonArray &changes);
    // {"changes": [...], "next": cursor, "more": bool, "conflicts": [...]}: the device's site's
    // feed, or every site's for a monitor device.
    Result<QJsonObject> pull(const DeviceIdentity &device, qint64 after, int limit);

    static QStringList syncedTables();

private:
    Status retireReplaced(const DeviceIdentity &device);
    Result<Enrollment> enrollOnce(const QString &code, const QString &deviceSite, const std::optional<KeyCertificate> &root, bool rootRequired,
                                  const QString &previousToken);
    Result<QString> createCode(const QString &site, bool monitor);
    // Who a change acts for: the device itself, or for a monitor device the site of the
    // patient its monitoring record is about.
    Result<DeviceIdentity> actingFor(const DeviceIdentity &device, const QJsonObject &change, PushBatch &batch);
    Result<QJsonObject> pushOnce(const DeviceIdentity &device, const QJsonArray &changes);
    Result<QJsonObject> applyChange(const DeviceIdentity &device, const QJsonObject &change, QJsonArray &conflicts, PushBatch &batch,
                                    CentralSignatures &signatures);
    // A push refused because a signature did not hold (CentralSignatures): one open alarm per
    // device and finding, raised after the push's transaction rolled back.
    void alarmSignature(const DeviceIdentity &device, const QString &detail);
    // A refusal is recorded in the central audit trail after its transaction rolled back.
    void auditRefusal(const QString &event, const DeviceIdentity &device, const QJsonObject &detail);
    void alarmRetiredToken(const QVariantList &retired);
    std::unique_ptr<CentralBackend> m_backend;
    std::shared_ptr<Clock> m_clock;
    int m_codeValidityDays = 7;
    QString m_operator = QStringLiteral("operator");
};

QString tokenHash(const QString &token);

} // namespace muco
