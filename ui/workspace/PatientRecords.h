#pragma once
// A patient's records as a monitor picks them: every record of a table a query or an SDV mark
// may point at (QueryTargets), each with a line a person recognizes ("Adverse event · Mucositis
// oral · 2026-11-18"), and the fields of a record that can be asked about, by their labels.
// The raise-query dialog and the source verification tab choose from these, never from typed
// table or field names.
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace muco {
class Session;
}

namespace muco::ui {

struct PatientRecord {
    QString table;
    QString id;
    QString summary;       // the table's label and what tells this record from its siblings
    QVariantMap values;    // its fields as stored
};

// Oldest table first in the order of the workspace's tabs; within a table, by date.
QList<PatientRecord> patientRecords(Session &session, const QString &patientId);
// One record (empty id when it is gone or cannot be read).
PatientRecord patientRecord(Session &session, const QString &table, const QString &id);
// The fields of `table` a monitor can ask about: declared, labelled for people, not keys,
// signatures or the record's own bookkeeping.
QStringList queryableFields(const QString &table);
// A stored value as people read it: translated codes, yes/no, "(empty)".
QString displayValue(const QString &field, const QVariant &value);
// The same, with its unit where the record says it: a lab value's own unit, a dose's Gy, a
// volume's mL (a monitor's walkthrough: "Recorded value: 6.1" with nothing to compare it with).
QString displayValue(const PatientRecord &record, const QString &field, const QVariant &value);

} // namespace muco::ui
