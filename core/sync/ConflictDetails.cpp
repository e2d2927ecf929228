#include "sync/ConflictDetails.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"

namespace muco {

namespace {
QDateTime utc(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODateWithMs); }
} // namespace

Result<QList<ConflictDetails>> ConflictDetailsReader::open(Session &s)
{
    MUCO_READ(conflicts, SyncEngine::conflicts(s, true));
    MUCO_READ(who, s.db().prepare(QStringLiteral("SELECT user_name, at_utc FROM audit WHERE table_name = ? AND record_id = ?"
                                                 " AND field = ? ORDER BY seq DESC LIMIT 1")));
    MUCO_READ(detected, s.db().prepare(QStringLiteral("SELECT detected_utc FROM sync_conflicts WHERE id = ?")));
    QList<ConflictDetails> out;
    for (const SyncConflict &c : conflicts) {
        ConflictDetails d{c, {}, {}, {}, {}};
        // The table name is one of the declared synced tables (never text from the network
        // reaching SQL): an unknown one leaves the subject unknown.
        if (const TableSpec *t = RecordStore::tableNamed(c.table)) {
            const QString sql = t->name == QLatin1String("patients")
                ? QStringLiteral("SELECT subject_id FROM patients WHERE id = ?")
                : QStringLiteral("SELECT p.subject_id FROM %1 r JOIN patients p ON p.id = r.patient_id WHERE r.id = ?").arg(t->name);
            MUCO_READ(subject, s.db().prepare(sql));
            subject.bind(1, c.recordId);
            MUCO_READ(found, subject.next());
            if (found)
                d.subjectId = subject.text(0);
        }
        who.reset();
        who.bind(1, c.table).bind(2, c.recordId).bind(3, c.field);
        MUCO_READ(changed, who.next());
        if (changed) {
            d.changedHereBy = who.text(0);
            d.changedHereUtc = utc(who.text(1));
        }
        detected.reset();
        detected.bind(1, c.id);
        MUCO_READ(seen, detected.next());
        if (seen)
            d.detectedUtc = utc(detected.text(0));
        out.append(d);
    }
    return out;
}

} // namespace muco
