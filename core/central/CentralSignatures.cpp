#include "central/CentralSignatures.h"
#include "central/CentralAuditTrail.h"
#include "common/CanonicalJson.h"
#include "records/Minimisation.h"
#include "central/CentralUpgrades.h"
#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include "security/Roles.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentralSignatures)
};

const QString kSignature = QStringLiteral("signature");
constexpr int kMaxKeys = 1000;   // accounts and past keys of one device, with room to spare
constexpr int kMaxExempt = 20000;   // records signed before: a trial's visits and screenings, several times over
constexpr int kMaxCertificates = 5000;   // every administrator certifying every account, several times over


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
            // Devices that also sign their randomizations for the central site (RecordSignature::
            // kSignsRandomizations): from then on a randomization they send needs a central part.
            QStringLiteral("CREATE TABLE IF NOT EXISTS randomization_signers (device_id TEXT PRIMARY KEY, site TEXT NOT NULL,"
                           " since_utc TEXT NOT NULL)"),
            // Devices that sign their source verification marks and query messages as they make
            // them (RecordSignature::kSignsMonitoring, device migration 24): from then on one
            // they send needs a central part.
            QStringLiteral("CREATE TABLE IF NOT EXISTS monitoring_signers (device_id TEXT PRIMARY KEY, site TEXT NOT NULL,"
                           " since_utc TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS signing_exemptions (site TEXT NOT NULL, record_id TEXT NOT NULL,"
                           " device_id TEXT NOT NULL, PRIMARY KEY (site, record_id))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS central_upgrades (name TEXT PRIMARY KEY, done_utc TEXT NOT NULL)"),
            // Key certificates taken from each device (security/KeyCertificate), and the key each
            // device's certificates chain to: pinned at enrolment, or taken with its first ones.
            QStringLiteral("CREATE TABLE IF NOT EXISTS key_certificates (site TEXT NOT NULL, device_id TEXT NOT NULL, account TEXT NOT NULL,"
                           " public_key TEXT NOT NULL, role TEXT NOT NULL, certifier_key TEXT NOT NULL, certified_utc TEXT NOT NULL,"
                           " certificate TEXT NOT NULL, received_utc TEXT NOT NULL,"
                           " PRIMARY KEY (device_id, public_key, role, certifier_key, certified_utc))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS key_certificates_by_key ON key_certificates (site, public_key)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS device_roots (device_id TEXT PRIMARY KEY, site TEXT NOT NULL, account TEXT NOT NULL,"
                           " public_key TEXT NOT NULL, how TEXT NOT NULL, pinned_utc TEXT NOT NULL)")};
}

Status CentralSignatures::markSigningDevice(CentralBackend &backend, const DeviceIdentity &device, const QString &nowUtc,
                                             bool randomizations, bool monitoring)
{
    // Once said, said for good: a device does not stop signing. The table names are ours.
    const auto mark = [&](const QString &table, bool says) -> Status {
        if (!says)
            return {};
        MUCO_READ(held, backend.query(QStringLiteral("SELECT 1 FROM %1 WHERE device_id = ?").arg(table), {device.deviceId}));
        if (!held.isEmpty())
            return {};
        return backend.exec(QStringLiteral("INSERT INTO %1 (device_id, site, since_utc) VALUES (?,?,?)").arg(table),
                            {device.deviceId, device.site, nowUtc});
    };
    MUCO_TRY(mark(QStringLiteral("signing_devices"), true));
    MUCO_TRY(mark(QStringLiteral("randomization_signers"), randomizations));
    return mark(QStringLiteral("monitoring_signers"), monitoring);
}

bool CentralSignatures::hasStates(const QString &table)
{
    const TableSpec *t = RecordStore::tableNamed(table);
    return t && !RecordSignature::signedAsMade(*t);
}

