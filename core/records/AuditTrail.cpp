#include "records/AuditTrail.h"
#include "records/Minimisation.h"
#include "records/Patients.h"
#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

// Tables whose rows belong to a patient through their patient_id column.
QList<const TableSpec *> childTables()
{
    QList<const TableSpec *> out;
    for (const TableSpec *t : RecordStore::syncedTables())
        if (t->fields.contains(QStringLiteral("patient_id")))
            out << t;
    return out;
}

// A patient's own rows are keyed by the patient's id (patients, patient_identity).
bool keyedByPatient(const QString &table)
{
    return table == Patients::table().name || table == Patients::identityTable().name;
}

// LIKE's own wildcards typed as text are matched literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QStringList AuditTrail::patientTables()
{
    QStringList out{Patients::table().name, Patients::identityTable().name};
    for (const TableSpec *t : childTables())
        if (!out.contains(t->name))
            out << t->name;
    return out;
}

Result<QList<AuditRow>> AuditTrail::read(Session &s, const AuditFilter &f)
{
    MUCO_TRY(s.require(Permission::VerifyAudit));
    return rows(s, f);
}

QList<AuditRow> AuditTrail::forExport(const Session &session, QList<AuditRow> rows)
{
    if (!Minimisation::withholdsFreeText(session))
        return rows;
    for (AuditRow &a : rows) {
        if (Minimisation::isFreeText(a.table, a.field)) {
            a.oldValue.clear();
            a.newValue.clear();
        }
        a.reason.clear();
    }
    return rows;
}

Result<QList<AuditRow>> AuditTrail::ofPatient(Session &s, const QString &patientId)
{
    // The patient's own trail goes into the casebook the site's staff sign off: whoever may see
    // the patient may see how the record came to be. Identities stay hidden as in read().
    MUCO_TRY(s.require(Permission::ViewPatients));
    AuditFilter f;
    f.patientId = patientId;
    return rows(s, f);
}

