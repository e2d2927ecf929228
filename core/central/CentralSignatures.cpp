#include "central/CentralSignatures.h"
#include "central/CentralAuditTrail.h"
#include "common/CanonicalJson.h"
#include "records/Minimisation.h"
#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentralSignatures)
};

const QString kSignature = QStringLiteral("signature");
constexpr int kMaxKeys = 1000;   // accounts and past keys of one device, with room to spare

bool isPublicKeyHex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

// A stored value as the device's row held it, as text (RecordSignature hashes values as text).
QVariant asText(const std::optional<QString> &canonical)
{
    if (!canonical)
        return {};
    const QJsonValue v = fromCanonicalJson(*canonical);
    if (v.isNull() || v.isUndefined())
        return {};
    return v.isString() ? v.toString() : v.toVariant().toString();
}

} // namespace

QStringList CentralSignatures::schema()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS account_keys (site TEXT NOT NULL, account TEXT NOT NULL, public_key TEXT NOT NULL,"
                           " device_id TEXT NOT NULL, registered_utc TEXT NOT NULL, device_since TEXT NOT NULL,"
                           " PRIMARY KEY (site, account, public_key))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS account_keys_device ON account_keys (device_id, device_since)")};
}

Result<QJsonObject> CentralSignatures::registerKeys(const DeviceIdentity &device, const QJsonObject &request)
{
    if (device.monitor)
        return Error::denied(Tr::tr("A monitor's device signs no records and registers no keys."));
    const QJsonArray keys = request.value(QStringLiteral("keys")).toArray();
    if (!request.value(QStringLiteral("keys")).isArray() || keys.size() > kMaxKeys)
        return Error::invalid(QStringLiteral("keys"), Tr::tr("\"keys\" needs a list of at most %1 keys").arg(kMaxKeys));
    QList<std::pair<QString, QString>> given;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject k = keys.at(i).toObject();
        const QString account = k.value(QStringLiteral("account")).toString();
        const QString key = k.value(QStringLiteral("public_key")).toString();
        // Opaque ids only: a user name never reaches the central site (docs/security.md, M5).
        if (!Minimisation::isOpaqueAccountId(account))
            return Error::invalid(QStringLiteral("keys[%1].account").arg(i), Tr::tr("an account is named by its opaque id (U. and 12 hex digits)"));
        if (!isPublicKeyHex(key))
            return Error::invalid(QStringLiteral("keys[%1].public_key").arg(i), Tr::tr("a public key is 64 lower-case hex digits"));
        given.append({account, key});
    }
    // When the device began sending keys, by its own clock: the one its records' signing times
    // are read by. Every record it signed since carries a central part.
    const QString since = request.value(QStringLiteral("since")).toString();
    if (!QDateTime::fromString(since, Qt::ISODateWithMs).isValid())
        return Error::invalid(QStringLiteral("since"), Tr::tr("\"since\" needs the device's time in ISO 8601 (UTC)"));
    CentralTransaction tx(m_backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_backend.lockWrites());
    const QString now = isoUtc(m_clock.nowUtc());
    QStringList accounts;
    for (const auto &[account, key] : given) {
        MUCO_READ(held, m_backend.query(QStringLiteral("SELECT 1 FROM account_keys WHERE site = ? AND account = ? AND public_key = ?"),
                                        {device.site, account, key}));
        if (!held.isEmpty())
            continue;
        MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO account_keys (site, account, public_key, device_id, registered_utc,"
                                               " device_since) VALUES (?,?,?,?,?,?)"),
                                {device.site, account, key, device.deviceId, now, since}));
        accounts.append(account);
    }
    if (!accounts.isEmpty())
        MUCO_TRY(CentralAuditTrail(m_backend, m_clock).append(QLatin1String(CentralAuditTrail::kKeysRegistered), QStringLiteral("device"),
                                                               device.deviceId, device.site,
                                                               {{QStringLiteral("accounts"), QJsonArray::fromStringList(accounts)}}));
    MUCO_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("registered"), static_cast<int>(accounts.size())}};
}

const TableSpec *CentralSignatures::signedTable(const QString &table)
{
    for (const TableSpec *t : RecordStore::syncedTables())
        if (t->name == table)
            return t->fields.contains(kSignature) ? t : nullptr;
    return nullptr;
}

Result<QString> CentralSignatures::centralPartOf(const QString &table, const QString &record, PushBatch &batch)
{
    MUCO_READ(stored, batch.value(table, record, kSignature));
    return RecordSignature::centralPart(asText(stored).toString());
}

Status CentralSignatures::check(const DeviceIdentity &device, const TableSpec &table, const QString &record, const QString &before,
                                bool signsNow, PushBatch &batch)
{
    QVariantMap row;
    for (const QString &field : table.fields) {
        MUCO_READ(stored, batch.value(table.name, record, field));
        row.insert(field, asText(stored));
    }
    const QString signature = row.value(kSignature).toString();
    const QString signer = Minimisation::opaqueAccountId(row.value(QStringLiteral("signed_by")).toString());
    const auto refused = [&](const QString &why) {
        return Error{ErrorKind::Integrity,
                     Tr::tr("The central site refuses this device's data: %1 record %2 %3. The central site's operator has been alerted.")
                         .arg(table.name, record, why),
                     {}};
    };
    if (!RecordSignature::centralPart(signature).isEmpty()) {
        MUCO_READ(keys, keysOf(device.site, signer));
        if (keys.isEmpty())
            return refused(Tr::tr("is signed by %1, for whom no device of the site registered a key").arg(signer));
        if (!RecordSignature::centralHolds(signature, RecordSignature::centralMessage(table, record, row), keys))
            return refused(Tr::tr("carries an electronic signature of %1 that does not hold for the record as sent").arg(signer));
        return {};
    }
    if (!before.isEmpty())
        return refused(Tr::tr("lost the electronic signature of %1 the central site had checked").arg(signer));
    if (signsNow && !row.value(QStringLiteral("signed_by")).toString().isEmpty()) {
        // Signed since this device sends keys: it signed for the central site too.
        MUCO_READ(since, keysSince(device.deviceId));
        if (since && row.value(QStringLiteral("signed_utc")).toString() >= *since)
            return refused(Tr::tr("was signed by %1 without the signature the central site checks").arg(signer));
    }
    return {};
}

Result<QList<QByteArray>> CentralSignatures::keysOf(const QString &site, const QString &account)
{
    const QString key = site + QChar(0x1f) + account;
    if (auto it = m_keys.constFind(key); it != m_keys.constEnd())
        return it.value();
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT public_key FROM account_keys WHERE site = ? AND account = ?"), {site, account}));
    QList<QByteArray> keys;
    for (const QVariantList &r : rows)
        keys.append(QByteArray::fromHex(r.at(0).toString().toLatin1()));
    m_keys.insert(key, keys);
    return keys;
}

Result<std::optional<QString>> CentralSignatures::keysSince(const QString &deviceId)
{
    if (auto it = m_since.constFind(deviceId); it != m_since.constEnd())
        return it.value();
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT min(device_since) FROM account_keys WHERE device_id = ?"), {deviceId}));
    std::optional<QString> since;
    if (!rows.isEmpty() && !rows.first().at(0).isNull())
        since = rows.first().at(0).toString();
    m_since.insert(deviceId, since);
    return since;
}

} // namespace muco
