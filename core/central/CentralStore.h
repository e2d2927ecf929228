#pragma once
// The central site's logic, independent of HTTP: one-time enrollment codes, device
// tokens (stored hashed, revocable), push applied exactly once per change id with a
// field-level compare-and-set (a field changed on both sides becomes a conflict, never a
// silent overwrite), and a paged pull feed of the site's changes.
#include "common/Clock.h"
#include "central/CentralBackend.h"
#include <QJsonArray>
#include <QJsonObject>

namespace muco {

class PushBatch;

class AllocationList;

struct DeviceIdentity {
    QString deviceId;
    QString site;
};

struct Enrollment {
    QString deviceId;
    QString token;
    QString site;
    QJsonArray subjectBlocks;   // [[first, last]]: the device's first block of subject numbers
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
    // Denied for an unknown, used or expired code; and, when deviceSite is given, for a code
    // of another site, which is then left unused (docs/security.md, M4).
    Result<Enrollment> enroll(const QString &code, const QString &deviceSite = {});
    // How long an enrollment code stays valid (default 7 days).
    void setCodeValidityDays(int days) { m_codeValidityDays = days; }
    // Denied for an unknown or revoked token.
    Result<DeviceIdentity> authenticate(const QString &token);
    // Invalid for an unknown device; revoking a revoked device again changes nothing.
    Status revoke(const QString &deviceId);
    Result<QList<QVariantList>> devices();

    // {"acked": [ids], "conflicts": [...]}. The record's site is the device's (from its token,
    // whatever the change says); Denied when a change touches another site's record or
    // refers to one (a *_id field naming another site's record).
    Result<QJsonObject> push(const DeviceIdentity &device, const QJsonArray &changes);
    // {"changes": [...], "next": cursor, "more": bool, "conflicts": [...]}.
    Result<QJsonObject> pull(const DeviceIdentity &device, qint64 after, int limit);

    static QStringList syncedTables();

private:
    Result<Enrollment> enrollOnce(const QString &code, const QString &deviceSite);
    Result<QJsonObject> pushOnce(const DeviceIdentity &device, const QJsonArray &changes);
    Result<QJsonObject> applyChange(const DeviceIdentity &device, const QJsonObject &change, QJsonArray &conflicts, PushBatch &batch);
    // A refusal is recorded in the central audit trail after its transaction rolled back.
    void auditRefusal(const QString &event, const DeviceIdentity &device, const QJsonObject &detail);
    std::unique_ptr<CentralBackend> m_backend;
    std::shared_ptr<Clock> m_clock;
    int m_codeValidityDays = 7;
    QString m_operator = QStringLiteral("operator");
};

QString tokenHash(const QString &token);

} // namespace muco