Result<QJsonObject> CentralSignatures::registerKeys(const DeviceIdentity &device, const QJsonObject &request)
{
    // "keys" is read for its form only: a key counts here with a certificate alone.
    const QJsonArray keys = request.value(QStringLiteral("keys")).toArray();
    if (!request.value(QStringLiteral("keys")).isArray() || keys.size() > kMaxKeys)
        return Error::invalid(QStringLiteral("keys"), Tr::tr("\"keys\" needs a list of at most %1 keys").arg(kMaxKeys));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject k = keys.at(i).toObject();
        // Opaque ids only: a user name never reaches the central site (docs/security.md, M5).
        if (!Minimisation::isOpaqueAccountId(k.value(QStringLiteral("account")).toString()))
            return Error::invalid(QStringLiteral("keys[%1].account").arg(i), Tr::tr("an account is named by its opaque id (U. and 12 hex digits)"));
        if (!KeyCertificate::isPublicKeyHex(k.value(QStringLiteral("public_key")).toString()))
            return Error::invalid(QStringLiteral("keys[%1].public_key").arg(i), Tr::tr("a public key is 64 lower-case hex digits"));
    }
    const QJsonValue certificatesValue = request.value(QStringLiteral("certificates"));
    const QJsonArray certificatesJson = certificatesValue.toArray();
    if (!certificatesValue.isUndefined() && (!certificatesValue.isArray() || certificatesJson.size() > kMaxCertificates))
        return Error::invalid(QStringLiteral("certificates"), Tr::tr("\"certificates\" needs a list of at most %1 certificates").arg(kMaxCertificates));
    QList<KeyCertificate> certificates;
    for (qsizetype i = 0; i < certificatesJson.size(); ++i) {
        const QString path = QStringLiteral("certificates[%1]").arg(i);
        MUCO_READ(c, KeyCertificate::fromJson(certificatesJson.at(i), path));
        if (c.site != device.site)
            return Error::invalid(path + QStringLiteral(".site"), Tr::tr("this device belongs to site %1").arg(device.site));
        certificates.append(c);
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
    MUCO_READ(taken, acceptCertificates(device, certificates, now));
    MUCO_TRY(markSigningDevice(m_backend, device, now));
    MUCO_READ(exemptions, m_backend.query(QStringLiteral("SELECT exemptions_utc FROM signing_devices WHERE device_id = ?"), {device.deviceId}));
    int exempted = 0;
    if (!exemptions.isEmpty() && exemptions.first().at(0).isNull()) {
        for (const QJsonValue &id : exempt) {
            MUCO_READ(known, m_backend.query(QStringLiteral("SELECT 1 FROM signing_exemptions WHERE site = ? AND record_id = ?"),
                                             {device.keySite(), id.toString()}));
            if (!known.isEmpty())
                continue;
            MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO signing_exemptions (site, record_id, device_id) VALUES (?,?,?)"),
                                    {device.keySite(), id.toString(), device.deviceId}));
            ++exempted;
        }
        MUCO_TRY(m_backend.exec(QStringLiteral("UPDATE signing_devices SET exemptions_utc = ? WHERE device_id = ?"), {now, device.deviceId}));
    }
    if (taken.accepted > 0 || taken.unproven > 0 || exempted > 0)
        MUCO_TRY(CentralAuditTrail(m_backend, m_clock).append(QLatin1String(CentralAuditTrail::kKeysRegistered), QStringLiteral("device"),
                                                               device.deviceId, device.site,
                                                               {{QStringLiteral("accounts"), QJsonArray::fromStringList(taken.accounts)},
                                                                {QStringLiteral("certificates"), taken.accepted},
                                                                {QStringLiteral("unproven"), taken.unproven},
                                                                {QStringLiteral("root"), taken.pinned},
                                                                {QStringLiteral("signed_before"), exempted}}));
    MUCO_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("registered"), static_cast<int>(taken.accounts.size())},
                       {QStringLiteral("certified"), taken.accepted},
                       {QStringLiteral("unproven"), taken.unproven}};
}

Status CentralSignatures::pinRoot(CentralBackend &backend, const DeviceIdentity &device, const KeyCertificate &root, const QString &how,
                                  const QString &nowUtc)
{
    MUCO_TRY(backend.exec(QStringLiteral("INSERT INTO device_roots (device_id, site, account, public_key, how, pinned_utc) VALUES (?,?,?,?,?,?)"),
                          {device.deviceId, device.keySite(), root.account, root.publicKey, how, nowUtc}));
    MUCO_TRY(storeCertificate(backend, device, root, nowUtc));
    return {};
}