Result<QList<AuditRow>> AuditTrail::rows(Session &s, const AuditFilter &f)
{
    // Every piece of SQL below is written here; what the caller gave is only ever bound.
    QStringList where;
    QVariantList binds;
    if (!f.table.isEmpty()) {
        const TableSpec *t = RecordStore::tableNamed(f.table);
        if (!t && f.table != Patients::identityTable().name)
            return Error::invalid(QStringLiteral("table"), Tr::tr("\"%1\" is not a table of this site").arg(f.table));
        where << QStringLiteral("table_name = ?");
        binds << f.table;
    }
    if (!f.recordId.isEmpty()) {
        where << QStringLiteral("record_id = ?");
        binds << f.recordId;
    }
    if (!f.field.isEmpty()) {
        where << QStringLiteral("field = ?");
        binds << f.field;
    }
    if (!f.user.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        binds << f.user;
    }
    if (f.fromUtc.isValid()) {
        where << QStringLiteral("at_utc >= ?");
        binds << isoUtc(f.fromUtc);
    }
    if (f.toUtc.isValid()) {
        where << QStringLiteral("at_utc < ?");
        binds << isoUtc(f.toUtc);
    }
    if (!f.text.trimmed().isEmpty()) {
        QStringList any;
        for (const char *column : {"old_value", "new_value", "reason", "field", "user_name", "record_id", "action"}) {
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            binds << likePattern(f.text.trimmed());
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!f.patientId.isEmpty()) {
        QStringList mine{QStringLiteral("(table_name IN ('%1', '%2') AND record_id = ?)").arg(Patients::table().name, Patients::identityTable().name)};
        binds << f.patientId;
        for (const TableSpec *t : childTables()) {
            mine << QStringLiteral("(table_name = '%1' AND record_id IN (SELECT id FROM %1 WHERE patient_id = ?))").arg(t->name);
            binds << f.patientId;
        }
        where << QLatin1Char('(') + mine.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QString sql = QStringLiteral("SELECT seq, at_utc, user_name, action, table_name, record_id, field, old_value, new_value, reason,"
                                 " signer IS NOT NULL AND signer <> '' FROM audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);

    // Which patient each record belongs to, and each patient's subject id.
    QHash<QString, QString> subjectOf;
    QHash<QString, QHash<QString, QString>> patientOf;   // table -> record id -> patient id
    QHash<QString, std::pair<QDate, QString>> partOf;     // table + dose or fraction id -> date, slot or number
    {
        MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT id, subject_id FROM patients")));
        MUCO_TRY(st.forEachRow([&](const Statement &r) { subjectOf.insert(r.text(0), r.text(1)); }));
        for (const TableSpec *t : childTables()) {
            // A dose is its date and slot, a fraction its date and number.
            const QString part = t->name == QLatin1String("drug_doses") ? QStringLiteral("slot")
                                 : t->name == QLatin1String("fractions") ? QStringLiteral("number")
                                                                          : QString();
            MUCO_READ(rows, s.db().prepare(part.isEmpty() ? QStringLiteral("SELECT id, patient_id FROM %1").arg(t->name)
                                                          : QStringLiteral("SELECT id, patient_id, date, %2 FROM %1").arg(t->name, part)));
            auto &map = patientOf[t->name];
            MUCO_TRY(rows.forEachRow([&](const Statement &r) {
                map.insert(r.text(0), r.text(1));
                if (!part.isEmpty())
                    partOf.insert(t->name + QChar(0x1f) + r.text(0), {QDate::fromString(r.text(2), Qt::ISODate), r.text(3)});
            }));
        }
    }
    const bool identity = s.can(Permission::ViewIdentity);

    MUCO_READ(st, s.db().prepare(sql));
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    QList<AuditRow> out;
    MUCO_TRY(st.forEachRow([&](const Statement &r) {
        AuditRow row;
        row.seq = r.integer(0);
        row.atUtc = QDateTime::fromString(r.text(1), Qt::ISODateWithMs);
        row.user = r.text(2);
        row.action = r.text(3);
        row.table = r.text(4);
        row.recordId = r.text(5);
        row.field = r.text(6);
        row.oldValue = r.text(7);
        row.newValue = r.text(8);
        row.reason = r.text(9);
        row.isSigned = r.integer(10) != 0;
        row.patientId = keyedByPatient(row.table) ? row.recordId : patientOf.value(row.table).value(row.recordId);
        row.subjectId = subjectOf.value(row.patientId);
        if (const auto part = partOf.constFind(row.table + QChar(0x1f) + row.recordId); part != partOf.constEnd()) {
            row.recordDate = part->first;
            row.recordPart = part->second;
        }
        if (row.table == Patients::identityTable().name && !identity) {
            row.oldValue.clear();   // a direct identifier never reaches a monitor's screen or file
            row.newValue.clear();
        } else if (!s.seesIdentities()) {   // nor a birth date: its year, as the patient list shows it
            row.oldValue = Minimisation::withoutIdentity(row.table, row.field, row.oldValue);
            row.newValue = Minimisation::withoutIdentity(row.table, row.field, row.newValue);
        }
        out.append(row);
    }));
    std::reverse(out.begin(), out.end());
    return out;
}

Result<AuditVerification> AuditTrail::verify(Session &s)
{
    MUCO_TRY(s.require(Permission::VerifyAudit));
    MUCO_READ(v, AuditChain::verify(s.db()));
    if (v.intact) {
        // The chain holds: the electronic signatures on records are checked with its keys.
        MUCO_READ(esig, RecordSignature::check(s, v.publicKeys, v.signingSinceUtc));
        if (!esig.problem.isEmpty()) {
            v.intact = false;
            v.firstBroken = v.rows;
            v.problem = esig.problem;
        }
    }
    return v;
}

} // namespace muco
