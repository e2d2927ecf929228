#include "records/SourceVerification.h"
#include "clinical/Protocol.h"
#include "records/Patients.h"
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

// A record's latest mark (by when it was made, then id), the one that decides.
struct LatestMark {
    QString fingerprint;
    QString verifiedBy;
    QString verifiedUtc;
};

using MarkKey = std::pair<QString, QString>;   // target table, target id

// The latest mark of each record, of one patient's records or of every record here: one read
// instead of one per record (remaining() lists thousands on a monitor's device).
Result<QHash<MarkKey, LatestMark>> latestMarks(Session &s, const QString &where, const QVariantList &binds)
{
    MUCO_READ(marks, RecordStore::rows(s, SourceVerification::table(), where, binds, QStringLiteral("verified_utc DESC, id DESC")));
    QHash<MarkKey, LatestMark> out;
    for (const QVariantMap &m : marks) {
        const MarkKey key{m.value(QStringLiteral("target_table")).toString(), m.value(QStringLiteral("target_id")).toString()};
        if (!out.contains(key))
            out.insert(key, {m.value(QStringLiteral("fingerprint")).toString(), m.value(QStringLiteral("verified_by")).toString(),
                             m.value(QStringLiteral("verified_utc")).toString()});
    }
    return out;
}

// Whether the record is to be verified at all (critical, or chosen by the plan's share at its
// patient's site), and its latest mark's fingerprint against the record as it is now.
SdvStatus statusFrom(const RecordRef &record, const std::pair<QString, QString> &subjectAndSite,
                     const QList<const TableSpec *> &critical, const SdvSamplePlan &plan, const LatestMark *latest)
{
    SdvStatus out;
    out.table = record.table->name;
    out.recordId = record.id;
    out.patientId = record.patientId;
    out.subjectId = subjectAndSite.first;
    out.state = QStringLiteral("unverified");
    out.critical = critical.contains(record.table);
    out.sampled = !out.critical && plan.tables.contains(record.table->name) && plan.selects(subjectAndSite.second, record.id);
    if (!latest)
        return out;
    out.verifiedBy = latest->verifiedBy;
    out.verifiedUtc = QDateTime::fromString(latest->verifiedUtc, Qt::ISODateWithMs);
    out.state = latest->fingerprint == SourceVerification::fingerprint(record) ? QStringLiteral("verified") : QStringLiteral("changed");
    return out;
}

Result<SdvStatus> statusOf(Session &s, const RecordRef &record, const SdvSamplePlan &plan)
{
    MUCO_READ(critical, SourceVerification::criticalTables());
    MUCO_READ(marks, latestMarks(s, QStringLiteral("target_table = ? AND target_id = ?"), {record.table->name, record.id}));
    const auto latest = marks.constFind({record.table->name, record.id});
    return statusFrom(record, Patients::subjectAndSite(s, record.patientId), critical, plan,
                      latest == marks.cend() ? nullptr : &latest.value());
}

} // namespace

const TableSpec &SourceVerification::table()
{
    static const TableSpec spec{QStringLiteral("sdv_marks"),
                                {QStringLiteral("patient_id"), QStringLiteral("target_table"), QStringLiteral("target_id"),
                                 QStringLiteral("fingerprint"), QStringLiteral("verified_by"), QStringLiteral("verified_utc"),
                                 QStringLiteral("signature_meaning"), QStringLiteral("signed_by"), QStringLiteral("signed_utc"),
                                 QStringLiteral("signature")}};
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

Result<SdvStatus> SourceVerification::mark(Session &s, const QString &tableName, const QString &recordId, const Secret &password)
{
    MUCO_TRY(s.require(Permission::VerifySource));
    MUCO_READ(record, QueryTargets::load(s, tableName, recordId));
    MUCO_TRY(s.confirmPassword(password));
    const QString now = isoUtc(s.now());
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(RecordStore::create(s, {&table(), {},
                                     {{QStringLiteral("patient_id"), record.patientId},
                                      {QStringLiteral("target_table"), record.table->name},
                                      {QStringLiteral("target_id"), record.id},
                                      {QStringLiteral("fingerprint"), fingerprint(record)},
                                      {QStringLiteral("verified_by"), s.user().username},
                                      {QStringLiteral("verified_utc"), now},
                                      {QStringLiteral("signature_meaning"), signatureMeaning()},
                                      // Signed as it is made, by the monitor's own key (RecordStore::create).
                                      {QStringLiteral("signed_by"), s.user().username},
                                      {QStringLiteral("signed_utc"), now}},
                                     {}}));
    MUCO_TRY(tx.commit());
    return statusOf(s, record, Protocol::nct07312656().sdvSample);
}

Result<SdvStatus> SourceVerification::status(Session &s, const QString &tableName, const QString &recordId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    MUCO_READ(record, QueryTargets::load(s, tableName, recordId));
    return statusOf(s, record, Protocol::nct07312656().sdvSample);
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
    QHash<QString, std::pair<QString, QString>> patients;   // id: subject ID, site
    {
        auto st = s.db().prepare(QStringLiteral("SELECT id, subject_id, site FROM patients"));
        if (!st.ok())
            return st.error();
        MUCO_TRY(st->forEachRow([&](const Statement &row) { patients.insert(row.text(0), {row.text(1), row.text(2)}); }));
    }
    MUCO_READ(marks, patientId.isEmpty() ? latestMarks(s, {}, {}) : latestMarks(s, QStringLiteral("patient_id = ?"), {patientId}));
    QList<const TableSpec *> tables = critical;
    for (const TableSpec *t : std::as_const(sample))
        if (!tables.contains(t))
            tables << t;
    QList<SdvStatus> out;
    for (const TableSpec *t : std::as_const(tables)) {
        const bool sampledTable = !critical.contains(t);
        const bool ofPatient = t->fields.contains(QStringLiteral("patient_id"));
        // One patient's: its records by patient_id (the patient record itself by its id).
        MUCO_READ(rows, patientId.isEmpty() ? RecordStore::rows(s, *t, {}, {}, QStringLiteral("id"))
                                            : RecordStore::rows(s, *t, ofPatient ? QStringLiteral("patient_id = ?") : QStringLiteral("id = ?"),
                                                                {patientId}, QStringLiteral("id")));
        for (const QVariantMap &m : rows) {
            if (m.value(QStringLiteral("state")).toString() == QLatin1String("superseded"))
                continue;   // replaced by its correction, which is verified instead
            RecordRef record{t, m.value(QStringLiteral("id")).toString(), {}, m};
            record.patientId = ofPatient ? m.value(QStringLiteral("patient_id")).toString() : record.id;
            const auto owner = patients.value(record.patientId);
            if (sampledTable && !plan.selects(owner.second, record.id))
                continue;
            const auto latest = marks.constFind({t->name, record.id});
            SdvStatus st = statusFrom(record, owner, critical, plan, latest == marks.cend() ? nullptr : &latest.value());
            if (st.state != QLatin1String("verified"))
                out << st;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SdvStatus &a, const SdvStatus &b) { return a.subjectId < b.subjectId; });
    return out;
}

} // namespace muco
