#pragma once
// One push's reads, made up front for the whole batch, and its writes, made as multi-row
// statements when it ends (issue 14: a change cost about twelve statements, each a round trip
// to PostgreSQL). Everything a push decides on is read through it, so each change sees what
// the changes before it in the same push wrote, exactly as if each had been written at once.
#include "central/CentralBackend.h"
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QMultiHash>
#include <QSet>
#include <optional>

namespace muco {

class PushBatch {
public:
    explicit PushBatch(CentralBackend &backend) : m_b(backend) {}

    // Reads, for these changes (as devices send them), which were applied before, the sites of
    // the records they name or refer to, and the stored fields of those that exist.
    Status prefetch(const QJsonArray &changes);

    // Applied before, or earlier in this push.
    Result<bool> seen(const QString &changeId);
    void markSeen(const QString &changeId) { m_seen.insert(changeId); }
    // The sites holding a record of this id (in any table), and its site in `table`.
    Result<QStringList> sitesOf(const QString &recordId);
    Result<std::optional<QString>> siteOf(const QString &table, const QString &recordId);
    void addRecordSite(const QString &table, const QString &recordId, const QString &site);
    // The central value of a field (canonical JSON text), if it has one.
    Result<std::optional<QString>> value(const QString &table, const QString &recordId, const QString &field);
    void setValue(const QString &table, const QString &recordId, const QString &field, const QString &value, const QString &changeId);
    // The change that wrote a field's central value (read or set before), if it has one.
    QString changeOf(const QString &table, const QString &recordId, const QString &field) const
    {
        return m_values.value(key(table, recordId, field)).changeId;
    }
    // Every field the central site holds for the record, with its value (canonical JSON text).
    Result<QMap<QString, QString>> record(const QString &table, const QString &recordId);
    // Another patient record of `site` holding this subject ID (canonical JSON text), compared
    // without regard to case (ASCII, as SQLite's lower()), or empty.
    Result<QString> subjectHolder(const QString &site, const QString &recordId, const QString &subjectId);
    // A row of `changes`: id, site, device_id, table_name, record_id, fields, changed_by, changed_utc, received_utc.
    void addChange(QVariantList row) { m_newChanges.append(std::move(row)); }

    // Writes what is pending; reads answered by the database alone are right again after it.
    Status flush();
    // The new fields set so far sent ahead where the database loads them beside the program
    // (CentralBackend::streamsRows): a field set again later in the push is then updated by
    // flush(). Nothing where it does not.
    Status sendAhead();

    // A field that names another record (patient_id, plan_id, ..., and the two that do not end in
    // "_id": a correction's supersedes, an event's source_assessment): what it names must be of
    // the pushing device's site.
    static bool isReference(const QString &field);
    // A patient's subject ID: the value whose holders are looked up and whose clash is a conflict of its own.
    static bool isSubjectId(const QString &table, const QString &field);
    // The subject-ID lookup: site, record id, subject ID (canonical JSON text).
    static QString subjectHolderSql();
    // The holders of `count` subject IDs in one statement: a UNION ALL of single lookups through
    // the records_subject index (an IN (...) list of them was read whole); each branch takes the
    // subject ID asked for, twice (it names the rows it finds), and gives it, record id and site.
    static QString subjectHoldersSql(int count);
    // The same on PostgreSQL: every subject ID asked for in one JSON array, the one parameter.
    static QString subjectHoldersJsonSql();

private:
    static QStringList recordColumns();
    // The rows of the new fields pending, marked written.
    QList<QVariantList> takeInserts();
    struct Value {
        QString table, record, field;
        QString value;
        QString changeId;
        bool stored = false;   // a row exists in the database
        bool dirty = false;    // stored, changed since
    };
    static QString key(const QString &a, const QString &b) { return a + QChar(0x1f) + b; }
    static QString key(const QString &a, const QString &b, const QString &c) { return key(key(a, b), c); }
    Status loadSites(const QStringList &recordIds);
    Status loadValues(const QString &table, const QStringList &recordIds);

    CentralBackend &m_b;
    QSet<QString> m_checked;                                  // change ids looked up
    QSet<QString> m_seen;                                     // of those, applied
    QHash<QString, QList<std::pair<QString, QString>>> m_sites;   // record id -> (table, site); looked up ids only
    QHash<QString, Value> m_values;                           // key(table, record, field)
    QSet<QString> m_loaded;                                   // key(table, record): every stored field is in m_values
    QHash<QString, QSet<QString>> m_fields;                   // key(table, record) -> its fields in m_values
    QList<QVariantList> m_newSites, m_newChanges;
    QStringList m_inserts, m_updates;                         // keys of m_values to write
    QSet<QString> m_setAgain;                                 // keys new in this push and set since
    QMultiHash<QString, QString> m_pending;                   // lower-case subject ID -> patient record, set, not written
    // Subject ID asked for (canonical JSON text) -> stored patients holding it in any case, as
    // (record id, site), read up front; forgotten when the push writes (flush).
    QHash<QString, QList<std::pair<QString, QString>>> m_holders;
    Status loadHolders(const QStringList &subjectIds);
    void addHolders(const QList<QVariantList> &rows);
};

} // namespace muco
