#pragma once
// What the reports and exports read: the trial's synced records and their audit trail, taken
// once at a site (SiteSnapshot: its own data) or at the central site (CentralSnapshot: every
// site). Everything downstream (statistics, ODM, CSV, PDF) works on this value alone, so the
// site, the central site and the desktop share one implementation. Direct identifiers are
// never in it: patient_identity does not sync and no loader reads it.
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariantMap>

namespace muco {

struct SnapshotRecord {
    QString id;
    QString site;
    int version = 0;
    QString modifiedBy;
    QString modifiedUtc;
    QVariantMap fields;   // the table's declared fields (values as stored)
    QString text(const QString &field) const { return fields.value(field).toString(); }
};

// One changed field, who changed it, when and why: ODM's AuditRecord.
struct SnapshotAudit {
    QString table;
    QString recordId;
    QString field;
    QString user;
    QString atUtc;       // ISO 8601 UTC
    QString action;      // create | update | delete | sign ...
    QString newValue;
    QString reason;
    QString location;    // the site whose device made the change
};

struct TrialSnapshot {
    QString scope;           // "site" (one site's data) or "trial" (the central site's)
    QStringList sites;       // sorted
    QMap<QString, QList<SnapshotRecord>> tables;   // live records (tombstones left out), sorted by id (a site's doses by day and meal)
    QList<SnapshotAudit> audit;                    // in the order the changes were made
    QDateTime takenUtc;

    const QList<SnapshotRecord> &rows(const QString &table) const
    {
        static const QList<SnapshotRecord> none;
        auto it = tables.constFind(table);
        return it == tables.constEnd() ? none : it.value();
    }
};

// An opaque, stable id for a user name: the same person gets the same id at the site and
// at the central site, and the export never carries the name itself.
QString opaqueUserId(const QString &userName);

} // namespace muco