Result<bool> CentralSignatures::storeCertificate(CentralBackend &backend, const DeviceIdentity &device, const KeyCertificate &c, const QString &nowUtc)
{
    MUCO_READ(held, backend.query(QStringLiteral("SELECT 1 FROM key_certificates WHERE device_id = ? AND public_key = ? AND role = ?"
                                                 " AND certifier_key = ? AND certified_utc = ?"),
                                  {device.deviceId, c.publicKey, c.role, c.certifierKey, c.certifiedUtc}));
    if (held.isEmpty())
        MUCO_TRY(backend.exec(QStringLiteral("INSERT INTO key_certificates (site, device_id, account, public_key, role, certifier_key,"
                                             " certified_utc, certificate, received_utc) VALUES (?,?,?,?,?,?,?,?,?)"),
                              {device.keySite(), device.deviceId, c.account, c.publicKey, c.role, c.certifierKey, c.certifiedUtc,
                               QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)), nowUtc}));
    if (c.role == QLatin1String(KeyCertificate::kDeactivated))
        return false;
    MUCO_READ(key, backend.query(QStringLiteral("SELECT 1 FROM account_keys WHERE site = ? AND account = ? AND public_key = ?"),
                                 {device.keySite(), c.account, c.publicKey}));
    if (!key.isEmpty())
        return false;
    MUCO_TRY(backend.exec(QStringLiteral("INSERT INTO account_keys (site, account, public_key, device_id, registered_utc) VALUES (?,?,?,?,?)"),
                          {device.keySite(), c.account, c.publicKey, device.deviceId, nowUtc}));
    return true;
}

Result<CentralSignatures::Taken> CentralSignatures::acceptCertificates(const DeviceIdentity &device, const QList<KeyCertificate> &given,
                                                                      const QString &now)
{
    Taken taken;
    QList<KeyCertificate> pending;
    for (const KeyCertificate &c : given) {
        if (c.holds())
            pending.append(c);
        else
            ++taken.unproven;
    }
    MUCO_READ(rootRows, m_backend.query(QStringLiteral("SELECT public_key FROM device_roots WHERE device_id = ?"), {device.deviceId}));
    QString root = rootRows.isEmpty() ? QString() : rootRows.first().at(0).toString();
    // A monitor's device without a root was enrolled before monitors signed: its first
    // certificates could be a token holder's, and it never had keys to keep. It is enrolled
    // again (the client says so for the certificates counted unproven).
    if (root.isEmpty() && !device.monitor) {
        // A device enrolled without a root (a client from before roots, or in-process tests): its
        // first self-certified administrator is taken, but only while the central site holds no
        // key from it. A device that registered keys before roots could name any of them
        // (a monitor's key among them) as an administrator's: it is enrolled again instead.
        MUCO_READ(before, m_backend.query(QStringLiteral("SELECT 1 FROM account_keys WHERE device_id = ?"), {device.deviceId}));
        for (const KeyCertificate &c : std::as_const(pending)) {
            if (!before.isEmpty())
                break;
            if (!c.isRoot())
                continue;
            // Pinned here, and then taken below like any certificate of a certifying key.
            MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO device_roots (device_id, site, account, public_key, how, pinned_utc)"
                                                   " VALUES (?,?,?,?,?,?)"),
                                    {device.deviceId, device.keySite(), c.account, c.publicKey, QStringLiteral("first certificates"), now}));
            root = c.publicKey;
            taken.pinned = c.account;
            break;
        }
    }
    // Each key's role by its latest certificate from this device: a key certifies others while
    // that is an administrator's or the recovery key's (the root, until a certificate says otherwise).
    QHash<QString, std::pair<QString, QString>> latest;   // public key -> (certified_utc, role)
    const auto note = [&](const QString &key, const QString &at, const QString &role) {
        auto it = latest.find(key);
        if (it == latest.end() || it->first <= at)
            latest.insert(key, {at, role});
    };
    MUCO_READ(held, m_backend.query(QStringLiteral("SELECT public_key, certified_utc, role, certifier_key FROM key_certificates"
                                                   " WHERE device_id = ?"),
                                    {device.deviceId}));
    QSet<QString> takenBefore;
    for (const QVariantList &r : held) {
        note(r.at(0).toString(), r.at(1).toString(), r.at(2).toString());
        takenBefore.insert(QStringList{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString()}.join(QChar(0x1f)));
    }
    // Certificates taken from this device before, sent again with the rest: taken already, even
    // when their certifier has been withdrawn since (an administrator reset or deactivated by
    // another); judged by the certifier's latest certificate they would count as unproven and
    // the device be told to enrol again for nothing.
    for (qsizetype i = 0; i < pending.size();) {
        const KeyCertificate &c = pending.at(i);
        if (takenBefore.contains(QStringList{c.publicKey, c.certifiedUtc, c.role, c.certifierKey}.join(QChar(0x1f)))) {
            ++taken.accepted;
            pending.removeAt(i);
        } else {
            ++i;
        }
    }
    const auto certifying = [&](const QString &key) {
        const auto it = latest.constFind(key);
        if (it == latest.constEnd())
            return key == root;
        return KeyCertificate::roleCertifies(it->second);
    };
    // In as many rounds as the chain is long: an administrator's key certified in this request
    // certifies the keys after it.
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            const KeyCertificate &c = pending.at(i);
            if (!certifying(c.certifierKey)) {
                ++i;
                continue;
            }
            MUCO_READ(registered, storeCertificate(m_backend, device, c, now));
            if (registered)
                taken.accounts.append(c.account);
            note(c.publicKey, c.certifiedUtc, c.role);
            ++taken.accepted;
            pending.removeAt(i);
            progress = true;
        }
    }
    taken.unproven += static_cast<int>(pending.size());
    m_keys.clear();
    return taken;
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
    MUCO_READ(signer, batch.value(table, record, QStringLiteral("signed_by")));
    return Before{RecordSignature::centralPart(asText(signature).toString()),
                  RecordSignature::isSigned(*RecordStore::tableNamed(table), asText(state).toString(), asText(signer).toString())};
}

