#include "records/SourceVerification.h"
#include "clinical/Protocol.h"
#include "records/QueryTargets.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QCryptographicHash>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SourceVerification)
};

QString subjectOf(Session &s, const QString &patientId)
{
    auto st = s.db().prepare(QStringLiteral("SELECT subject_id FROM patients WHERE id = ?"));
    if (!st.ok())
        return {};
    st->bind(1, patientId);
    auto row = st->next();
    return row.ok() && row.value() ? st->text(0) : QString();
}

// The latest mark decides: its fingerprint against the record as it is now.
Result<SdvStatus> statusOf(Session &s, const RecordRef &record)
{
    SdvStatus out;
    out.table = record.table->name;
    out.recordId = record.id;
    out.patientId = record.patientId;
    out.subjectId = subjectOf(s, record.patientId);
    out.state = QStringLiteral("unverified");
    MUCO_READ(critical, SourceVerification::criticalTables());
    out.critical = critical.contains(record.table);
    MUCO_READ(marks, RecordStore::rows(s, SourceVerification::table(), QStringLiteral("target_table = ? AND target_id = ?"),
                                       {record.table->name, record.id}, QStringLiteral("verified_utc DESC, id DESC")));
    if (marks.isEmpty())
        return out;
    const QVariantMap &latest = marks.first();
    out.verifiedBy = latest.value(QStringLiteral("verified_by")).toString();
    out.verifiedUtc = QDateTime::fromString(latest.value(QStringLiteral("verified_utc")).toString(), Qt::ISODateWithMs);
    out.state = latest.value(QStringLiteral("fingerprint")).toString() == SourceVerification::fingerprint(record)
        ? QStringLiteral("verified") : QStringLiteral("changed");
    return out;
}

} // namespace

const TableSpec &SourceVerification::table()
{
    static const TableSpec spec{QStringLiteral("sdv_marks"),
                                {QStringLiteral("patient_id"), QStringLiteral("target_table"), QStringLiteral("target_id"),
                                 QStringLiteral("fingerprint"), QStringLiteral("verified_by"), QStringLiteral("verified_utc"),
                                 QStringLiteral("signature_meaning")}};
    return spec;
}

QString SourceVerification::signatureMeaning()
{
    return Tr::tr("I have verified every value of this record against the source document.");
}

QString SourceVerification::fingerprint(const RecordRef &record)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(record.table->name.toUtf8());
    h.addData(QByteArray(1, '\0'));
    h.addData(record.id.toUtf8());
    for (const QString &field : record.table->fields) {
        const QVariant v = record.values.value(field);
        h.addData(QByteArray(1, '\0'));
        h.addData(field.toUtf8());
        // Null and the empty text differ from every value: a tag byte before the value.
        h.addData(v.isNull() ? QByteArray(1, '\1') : QByteArray(1, '\2') + v.toString().toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}

Result<QList<const TableSpec *>> SourceVerification::criticalTables()
{
    QList<const TableSpec *> out;
    for (const QString &name : Protocol::nct07312656().sdvCritical) {
        MUCO_READ(t, QueryTargets::table(name, QStringLiteral("monitoring.sdv_critical")));
        out << t;
    }
    return out;
}

Result<QList<const TableSpec *>> SourceVerification::sampleTables(const SdvSamplePlan &plan)
{
    QList<const TableSpec *> out;
    for (const QString &name : plan.tables) {
        MUCO_READ(t, QueryTargets::table(name, QStringLiteral("monitoring.sdv_sample_tables")));
        out << t;
    }
    return out;
}

Result<SdvStatus> SourceVerification::mark(Session &s, const QString &tableName, const QString &recordId, const QString &password)
{
    MUCO_TRY(s.require(Permission::VerifySource));
    MUCO_READ(record, QueryTargets::load(s, tableName, recordId));
    MUCO_TRY(s.confirmPassword(password));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(RecordStore::create(s, {&table(), {},
                                     {{QStringLiteral("patient_id"), record.patientId},
                                      {QStringLiteral("target_table"), record.table->name},
                                      {QStringLiteral("target_id"), record.id},
                                      {QStringLiteral("fingerprint"), fingerprint(record)},
                                      {QStringLiteral("verified_by"), s.user().username},
                                      {QStringLiteral("verified_utc"), isoUtc(s.now())},
                                      {QStringLiteral("signature_meaning"), signatureMeaning()}},
                                     {}}));
    MUCO_TRY(tx.commit());
    return statusOf(s, record);
}

Result<SdvStatus> SourceVerification::status(Session &s, const QString &tableName, const QString &recordId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    MUCO_READ(record, QueryTargets::load(s, tableName, recordId));
    return statusOf(s, record);
}

Result<QList<SdvStatus>> SourceVerification::remaining(Session &s, const QString &patientId)
{
    return remaining(s, patientId, Protocol::nct07312656().sdvSample);
}

Result<QList<SdvStatus>> SourceVerification::remaining(Session &s, const QString &patientId, const SdvSamplePlan &plan)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    MUCO_READ(critical, criticalTables());
    MUCO_READ(sample, sampleTables(plan));
    // The share is the site's: each patient's site, as this device holds it (a monitor's device
    // holds every site's).
    QHash<QString, QString> siteOf;
    if (!sample.isEmpty()) {
        auto st = s.db().prepare(QStringLiteral("SELECT id, site FROM patients"));
        if (!st.ok())
            return st.error();
        MUCO_TRY(st->forEachRow([&](const Statement &row) { siteOf.insert(row.text(0), row.text(1)); }));
    }
    QList<const TableSpec *> tables = critical;
    for (const TableSpec *t : std::as_const(sample))
        if (!tables.contains(t))
            tables << t;
    QList<SdvStatus> out;
    for (const TableSpec *t : std::as_const(tables)) {
        const bool sampledTable = !critical.contains(t);
        // One patient's: its records by patient_id (the patient record itself by its id).
        const QString mine = t->fields.contains(QStringLiteral("patient_id")) ? QStringLiteral("patient_id = ?") : QStringLiteral("id = ?");
        MUCO_READ(rows, patientId.isEmpty() ? RecordStore::rows(s, *t, {}, {}, QStringLiteral("id"))
                                            : RecordStore::rows(s, *t, mine, {patientId}, QStringLiteral("id")));
        for (const QVariantMap &m : rows) {
            if (m.value(QStringLiteral("state")).toString() == QLatin1String("superseded"))
                continue;   // replaced by its correction, which is verified instead
            const QString id = m.value(QStringLiteral("id")).toString();
            const QString owner = t->fields.contains(QStringLiteral("patient_id")) ? m.value(QStringLiteral("patient_id")).toString() : id;
            if (sampledTable && !plan.selects(siteOf.value(owner), id))
                continue;
            MUCO_READ(record, QueryTargets::load(s, t->name, id));
            MUCO_READ(st, statusOf(s, record));
            st.sampled = sampledTable;
            if (st.state != QLatin1String("verified"))
                out << st;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SdvStatus &a, const SdvStatus &b) { return a.subjectId < b.subjectId; });
    return out;
}

} // namespace muco
