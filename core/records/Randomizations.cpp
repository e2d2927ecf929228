#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include <QCoreApplication>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Randomizations)
};

const QString kColumns = QStringLiteral("id, site, patient_id, stratum, sequence, arm, source, allocated_utc, device, signed_by");

Allocation fromRow(const Statement &row)
{
    return {row.text(0), row.text(1), row.text(2), row.text(3), static_cast<int>(row.integer(4)), row.text(5), row.text(6),
            QDateTime::fromString(row.text(7), Qt::ISODateWithMs), row.text(8), row.text(9)};
}

Result<QList<Allocation>> select(Database &db, const QString &where, const QVariantList &binds)
{
    // Cached (where: a constant clause), reset before returning: read for the patient list after
    // each commit of a patient's (issue 14).
    MUCO_READ(st, db.cached(QStringLiteral("SELECT %1 FROM randomizations WHERE deleted = 0%2 ORDER BY stratum, sequence")
                                .arg(kColumns, where)));
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds[i]);
    QList<Allocation> out;
    const Status read = st->forEachRow([&](const Statement &row) { out.append(fromRow(row)); });
    st->reset();
    MUCO_TRY(read);
    return out;
}

} // namespace

const TableSpec &Randomizations::table()
{
    static const TableSpec spec{QStringLiteral("randomizations"),
                                {QStringLiteral("patient_id"), QStringLiteral("stratum"), QStringLiteral("sequence"),
                                 QStringLiteral("arm"), QStringLiteral("source"), QStringLiteral("allocated_utc"),
                                 QStringLiteral("device"), QStringLiteral("signed_by"), QStringLiteral("signed_utc"),
                                 QStringLiteral("signature_meaning"), QStringLiteral("signature")}};
    return spec;
}

QString Randomizations::signatureMeaning() { return Tr::tr("I randomize this patient"); }

Result<std::optional<Allocation>> Randomizations::forPatient(Database &db, const QString &patientId)
{
    auto rows = select(db, QStringLiteral(" AND patient_id = ?"), {patientId});
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Allocation>();
    return std::optional<Allocation>(rows->first());
}

Result<QList<Allocation>> Randomizations::all(Database &db) { return select(db, {}, {}); }

} // namespace muco