bool CentralSignatures::isSignedContent(const QString &table, const QString &field)
{
    return isSignedTable(table) && RecordStore::tableNamed(table)->fields.contains(field) && !RecordSignature::isSignatureField(field);
}

Status CentralSignatures::check(const DeviceIdentity &device, const QString &table, const QString &record, const Before &before,
                                bool stateOnly, bool contentChanged, PushBatch &batch)
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
    // Signed, whichever of its marks says so: reports count a visit by its state alone. A table
    // without states (randomizations) is signed when it names its signer.
    const bool states = hasStates(table);
    const bool signedState = RecordSignature::isSigned(*RecordStore::tableNamed(table), state, fields.value(QStringLiteral("signed_by")).toString());
    const bool signedRecord = signedState || !fields.value(QStringLiteral("signed_by")).toString().isEmpty() || !signature.isEmpty();
    const bool randomization = table == QLatin1String("randomizations");
    // Who says it signs the records of a table without states, as they are made.
    const QString asMadeSigners = randomization ? QStringLiteral("randomization_signers") : QStringLiteral("monitoring_signers");
    if (!signedRecord && !states) {
        // A randomization, a source verification mark or a query message is signed as it is
        // made: one without a signer is an insider's, from a device that signs them.
        MUCO_READ(signsThem, deviceSays(asMadeSigners, device.deviceId));
        if (signsThem || !before.centralPart.isEmpty())
            return refused(randomization ? Tr::tr("is a randomization without the signature of the one who randomized")
                                         : Tr::tr("was made without the signature of its author"));
    }
    if (!signedRecord) {
        // Nothing honest takes a signature away (a correction supersedes a record): a record
        // held signed that arrives unsigned would be signed afresh by the next change, and the
        // list of records signed before would vouch for it again.
        if (before.held && before.centralPart.isEmpty())
            return refused(Tr::tr("was held signed here and arrived without its signature"));
        return before.centralPart.isEmpty() ? Status() : lost();
    }
    if (!signedState)
        return refused(states ? Tr::tr("carries a signature but is marked \"%1\"").arg(state) : Tr::tr("carries a signature but names no signer"));
    // The signing time chooses the certificate in force and orders a visit's corrections (the
    // reports): text that is not a time compared before every certificate (the first in force)
    // or after every correction. Not asked again of a record held signed whose state alone
    // changes, so that one taken before this check cannot stop its device's later pushes. A
    // record without the central part (a device from before) may carry no time at all.
    const QString signedUtc = fields.value(QStringLiteral("signed_utc")).toString();
    const bool centralPart = !RecordSignature::centralPart(signature).isEmpty();
    if (!(before.held && stateOnly) && (centralPart || !signedUtc.isEmpty()) && !isIsoUtc(signedUtc))
        return refused(Tr::tr("is signed by %1 at \"%2\", which is not a time").arg(signer, signedUtc.left(40)));
    if (centralPart) {
        // A monitor's device reaches here with marks, raises, closes and re-opens only: whatever
        // else it sends (an answer, a clinical record) CentralStore::actingFor refused already.
        MUCO_READ(keys, keysOf(device.keySite(), signer, signingPermission(table, fields), signedUtc));
        if (keys.isEmpty())
            return refused(Tr::tr("is signed by %1 at %2, who then held no key the central site knows in a role that may sign it")
                               .arg(signer, signedUtc));
        if (!RecordSignature::centralHolds(signature, RecordSignature::centralMessage(table, record, fields), keys))
            return refused(Tr::tr("carries an electronic signature of %1 that does not hold for the record as sent").arg(signer));
        return {};
    }
    if (!before.centralPart.isEmpty())
        return lost();
    // A mark or a query message that names its signer was signed with a central part since
    // migration 24 brought both (nothing was signed before, so nothing is exempt): one without
    // it is an insider's, whatever its device said when it anchored.
    if (!states && !randomization)
        return refused(Tr::tr("was signed by %1 without the signature the central site checks").arg(signer));
    // Without a central part: a record held here signed already whose state alone changes (a
    // correction supersedes it), a record from a device from before (nothing to check it by),
    // or one its device had signed before it signed for the central site.
    if (before.held && stateOnly)
        return {};
    // Randomizations need their central part from a device that said it signs them.
    MUCO_READ(signing, deviceSays(states ? QStringLiteral("signing_devices") : asMadeSigners, device.deviceId));
    if (!signing)
        return {};
    // The list of records signed before vouches for a record as its device signs it first. Once
    // the central site holds it signed, its content changes only with a signature it checks (an
    // insider's lowered grade sent with the old signature, as if signing again); its signature
    // fields alone may still settle (two devices from before signed one draft offline, and a
    // clinician keeps one device's signing time).
    if (!before.held || !contentChanged) {
        MUCO_READ(exempt, m_backend.query(QStringLiteral("SELECT 1 FROM signing_exemptions WHERE site = ? AND record_id = ?"),
                                          {device.keySite(), record}));
        if (!exempt.isEmpty())
            return {};
    }
    return refused(Tr::tr("was signed by %1 without the signature the central site checks").arg(signer));
}

