#include "central/CentralSignatures.h"
#include "central/CentralAuditTrail.h"
#include "common/CanonicalJson.h"
#include "records/Minimisation.h"
#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentralSignatures)
};

const QString kSignature = QStringLiteral("signature");
constexpr int kMaxKeys = 1000;   // accounts and past keys of one device, with room to spare
constexpr int kMaxExempt = 20000;   // records signed before: a trial's visits and screenings, several times over

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
                           " device_id TEXT NOT NULL, registered_utc TEXT NOT NULL, PRIMARY KEY (site, account, public_key))"),
            // Devices whose program signs for the central site (they said so when anchoring), and
            // when they sent the records they had signed before that (exemptions_utc).
            QStringLiteral("CREATE TABLE IF NOT EXISTS signing_devices (device_id TEXT PRIMARY KEY, site TEXT NOT NULL,"
                           " since_utc TEXT NOT NULL, exemptions_utc TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS signing_exemptions (site TEXT NOT NULL, record_id TEXT NOT NULL,"
                           " device_id TEXT NOT NULL, PRIMARY KEY (site, record_id))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS central_upgrades (name TEXT PRIMARY KEY, done_utc TEXT NOT NULL)")};
}

Status CentralSignatures::markSigningDevice(CentralBackend &backend, const DeviceIdentity &device, const QString &nowUtc)
{
    MUCO_READ(held, backend.query(QStringLiteral("SELECT 1 FROM signing_devices WHERE device_id = ?"), {device.deviceId}));
    if (!held.isEmpty())
        return {};
    return backend.exec(QStringLiteral("INSERT INTO signing_devices (device_id, site, since_utc) VALUES (?,?,?)"),
                        {device.deviceId, device.site, nowUtc});
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
    // The records the device signed before it signed for the central site: accepted without a
    // central part, once per device (its first keys), never added to later.
    const QJsonValue exemptValue = request.value(QStringLiteral("exempt"));
    const QJsonArray exempt = exemptValue.toArray();
    if (!exemptValue.isUndefined() && (!exemptValue.isArray() || exempt.size() > kMaxExempt))
        return Error::invalid(QStringLiteral("exempt"), Tr::tr("\"exempt\" needs a list of at most %1 record ids").arg(kMaxExempt));
    for (qsizetype i = 0; i < exempt.size(); ++i)
        if (!exempt.at(i).isString() || exempt.at(i).toString().isEmpty() || exempt.at(i).toString().size() > 64)
            return Error::invalid(QStringLiteral("exempt[%1]").arg(i), Tr::tr("a record id is a text of at most 64 characters"));
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
        MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO account_keys (site, account, public_key, device_id, registered_utc)"
                                               " VALUES (?,?,?,?,?)"),
                                {device.site, account, key, device.deviceId, now}));
        accounts.append(account);
    }
    MUCO_TRY(markSigningDevice(m_backend, device, now));
    MUCO_READ(taken, m_backend.query(QStringLiteral("SELECT exemptions_utc FROM signing_devices WHERE device_id = ?"), {device.deviceId}));
    int exempted = 0;
    if (!taken.isEmpty() && taken.first().at(0).isNull()) {
        for (const QJsonValue &id : exempt) {
            MUCO_READ(known, m_backend.query(QStringLiteral("SELECT 1 FROM signing_exemptions WHERE site = ? AND record_id = ?"),
                                             {device.site, id.toString()}));
            if (!known.isEmpty())
                continue;
            MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO signing_exemptions (site, record_id, device_id) VALUES (?,?,?)"),
                                    {device.site, id.toString(), device.deviceId}));
            ++exempted;
        }
        MUCO_TRY(m_backend.exec(QStringLiteral("UPDATE signing_devices SET exemptions_utc = ? WHERE device_id = ?"), {now, device.deviceId}));
    }
    if (!accounts.isEmpty() || exempted > 0)
        MUCO_TRY(CentralAuditTrail(m_backend, m_clock).append(QLatin1String(CentralAuditTrail::kKeysRegistered), QStringLiteral("device"),
                                                               device.deviceId, device.site,
                                                               {{QStringLiteral("accounts"), QJsonArray::fromStringList(accounts)},
                                                                {QStringLiteral("signed_before"), exempted}}));
    MUCO_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("registered"), static_cast<int>(accounts.size())}};
}

bool CentralSignatures::isSignedTable(const QString &table)
{
    const TableSpec *t = RecordStore::tableNamed(table);
    return t && t->fields.contains(kSignature);
}

Result<CentralSignatures::Before> CentralSignatures::before(const QString &table, const QString &record, PushBatch &batch)
{
    MUCO_READ(signature, batch.value(table, record, kSignature));
    MUCO_READ(state, batch.value(table, record, QStringLiteral("state")));
    const QString held = asText(state).toString();
    return Before{RecordSignature::centralPart(asText(signature).toString()),
                  held == QLatin1String("signed") || held == QLatin1String("superseded")};
}

bool CentralSignatures::isSignedContent(const QString &table, const QString &field)
{
    return isSignedTable(table) && RecordStore::tableNamed(table)->fields.contains(field) && !RecordSignature::isSignatureField(field);
}

