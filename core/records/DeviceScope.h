#pragma once
// What this device may change (issue 17). A site's devices write the site's clinical records.
// A trial-wide monitor device (enrolled with a monitor's code at the central site) holds every
// site's pseudonymous records, pulled, and writes only the monitoring records: queries, their
// messages and source-verification marks. The scope is kept in the database's `meta`
// (`device_scope`), written at enrolment only (SyncEngine::configure), so changing it takes the
// database key; Session::setSetting refuses the key. The write path (RecordStore) asks here
// before every write, so the desktop and the command line are refused alike; the central site
// refuses a clinical change from a monitor device again (CentralStore::push).
#include "common/Result.h"
#include <QStringList>

namespace muco {

class Session;
struct TableSpec;

class DeviceScope {
public:
    static constexpr const char *kMetaKey = "device_scope";
    static constexpr const char *kMonitor = "monitor";

    // queries, query_messages, sdv_marks: the only tables a monitor device writes.
    static const QStringList &monitoringTables();
    static bool isMonitoringTable(const QString &table) { return monitoringTables().contains(table); }

    static Result<bool> isMonitorDevice(Session &session);
    // Denied, naming the table, for a write to anything but the monitoring tables on a monitor
    // device; nothing on a site's device.
    static Status checkWrite(Session &session, const TableSpec &table);
    // The site a new record belongs to: the session's own, except on a monitor device, where a
    // monitoring record belongs to its patient's site (the patient's record, as pulled).
    static Result<QString> siteForNewRecord(Session &session, const TableSpec &table, const QString &patientId);
};

} // namespace muco