Status CentralSignatures::takeSignedContent(CentralBackend &backend, const Clock &clock, const ConflictAt &at, const QJsonObject &content,
                                            PushBatch &batch, QVariantMap &applied, QJsonArray &answer)
{
    // Values compared as text, whatever their JSON type (a signature hashes values as text).
    const auto textOf = [](const std::optional<QString> &canonical) {
        const QVariant v = asText(canonical);
        return v.isNull() ? QStringLiteral("\u0001null") : v.toString();
    };
    for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
        // Declared content only: the name came from the network, and the state, the signature
        // and the site are not what a signature settles here.
        if (!isSignedContent(at.table, it.key()) || it.key() == QLatin1String("site"))
            continue;
        const QString incoming = canonicalJson(it.value());
        MUCO_READ(current, batch.value(at.table, at.record, it.key()));
        if (textOf(current) == textOf(incoming))
            continue;
        const QString displacedChange = batch.changeOf(at.table, at.record, it.key());
        batch.setValue(at.table, at.record, it.key(), incoming, at.changeId);
        applied.insert(it.key(), it.value().toVariant());
        // Every value the signature leaves out stays visible, once, against the signed one: the
        // central value it displaces, and those of the conflicts open on the field (whose central
        // value is no longer the central site's; the signer's own closes with them).
        ConflictAt field = at;
        field.field = it.key();
        MUCO_READ(closed, Conflicts::closeAll(backend, clock, field, answer));
        QList<Conflicts::Held> left;
        QSet<QString> shown{textOf(incoming)};
        if (current && asText(current).isValid()) {
            // The device that sent it (or this one, earlier in this push).
            MUCO_READ(sender, backend.query(QStringLiteral("SELECT device_id FROM changes WHERE id = ?"), {displacedChange}));
            left.append({sender.isEmpty() ? at.deviceId : sender.first().at(0).toString(), *current});
            shown.insert(textOf(current));
        }
        for (const Conflicts::Held &c : closed)
            if (!shown.contains(textOf(c.deviceValue))) {
                shown.insert(textOf(c.deviceValue));
                left.append(c);
            }
        for (const Conflicts::Held &c : left)
            MUCO_TRY(Conflicts::open(backend, clock, field, incoming, c.deviceValue, answer, c.deviceId));
    }
    return {};
}