Status CentralSignatures::check(const DeviceIdentity &device, const QString &table, const QString &record, const Before &before,
                                bool stateOnly, PushBatch &batch)
{
    MUCO_READ(stored, batch.record(table, record));
    QVariantMap fields;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        fields.insert(it.key(), asText(it.value()));
    const QString signature = fields.value(kSignature).toString();
    const QString state = fields.value(QStringLiteral("state")).toString();
    const QString signer = Minimisation::opaqueAccountId(fields.value(QStringLiteral("signed_by")).toString());
    const auto refused = [&](const QString &why) {
        return Error{ErrorKind::Integrity,
                     Tr::tr("The central site refuses this device's data: %1 record %2 %3. The central site's operator has been alerted.")
                         .arg(table, record, why),
                     {}};
    };
    const auto lost = [&] { return refused(Tr::tr("lost the electronic signature of %1 the central site had checked").arg(signer)); };
    // Signed, whichever of its marks says so: reports count a visit by its state alone.
    const bool signedState = state == QLatin1String("signed") || state == QLatin1String("superseded");
    const bool signedRecord = signedState || !fields.value(QStringLiteral("signed_by")).toString().isEmpty() || !signature.isEmpty();
    if (!signedRecord)
        return before.centralPart.isEmpty() ? Status() : lost();
    if (!signedState)
        return refused(Tr::tr("carries a signature but is marked \"%1\"").arg(state));
    if (!RecordSignature::centralPart(signature).isEmpty()) {
        MUCO_READ(keys, keysOf(device.site, signer));
        if (keys.isEmpty())
            return refused(Tr::tr("is signed by %1, for whom no device of the site registered a key").arg(signer));
        if (!RecordSignature::centralHolds(signature, RecordSignature::centralMessage(table, record, fields), keys))
            return refused(Tr::tr("carries an electronic signature of %1 that does not hold for the record as sent").arg(signer));
        return {};
    }
    if (!before.centralPart.isEmpty())
        return lost();
    // Without a central part: a record held here signed already whose state alone changes (a
    // correction supersedes it), a record from a device from before (nothing to check it by),
    // or one its device had signed before it signed for the central site.
    if (before.held && stateOnly)
        return {};
    MUCO_READ(signing, m_backend.query(QStringLiteral("SELECT 1 FROM signing_devices WHERE device_id = ?"), {device.deviceId}));
    if (signing.isEmpty())
        return {};
    MUCO_READ(exempt, m_backend.query(QStringLiteral("SELECT 1 FROM signing_exemptions WHERE site = ? AND record_id = ?"), {device.site, record}));
    if (!exempt.isEmpty())
        return {};
    return refused(Tr::tr("was signed by %1 without the signature the central site checks").arg(signer));
}

Status CentralSignatures::scrubSiteParts(CentralBackend &backend)
{
    const QString name = QStringLiteral("signature_site_parts");
    MUCO_READ(done, backend.query(QStringLiteral("SELECT 1 FROM central_upgrades WHERE name = ?"), {name}));
    if (!done.isEmpty())
        return {};
    CentralTransaction tx(backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(backend.lockWrites());
    MUCO_READ(doneMeanwhile, backend.query(QStringLiteral("SELECT 1 FROM central_upgrades WHERE name = ?"), {name}));
    if (!doneMeanwhile.isEmpty())
        return {};   // by another process opening the same store
    const auto reduced = [](const QString &canonical) {
        const QString text = asText(canonical).toString();
        const QString central = RecordSignature::centralPart(text);
        return canonicalJson(central.isEmpty() ? QJsonValue() : QJsonValue(central));
    };
    MUCO_READ(values, backend.query(QStringLiteral("SELECT table_name, record_id, value FROM records WHERE field = 'signature'")));
    for (const QVariantList &r : values)
        if (const QString after = reduced(r.at(2).toString()); after != r.at(2).toString())
            MUCO_TRY(backend.exec(QStringLiteral("UPDATE records SET value = ? WHERE table_name = ? AND record_id = ? AND field = 'signature'"),
                                  {after, r.at(0), r.at(1)}));
    MUCO_READ(conflicts, backend.query(QStringLiteral("SELECT id, central_value, device_value FROM conflicts WHERE field = 'signature'")));
    for (const QVariantList &r : conflicts)
        MUCO_TRY(backend.exec(QStringLiteral("UPDATE conflicts SET central_value = ?, device_value = ? WHERE id = ?"),
                              {reduced(r.at(1).toString()), reduced(r.at(2).toString()), r.at(0)}));
    MUCO_READ(changes, backend.query(QStringLiteral("SELECT id, table_name, fields FROM changes WHERE fields LIKE ?"),
                                     {QStringLiteral("%\"signature\"%")}));
    for (const QVariantList &r : changes) {
        const QJsonObject fields = QJsonDocument::fromJson(r.at(2).toString().toUtf8()).object();
        const QJsonObject after = Minimisation::reduceFields(r.at(1).toString(), fields);
        if (after != fields)
            MUCO_TRY(backend.exec(QStringLiteral("UPDATE changes SET fields = ? WHERE id = ?"),
                                  {QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)), r.at(0)}));
    }
    MUCO_TRY(backend.exec(QStringLiteral("INSERT INTO central_upgrades (name, done_utc) VALUES (?, ?)"),
                          {name, isoUtc(QDateTime::currentDateTimeUtc())}));
    return tx.commit();
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

} // namespace muco
