#include "central/SubjectBlocks.h"
#include "common/CanonicalJson.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SubjectBlocks)
};
} // namespace

QStringList SubjectBlocks::schema()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS subject_blocks (site TEXT NOT NULL, device_id TEXT NOT NULL,"
                           " first_number BIGINT NOT NULL, last_number BIGINT NOT NULL, granted_utc TEXT NOT NULL,"
                           " PRIMARY KEY (site, first_number))")};
}

Result<qint64> SubjectBlocks::highestNumber(CentralBackend &b, const QString &site)
{
    // Subject IDs are stored as canonical JSON (["GX01-0007"]); those of the form the devices
    // allocate (SITE-number) count.
    MUCO_READ(rows, b.query(QStringLiteral("SELECT r.value FROM records r JOIN record_sites s ON s.table_name = r.table_name"
                                           " AND s.record_id = r.record_id WHERE r.table_name = 'patients' AND r.field = 'subject_id'"
                                           " AND s.site = ?"),
                            {site}));
    const QRegularExpression numbered(QStringLiteral("^%1-(\\d{1,9})$").arg(QRegularExpression::escape(site)),
                                      QRegularExpression::CaseInsensitiveOption);
    qint64 highest = 0;
    for (const QVariantList &r : rows) {
        const QString id = fromCanonicalJson(r.at(0).toString()).toString();
        const auto m = numbered.match(id);
        if (m.hasMatch())
            highest = std::max(highest, m.captured(1).toLongLong());
    }
    MUCO_READ(granted, b.query(QStringLiteral("SELECT MAX(last_number) FROM subject_blocks WHERE site = ?"), {site}));
    if (!granted.isEmpty() && !granted.first().at(0).isNull())
        highest = std::max(highest, granted.first().at(0).toLongLong());
    return highest;
}

Status SubjectBlocks::grant(const DeviceIdentity &device)
{
    // One writer at a time across central processes (the advisory lock on PostgreSQL, the
    // write transaction on the embedded store), so two devices never get the same block.
    MUCO_TRY(m_backend.lockWrites());
    MUCO_READ(highest, highestNumber(m_backend, device.site));
    return m_backend.exec(QStringLiteral("INSERT INTO subject_blocks (site, device_id, first_number, last_number, granted_utc)"
                                         " VALUES (?, ?, ?, ?, ?)"),
                          {device.site, device.deviceId, highest + 1, highest + kBlockSize,
                           isoUtc(m_clock.nowUtc())});
}

Result<QJsonArray> SubjectBlocks::blocksOf(const QString &deviceId)
{
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT first_number, last_number FROM subject_blocks WHERE device_id = ?"
                                                   " ORDER BY first_number"),
                                    {deviceId}));
    QJsonArray blocks;
    for (const QVariantList &r : rows)
        blocks.append(QJsonArray{r.at(0).toLongLong(), r.at(1).toLongLong()});
    return blocks;
}

Result<QJsonObject> SubjectBlocks::request(const DeviceIdentity &device, const QJsonObject &body)
{
    const QJsonValue have = body.value(QStringLiteral("have"));
    if (!have.isDouble() || have.toDouble() < 0 || have.toDouble() != double(have.toInteger()))
        return Error::invalid(QStringLiteral("have"), Tr::tr("must be the number of blocks the device holds"));
    if (body.contains(QStringLiteral("want")) && !body.value(QStringLiteral("want")).isBool())
        return Error::invalid(QStringLiteral("want"), Tr::tr("must be true or false"));
    CentralTransaction tx(m_backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_backend.lockWrites());
    MUCO_READ(blocks, blocksOf(device.deviceId));
    if (body.value(QStringLiteral("want")).toBool() && blocks.size() == have.toInteger()) {
        MUCO_TRY(grant(device));
        MUCO_READ(after, blocksOf(device.deviceId));
        blocks = after;
    }
    MUCO_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("blocks"), blocks}};
}

} // namespace muco