Status CentralSignatures::scrubSiteParts(CentralBackend &backend)
{
    return CentralUpgrades::runOnce(backend, QStringLiteral("signature_site_parts"), [&]() -> Status {
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
        return {};
    });
}

Result<bool> CentralSignatures::deviceSays(const QString &table, const QString &deviceId)
{
    const QString cacheKey = table + QChar(0x1f) + deviceId;
    const auto known = m_says.constFind(cacheKey);
    if (known != m_says.constEnd())
        return *known;
    // `table` is one of the two names above, never input.
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT 1 FROM %1 WHERE device_id = ?").arg(table), {deviceId}));
    m_says.insert(cacheKey, !rows.isEmpty());
    return !rows.isEmpty();
}

Permission CentralSignatures::signingPermission(const QString &table, const QVariantMap &fields)
{
    // A query message is the monitor's (raise, close, re-open) or the site's (an answer).
    if (table == QLatin1String("query_messages"))
        return fields.value(QStringLiteral("kind")).toString() == QLatin1String("answer") ? Permission::AnswerQuery
                                                                                          : Permission::RaiseQuery;
    return table == QLatin1String("screenings")       ? Permission::SignEligibility
           : table == QLatin1String("randomizations") ? Permission::Randomize
           : table == QLatin1String("sdv_marks")      ? Permission::VerifySource
                                                       : Permission::SignGrade;
}

Result<QList<QByteArray>> CentralSignatures::keysOf(const QString &site, const QString &account, Permission permission,
                                                    const QString &atUtc)
{
    const QString cacheKey = site + QChar(0x1f) + account;
    auto history = m_keys.constFind(cacheKey);
    if (history == m_keys.constEnd()) {
        MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT a.public_key, c.role, c.certified_utc FROM account_keys a LEFT JOIN key_certificates c"
                                                       " ON c.site = a.site AND c.account = a.account AND c.public_key = a.public_key"
                                                       " WHERE a.site = ? AND a.account = ?"),
                                        {site, account}));
        KeyHistory keys;
        for (const QVariantList &r : rows) {
            auto &certificates = keys[r.at(0).toString()];
            if (!r.at(1).isNull())
                certificates.append({r.at(2).toString(), r.at(1).toString()});
        }
        for (auto &certificates : keys)
            std::sort(certificates.begin(), certificates.end());
        history = m_keys.insert(cacheKey, keys);
    }
    // A key signs a record when the certificate in force at the record's signing time (the
    // latest at or before it, from any device of the site) gives a role that may sign it: a
    // deactivation, a demotion or a password reset (which withdraws the replaced key) ends its
    // signing from then on, and what it signed before still counts when it arrives later (a
    // device that was offline). Several certificates at that same time must all allow it.
    // Before the key's first certificate, the first is in force: the signing and certifying
    // devices' clocks differ. A key no certificate names (registered before certificates) signs
    // only while the account has no certified key: the first certificate retires whatever was
    // registered bare.
    const bool certified = std::any_of(history->cbegin(), history->cend(), [](const auto &c) { return !c.isEmpty(); });
    QList<QByteArray> keys;
    for (auto it = history->cbegin(); it != history->cend(); ++it) {
        const auto &certificates = it.value();
        bool allowed = certificates.isEmpty() && !certified;
        if (!certificates.isEmpty()) {
            QString inForce = certificates.first().first;
            for (const auto &c : certificates)
                if (c.first <= atUtc)
                    inForce = c.first;
            allowed = std::all_of(certificates.cbegin(), certificates.cend(), [&](const auto &c) {
                if (c.first != inForce)
                    return true;
                const auto role = parseRole(c.second);
                return role.ok() && roleAllows(role.value(), permission);
            });
        }
        if (allowed)
            keys.append(QByteArray::fromHex(it.key().toLatin1()));
    }
    return keys;
}

} // namespace muco
