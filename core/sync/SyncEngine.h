#pragma once
// The device's side of sync, without the network: what to push (the outbox of unacknowledged
// change-log entries), what an acknowledgement does (the entry leaves the outbox, conflicts
// are kept), and how a pulled page is applied (one transaction; the cursor moves with it).
#include "common/Result.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace muco {

class Session;

struct SyncConfig {
    QString server;     // https://central.example.org
    QString token;
    QString deviceId;
    QString caCert;     // path of a CA certificate to trust, or empty
};

struct SyncStatus {
    int pending = 0;
    QDateTime lastSuccess;
    QString server;
    int conflicts = 0;   // open
    QString lastError;
};

struct SyncConflict {
    // The field of a conflict about a whole record: a pulled change this device could not
    // apply (its rules refused it), parked for a person to acknowledge.
    static inline const QString wholeRecord = QStringLiteral("(record)");
    QString id;
    QString table;
    QString recordId;
    QString field;
    QJsonValue centralValue;
    QJsonValue deviceValue;
    QString status;   // open | resolved
};

class SyncEngine {
public:
    static Result<SyncConfig> config(Session &session);
    // Whether the device was ever enrolled with a central site (sync_server is set), whatever
    // config() says of its token: a device that was must not act as if it never had been.
    static Result<bool> enrolled(Session &session);
    // `monitor`: the central site enrolled this device as a trial-wide monitor device
    // (records/DeviceScope), which is stored with the configuration. Refused for a database
    // that already holds records (a monitor device starts empty and pulls every site's), and a
    // monitor device is never enrolled again as a site's.
    static Status configure(Session &session, const SyncConfig &config, bool monitor = false);
    // Whether this site may be enrolled at all: not the DEMO site, whose synthetic patients must
    // never reach a trial's central site (and whose own sealed reserve no central site issued).
    static Status mayEnroll(const Session &session);

    static Result<QJsonArray> outbox(Session &session, int limit);
    static Result<int> pendingCount(Session &session);
    // The central site's answer to a push: acknowledged entries leave the outbox.
    static Status acknowledge(Session &session, const QJsonObject &response);
    // One page of the pull feed, in one transaction with the cursor.
    static Result<int> applyPage(Session &session, const QJsonObject &page);
    static Result<qint64> cursor(Session &session);

    static Result<SyncStatus> status(Session &session);
    static Status recordOutcome(Session &session, const QString &error);   // empty error: success now
    static Result<QList<SyncConflict>> conflicts(Session &session, bool openOnly = true);
    // The clinician's choice: keepDevice or take the central value, with a reason (audited).
    static Status resolve(Session &session, const QString &conflictId, bool keepDevice, const QString &reason);
};

} // namespace muco
