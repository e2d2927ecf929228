#include "reports/SiteSnapshot.h"
#include "records/Minimisation.h"
#include "records/RecordStore.h"
#include "records/StudyDrug.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include <QSet>

namespace muco {

namespace {

Status readTables(Session &s, TrialSnapshot &snap)
{
    const bool withhold = Minimisation::withholdsFreeText(s);
    for (const TableSpec *t : RecordStore::syncedTables()) {
        // Table and field names come from the declarations (TableSpec), never from input.
        QStringList cols{QStringLiteral("id"), QStringLiteral("site"), QStringLiteral("version"), QStringLiteral("modified_by"),
                         QStringLiteral("modified_utc")};
        cols += t->fields;
        // A day's doses as they were given (the export's EX domain); other records by id.
        const QString order = t->name == StudyDrug::table().name ? StudyDrug::chronologicalOrder() : QStringLiteral("id");
        auto st = s.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY %3").arg(cols.join(QLatin1Char(',')), t->name, order));
        if (!st.ok())
            return st.error();
        QList<SnapshotRecord> &rows = snap.tables[t->name];
        MUCO_TRY(st->forEachRow([&](const Statement &row) {
            SnapshotRecord r{row.text(0), row.text(1), int(row.integer(2)), row.text(3), row.text(4), {}};
            for (int i = 5; i < cols.size(); ++i)
                r.fields.insert(cols[i], row.value(i));
            if (withhold)
                r.fields = Minimisation::withoutFreeText(t->name, r.fields);
            rows << r;
        }));
    }
    return {};
}

Status readAudit(Session &s, TrialSnapshot &snap)
{
    // A monitor's export holds no free text (Minimisation::withholdsFreeText): a review found the
    // monitor's device exporting every site's free text that the central site's export withholds.
    const bool withhold = Minimisation::withholdsFreeText(s);
    QSet<QString> synced;
    for (const TableSpec *t : RecordStore::syncedTables())
        synced.insert(t->name);
    auto st = s.db().prepare(QStringLiteral("SELECT table_name, record_id, field, user_name, at_utc, action, new_value, reason"
                                            " FROM audit WHERE table_name IS NOT NULL AND record_id IS NOT NULL ORDER BY seq"));
    if (!st.ok())
        return st.error();
    return st->forEachRow([&](const Statement &row) {
        // Only the trail of records that sync: patient_identity's never leaves the site.
        if (!synced.contains(row.text(0)))
            return;
        // The trail leaves the site in the export (ODM's audit records): a birth date as its
        // year there, as in the export's own fields, whoever exports.
        const bool freeText = withhold && Minimisation::isFreeText(row.text(0), row.text(2));
        snap.audit << SnapshotAudit{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5),
                                    freeText ? QString() : Minimisation::withoutIdentity(row.text(0), row.text(2), row.text(6)),
                                    withhold ? QString() : row.text(7), s.site()};
    });
}

} // namespace

Result<TrialSnapshot> siteSnapshot(Session &s)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    TrialSnapshot snap;
    snap.scope = QStringLiteral("site");
    snap.sites = {s.site()};
    snap.takenUtc = s.now();
    MUCO_TRY(s.db().exec(QStringLiteral("BEGIN")));
    Status read = readTables(s, snap);
    if (read.ok())
        read = readAudit(s, snap);
    (void)s.db().exec(QStringLiteral("COMMIT"));
    if (!read.ok())
        return read.error();
    return snap;
}

} // namespace muco
