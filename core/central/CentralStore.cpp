#include "central/CentralStore.h"
#include "common/Sha256.h"
#include "common/CanonicalJson.h"
#include "common/CompactJson.h"
#include "central/SubjectBlocks.h"
#include "central/AllocationList.h"
#include "central/CentralAuditTrail.h"
#include "central/PushBatch.h"
#include "central/CentralSignatures.h"
#include "central/Conflicts.h"
#include "central/IntegrityAlarms.h"
#include "central/MonitorDevices.h"
#include "records/DeviceScope.h"
#include "common/Ids.h"
#include "records/Minimisation.h"
#include "central/QueryCopies.h"
#include "common/SecureBytes.h"
#include <QCoreApplication>
#include <algorithm>
#include <QJsonDocument>
#include <QRegularExpression>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentralStore)
};

// ^[a-z_]{1,40}$: the form of every synced field's name, checked for each field received.
bool isFieldName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 40 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_');
    });
}

// Every text of the changes is well-formed UTF-16. An unpaired surrogate (which Qt's JSON parser
// lets through) cannot be stored: PostgreSQL's JSON refuses it and its driver wrote it as '?'.
// Refused up front, naming where it is, rather than failing the push's statements or altering it.
Status wellFormedText(const QJsonArray &changes)
{
    const auto check = [](const QJsonObject &o, const QString &path) -> Status {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!it.key().isValidUtf16() || (it.value().isString() && !it.value().toString().isValidUtf16()))
                return Error::invalid(path + QLatin1Char('.') + it.key(), Tr::tr("is not valid Unicode text"));
        return {};
    };
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject c = changes.at(i).toObject();
        const QString path = QStringLiteral("changes[%1]").arg(i);
        MUCO_TRY(check(c, path));
        for (const char *part : {"fields", "old", "signed"})
            MUCO_TRY(check(c.value(QLatin1String(part)).toObject(), path + QLatin1Char('.') + QLatin1String(part)));
    }
    return {};
}

// The subject ID the central site proposes instead of a taken one: the site's code and the
// number after the highest it holds for that site (the form devices allocate, SITE-0001).
Result<QString> freeSubjectId(CentralBackend &b, const QString &site)
{
    // Above every granted block too: a number inside one is some device's next patient.
    MUCO_READ(highest, SubjectBlocks::highestNumber(b, site));
    return QStringLiteral("%1-%2").arg(site).arg(highest + 1, 4, 10, QLatin1Char('0'));
}

} // namespace

QString tokenHash(const QString &token)
{
    return sha256Hex(token.toUtf8());
}

QStringList CentralStore::syncedTables()
{
    return {QStringLiteral("patients"), QStringLiteral("rt_plans"), QStringLiteral("fractions"), QStringLiteral("assessments"),
            QStringLiteral("lab_results"), QStringLiteral("screenings"), QStringLiteral("drug_doses"), QStringLiteral("adverse_events"),
            QStringLiteral("randomizations"), QStringLiteral("queries"), QStringLiteral("query_messages"), QStringLiteral("sdv_marks")};
}

CentralStore::CentralStore(std::unique_ptr<CentralBackend> backend, std::shared_ptr<Clock> clock)
    : m_backend(std::move(backend)), m_clock(std::move(clock))
{
}

AllocationList CentralStore::allocationList() { return AllocationList(*m_backend, m_clock); }

namespace {
bool isSiteCode(const QString &site)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,10}$"));
    return re.match(site).hasMatch();
}
} // namespace

Result<QString> CentralStore::createEnrollmentCode(const QString &site)
{
    if (!isSiteCode(site))
        return Error::invalid(QStringLiteral("site"), Tr::tr("a site code is 2 to 10 capital letters or digits"));
    return createCode(site, false);
}

// The code names no site ("*": every site); the device enrolling with it names itself.
Result<QString> CentralStore::createMonitorEnrollmentCode() { return createCode(QStringLiteral("*"), true); }

Result<QString> CentralStore::createCode(const QString &site, bool monitor)
{
    const QString code = randomHex(10);
    CentralTransaction tx(*m_backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_backend->exec(QStringLiteral("INSERT INTO enrollment_codes (code_hash, site, created_utc) VALUES (?, ?, ?)"),
                             {tokenHash(code), site, isoUtc(m_clock->nowUtc())}));
    if (monitor)
        MUCO_TRY(MonitorDevices(*m_backend).markCode(tokenHash(code)));
    // The code itself is a secret until used: the trail records that one was made, for which site.
    MUCO_TRY(CentralAuditTrail(*m_backend, *m_clock).append(QLatin1String(CentralAuditTrail::kCodeCreated), m_operator, {}, site,
                                                            monitor ? QJsonObject{{QStringLiteral("scope"), QLatin1String(MonitorDevices::kScope)}}
                                                                    : QJsonObject{}));
    MUCO_TRY(tx.commit());
    return code;
}

void CentralStore::auditRefusal(const QString &event, const DeviceIdentity &device, const QJsonObject &detail)
{
    CentralTransaction tx(*m_backend);
    if (!tx.begun().ok())
        return;
    // Best effort: the refusal is what the caller reports; a store that cannot write this row
    // failed already, and the caller's own error says so.
    if (CentralAuditTrail(*m_backend, *m_clock).append(event, QStringLiteral("device"), device.deviceId, device.site, detail).ok())
        (void)tx.commit();
}

Result<Enrollment> CentralStore::enroll(const QString &code, const QString &deviceSite, const std::optional<KeyCertificate> &root,
                                        bool rootRequired, const QString &previousToken)
{
    auto e = enrollOnce(code, deviceSite, root, rootRequired, previousToken);
    if (!e.ok() && e.error().kind == ErrorKind::Denied)   // a wrong, used, expired or other site's code
        auditRefusal(QLatin1String(CentralAuditTrail::kEnrolmentRefused), {},
                     {{QStringLiteral("claimed_site"), deviceSite.left(16)}, {QStringLiteral("reason"), e.error().message}});
    return e;
}

Result<Enrollment> CentralStore::enrollOnce(const QString &code, const QString &deviceSite, const std::optional<KeyCertificate> &root,
                                            bool rootRequired, const QString &previousToken)
{
    CentralTransaction tx(*m_backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_backend->lockWrites());   // one code, one device, even across processes
    auto rows = m_backend->query(QStringLiteral("SELECT site, used_utc, created_utc FROM enrollment_codes WHERE code_hash = ?"),
                                 {tokenHash(code.trimmed())});
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty() || !rows->first().at(1).isNull())
        return Error::denied(Tr::tr("The enrollment code is unknown or was already used."));
    const QDateTime created = QDateTime::fromString(rows->first().at(2).toString(), Qt::ISODateWithMs);
    if (!created.isValid() || m_clock->nowUtc() > created.addDays(m_codeValidityDays))
        return Error::denied(Tr::tr("The enrollment code has expired (codes are valid for %n day(s)); ask for a new one.", nullptr,
                                    m_codeValidityDays));
    MonitorDevices monitors(*m_backend);
    MUCO_READ(monitor, monitors.isMonitorCode(tokenHash(code.trimmed())));
    // A monitor device is named by the site code of its own database; a site's device takes
    // the code's site, and a code of another site stays unused: the right device can still use it.
    if (monitor && !isSiteCode(deviceSite))
        return Error::invalid(QStringLiteral("site"), Tr::tr("a monitor's device names its own site code (2 to 10 capital letters or digits)"));
    if (!monitor && !deviceSite.isEmpty() && rows->first().at(0).toString() != deviceSite)
        return Error::denied(Tr::tr("This enrollment code is for another site, not %1; it was not used.").arg(deviceSite));
    Enrollment e{newUuid(), randomHex(32), monitor ? deviceSite : rows->first().at(0).toString(), {}, monitor, {}};
    // Without a root, a token holder's first certificates could pin one of his own. A monitor's
    // device has one too: its monitors sign their source verification and query messages.
    if (!root && rootRequired)
        return Error::invalid(QStringLiteral("root"), Tr::tr("a device is enrolled with its administrator's own key certificate; "
                                                             "this program is from before that: upgrade it"));
    if (root && (root->site != e.site || !root->isRoot()))
        return Error::invalid(QStringLiteral("root"), Tr::tr("the enrolling administrator's own key certificate, for site %1, signed by that key")
                                                          .arg(e.site));
    const QString now = isoUtc(m_clock->nowUtc());
    MUCO_TRY(m_backend->exec(QStringLiteral("UPDATE enrollment_codes SET used_utc = ? WHERE code_hash = ?"), {now, tokenHash(code.trimmed())}));
    MUCO_TRY(m_backend->exec(QStringLiteral("INSERT INTO devices (id, site, token_hash, enrolled_utc) VALUES (?, ?, ?, ?)"),
                             {e.deviceId, e.site, tokenHash(e.token), now}));
    // The identity the device had, proved by its token: revoked when the new identity is first
    // used (authenticate), so that a copy of the old token (an account that kept it, a stolen
    // backup) opens nothing any more. Not now: were this answer lost, the device would keep its
    // old token, revoked, and a used code. Only one of the same site and kind (a monitor names
    // its own site); an unknown or revoked token changes nothing.
    QJsonObject detail;   // of the enrolment, in the central site's trail
    if (!previousToken.isEmpty()) {
        MUCO_READ(old, m_backend->query(QStringLiteral("SELECT d.id, d.site, s.scope FROM devices d LEFT JOIN device_scopes s ON s.device_id = d.id"
                                                       " WHERE d.token_hash = ? AND d.revoked_utc IS NULL"),
                                        {tokenHash(previousToken)}));
        const bool sameKind = !old.isEmpty() && (old.first().at(2).toString() == QLatin1String(MonitorDevices::kScope)) == monitor;
        if (sameKind && old.first().at(1).toString() == e.site) {
            e.replaced = old.first().at(0).toString();
            // What the old identity was itself to replace (enrolled again twice before a sync)
            // passes on, so that no identity is left valid on the way.
            MUCO_READ(chain, m_backend->query(QStringLiteral("SELECT replaces FROM device_replacements WHERE device_id = ?"), {e.replaced}));
            QStringList replaces{e.replaced};
            for (const QVariantList &r : chain)
                replaces << r.at(0).toString();
            for (const QString &r : std::as_const(replaces))
                MUCO_TRY(m_backend->exec(QStringLiteral("INSERT INTO device_replacements (device_id, replaces, recorded_utc) VALUES (?, ?, ?)"),
                                         {e.deviceId, r, now}));
            detail.insert(QStringLiteral("replaces"), e.replaced);
        }
    }
    if (root)
        detail.insert(QStringLiteral("root"), root->account);
    if (monitor) {
        MUCO_TRY(monitors.markDevice(e.deviceId));
        detail.insert(QStringLiteral("scope"), QLatin1String(MonitorDevices::kScope));
    }
    MUCO_TRY(CentralAuditTrail(*m_backend, *m_clock).append(QLatin1String(CentralAuditTrail::kEnrolled), QStringLiteral("device"),
                                                            e.deviceId, e.site, detail));
    if (root)
        MUCO_TRY(CentralSignatures::pinRoot(*m_backend, {e.deviceId, e.site, monitor}, *root, QStringLiteral("enrolment"), now));
    if (monitor) {
        // No subject numbers: a monitor's device adds no patients.
        MUCO_TRY(tx.commit());
        return e;
    }
    // The device's first block of subject numbers, so that it can add patients offline at once.
    SubjectBlocks blocks(*m_backend, *m_clock);
    MUCO_TRY(blocks.grant({e.deviceId, e.site}));
    MUCO_READ(granted, blocks.blocksOf(e.deviceId));
    e.subjectBlocks = granted;
    MUCO_TRY(tx.commit());
    return e;
}

Result<DeviceIdentity> CentralStore::authenticate(const QString &token)
{
    const QString hash = tokenHash(token);
    auto rows = m_backend->query(QStringLiteral("SELECT d.id, d.site, d.revoked_utc, s.scope, r.replaces FROM devices d"
                                                " LEFT JOIN device_scopes s ON s.device_id = d.id"
                                                " LEFT JOIN device_replacements r ON r.device_id = d.id WHERE d.token_hash = ?"),
                                 {hash});
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty()) {
        MUCO_READ(retired, m_backend->query(QStringLiteral("SELECT device_id, site, retired_utc, alarmed_utc, token_hash FROM retired_tokens"
                                                           " WHERE token_hash = ?"), {hash}));
        if (retired.isEmpty())
            return Error::denied(Tr::tr("Unknown device token."));
        alarmRetiredToken(retired.first());
        return Error::denied(Tr::tr("This token was replaced by its device and is no longer valid."));
    }
    if (!rows->first().at(2).isNull())
        return Error::denied(Tr::tr("This device's token was revoked by the central site."));
    const DeviceIdentity device{rows->first().at(0).toString(), rows->first().at(1).toString(),
                                rows->first().at(3).toString() == QLatin1String(MonitorDevices::kScope)};
    if (!rows->first().at(4).isNull())
        MUCO_TRY(retireReplaced(device));
    return device;
}

// The device's new identity is in use: the ones it replaced are revoked, once.
Status CentralStore::retireReplaced(const DeviceIdentity &device)
{
    CentralTransaction tx(*m_backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_backend->lockWrites());
    MUCO_READ(pending, m_backend->query(QStringLiteral("SELECT replaces FROM device_replacements WHERE device_id = ?"), {device.deviceId}));
    if (pending.isEmpty())
        return {};   // done meanwhile by another request
    MUCO_TRY(m_backend->exec(QStringLiteral("DELETE FROM device_replacements WHERE device_id = ?"), {device.deviceId}));
    for (const QVariantList &p : pending) {
        const QString replaced = p.at(0).toString();
        MUCO_READ(open, m_backend->query(QStringLiteral("SELECT 1 FROM devices WHERE id = ? AND revoked_utc IS NULL"), {replaced}));
        if (open.isEmpty())
            continue;
        MUCO_TRY(m_backend->exec(QStringLiteral("UPDATE devices SET revoked_utc = ? WHERE id = ?"), {isoUtc(m_clock->nowUtc()), replaced}));
        MUCO_TRY(CentralAuditTrail(*m_backend, *m_clock).append(QLatin1String(CentralAuditTrail::kRevoked), QStringLiteral("device"),
                                                                replaced, device.site, {{QStringLiteral("replaced_by"), device.deviceId}}));
    }
    return tx.commit();
}

// A replaced token used again, after the grace for a run already under way: whoever kept a copy
// of it (an account that left the site) is trying to connect as the device, or replaced the
// device's token before it did. Raised once per token, for the operator to look into.
void CentralStore::alarmRetiredToken(const QVariantList &retired)
{
    const QString deviceId = retired.at(0).toString();
    const QString site = retired.at(1).toString();
    const QString retiredUtc = retired.at(2).toString();
    const QDateTime at = QDateTime::fromString(retiredUtc, Qt::ISODateWithMs);
    const QDateTime now = m_clock->nowUtc();
    if (!retired.at(3).isNull() || !at.isValid() || now < at.addSecs(qint64(kRetiredGraceMinutes) * 60))
        return;
    CentralTransaction tx(*m_backend);
    if (!tx.begun().ok() || !m_backend->lockWrites().ok())
        return;
    const QVariant hash = retired.at(4);
    auto already = m_backend->query(QStringLiteral("SELECT alarmed_utc FROM retired_tokens WHERE token_hash = ?"), {hash});
    if (!already.ok() || already->isEmpty() || !already->first().at(0).isNull())
        return;   // raised by another request meanwhile
    const QString detail = Tr::tr("a token this device replaced at %1 was used again: someone kept a copy of it (an account that "
                                  "left the site?); if the device's own syncs are refused, its token was taken over: revoke the "
                                  "device and enrol it again").arg(retiredUtc);
    // Best effort, like a refusal's trail row: the request is refused whatever happens here.
    const QString nowText = isoUtc(now);
    const bool recorded =
        m_backend->exec(QStringLiteral("UPDATE retired_tokens SET alarmed_utc = ? WHERE token_hash = ?"), {nowText, hash}).ok()
        && DeviceAlarms::raise(*m_backend, deviceId, site, QStringLiteral("retired_token"), nowText, detail).ok()
        && CentralAuditTrail(*m_backend, *m_clock).append(QLatin1String(CentralAuditTrail::kIntegrityAlarm), QStringLiteral("device"),
                                                          deviceId, site, {{QStringLiteral("kind"), QStringLiteral("retired_token")},
                                                                           {QStringLiteral("retired_utc"), retiredUtc}}).ok();
    if (recorded)
        (void)tx.commit();
}

void CentralStore::alarmSignature(const DeviceIdentity &device, const QString &detail)
{
    // Best effort, like a refusal's trail row: the push is refused whatever happens here. The
    // device sends the same changes again at every sync; the operator is told once.
    CentralTransaction tx(*m_backend);
    if (!tx.begun().ok() || !m_backend->lockWrites().ok())
        return;
    const auto open = DeviceAlarms::isOpen(*m_backend, device.deviceId, QStringLiteral("signature"), detail);
    if (!open.ok() || open.value())
        return;
    const bool recorded =
        DeviceAlarms::raise(*m_backend, device.deviceId, device.site, QStringLiteral("signature"), isoUtc(m_clock->nowUtc()), detail).ok()
        && CentralAuditTrail(*m_backend, *m_clock).append(QLatin1String(CentralAuditTrail::kIntegrityAlarm), QStringLiteral("device"),
                                                          device.deviceId, device.site, {{QStringLiteral("kind"), QStringLiteral("signature")},
                                                                                         {QStringLiteral("detail"), detail}}).ok();
    if (recorded)
        (void)tx.commit();
}

Status CentralStore::revoke(const QString &deviceId)
{
    CentralTransaction tx(*m_backend);
    MUCO_TRY(tx.begun());
    MUCO_READ(rows, m_backend->query(QStringLiteral("SELECT site, revoked_utc FROM devices WHERE id = ?"), {deviceId}));
    if (rows.isEmpty())
        return Error::invalid(QStringLiteral("--device"), Tr::tr("no enrolled device has the id %1").arg(deviceId));
    if (!rows.first().at(1).isNull())
        return {};   // revoked before: the trail already says when
    MUCO_TRY(m_backend->exec(QStringLiteral("UPDATE devices SET revoked_utc = ? WHERE id = ?"), {isoUtc(m_clock->nowUtc()), deviceId}));
    MUCO_TRY(CentralAuditTrail(*m_backend, *m_clock).append(QLatin1String(CentralAuditTrail::kRevoked), m_operator, deviceId,
                                                            rows.first().at(0).toString(), {}));
    return tx.commit();
}

Status CentralStore::replaceToken(const DeviceIdentity &device, const QString &presented, const QString &next)
{
    const bool wellFormed = next.size() == 64 && std::all_of(next.cbegin(), next.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (!wellFormed)
        return Error::invalid(QStringLiteral("token"), Tr::tr("a device token is 64 lower-case hexadecimal digits"));
    CentralTransaction tx(*m_backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_backend->lockWrites());
    const QString hash = tokenHash(next);
    MUCO_READ(rows, m_backend->query(QStringLiteral("SELECT token_hash, revoked_utc FROM devices WHERE id = ?"), {device.deviceId}));
    if (rows.isEmpty() || !rows.first().at(1).isNull())
        return Error::denied(Tr::tr("This device's token was revoked by the central site."));
    const QString current = rows.first().at(0).toString();
    if (current == hash)
        return {};   // the device's token already (a request repeated)
    // Authenticated before the lock was taken: another request may have replaced it since.
    if (current != tokenHash(presented))
        return Error::denied(Tr::tr("This device's token was replaced since the request was sent."));
    MUCO_READ(taken, m_backend->query(QStringLiteral("SELECT 1 FROM devices WHERE token_hash = ?"
                                                     " UNION ALL SELECT 1 FROM retired_tokens WHERE token_hash = ?"), {hash, hash}));
    if (!taken.isEmpty())
        return Error::invalid(QStringLiteral("token"), Tr::tr("this token is not available; draw another"));
    MUCO_TRY(m_backend->exec(QStringLiteral("UPDATE devices SET token_hash = ? WHERE id = ?"), {hash, device.deviceId}));
    MUCO_TRY(m_backend->exec(QStringLiteral("INSERT INTO retired_tokens (token_hash, device_id, site, retired_utc) VALUES (?, ?, ?, ?)"),
                             {current, device.deviceId, device.site, isoUtc(m_clock->nowUtc())}));
    // Neither token is recorded, nor its hash: that the device's token changed, and when.
    MUCO_TRY(CentralAuditTrail(*m_backend, *m_clock).append(QLatin1String(CentralAuditTrail::kTokenReplaced), QStringLiteral("device"),
                                                            device.deviceId, device.site, {}));
    return tx.commit();
}

Result<QList<QVariantList>> CentralStore::devices()
{
    return m_backend->query(QStringLiteral("SELECT d.id, d.site, d.enrolled_utc, d.revoked_utc, COALESCE(s.scope, 'site') FROM devices d"
                                           " LEFT JOIN device_scopes s ON s.device_id = d.id ORDER BY d.enrolled_utc"));
}

Result<DeviceIdentity> CentralStore::actingFor(const DeviceIdentity &device, const QJsonObject &c, PushBatch &batch)
{
    if (!device.monitor)
        return device;
    const QString table = c.value(QStringLiteral("table")).toString();
    // Refused, not ignored: nothing a monitor's device sends changes clinical data.
    if (!DeviceScope::isMonitoringTable(table))
        return Error::denied(Tr::tr("A monitor's device may send queries and source verification only, not changes to %1.")
                                 .arg(table.left(40)));
    if (c.contains(QStringLiteral("resolves")))
        return Error::denied(Tr::tr("A monitor's device does not resolve conflicts."));
    // An answer is the site's word (Permission::AnswerQuery, which no monitor's device has),
    // signed or not: never taken from a monitor's device, whatever account it names.
    if (table == QLatin1String("query_messages")
        && c.value(QStringLiteral("fields")).toObject().value(QStringLiteral("kind")).toString() == QLatin1String("answer"))
        return Error::denied(Tr::tr("A monitor's device does not answer queries."));
    // Filed under the site of the record (once stored), or of the patient it is about, so the
    // patient's site pulls it; references are then checked against that one site.
    const QString record = c.value(QStringLiteral("record_id")).toString();
    MUCO_READ(owner, batch.siteOf(table, record));
    if (owner)
        return DeviceIdentity{device.deviceId, *owner, true, device.site};
    const QJsonValue patient = c.value(QStringLiteral("fields")).toObject().value(QStringLiteral("patient_id"));
    MUCO_READ(patientSite, patient.isString() ? batch.siteOf(QStringLiteral("patients"), patient.toString())
                                              : Result<std::optional<QString>>(std::optional<QString>()));
    if (!patientSite)
        return Error::invalid(QStringLiteral("changes"), Tr::tr("a monitoring record must name a patient the central site holds"));
    return DeviceIdentity{device.deviceId, *patientSite, true, device.site};
}

Result<QJsonObject> CentralStore::applyChange(const DeviceIdentity &sender, const QJsonObject &change, QJsonArray &conflicts,
                                              PushBatch &batch, CentralSignatures &signatures)
{
    // Reduced to what the central site may hold, whatever the device sent (an older device
    // sends birth dates and user names): the full values are never stored nor passed on.
    MUCO_READ(c, QueryCopies::reduceAnswer(Minimisation::reduceChange(change), batch));
    MUCO_READ(device, actingFor(sender, c, batch));
    const QString id = c.value(QStringLiteral("id")).toString();
    const QString table = c.value(QStringLiteral("table")).toString();
    const QString record = c.value(QStringLiteral("record_id")).toString();
    QJsonObject fields = c.value(QStringLiteral("fields")).toObject();
    // The site is the device's, from its token: never what the change says.
    if (fields.contains(QStringLiteral("site")))
        fields.insert(QStringLiteral("site"), device.site);
    const QJsonObject old = c.value(QStringLiteral("old")).toObject();
    if (id.isEmpty() || record.isEmpty() || !syncedTables().contains(table))
        return Error::invalid(QStringLiteral("changes"), Tr::tr("a change needs an id, a known table and a record id"));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (!isFieldName(it.key()))
            return Error::invalid(QStringLiteral("changes"), Tr::tr("\"%1\" is not a field name").arg(it.key()));

    MUCO_READ(seen, batch.seen(id));
    if (seen)
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("replay"), true}};   // applied before: exactly once

    // References: a field naming a record (PushBatch::isReference) must not name another site's,
    // in what the change sets or what it says was signed (which may be taken: takeSignedContent).
    for (const QJsonObject &values : {fields, c.value(QStringLiteral("signed")).toObject()})
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!PushBatch::isReference(it.key()) || !it.value().isString() || it.value().toString().isEmpty())
                continue;
            MUCO_READ(targetSites, batch.sitesOf(it.value().toString()));
            for (const QString &targetSite : targetSites)
                if (targetSite != device.site)
                    return Error::denied(Tr::tr("A device of site %1 may not refer to records of another site (%2).").arg(device.site, it.key()));
        }
    MUCO_READ(owner, batch.siteOf(table, record));
    if (owner && *owner != device.site)
        return Error::denied(Tr::tr("A device of site %1 may not change records of another site.").arg(device.site));
    const bool newRecord = !owner;
    if (newRecord)
        batch.addRecordSite(table, record, device.site);
    // A record that carries an electronic signature is checked as it stands after the change.
    const bool signedTable = !fields.isEmpty() && CentralSignatures::isSignedTable(table);
    MUCO_READ(signedBefore, signedTable && !newRecord ? CentralSignatures::before(table, record, batch)
                                                      : Result<CentralSignatures::Before>(CentralSignatures::Before{}));
    const bool signsAgain = fields.contains(QStringLiteral("signature"));

    // A randomization is made once, signed as it is made; nothing honest changes it afterwards,
    // not even signed again (an investigator's own signature over another arm). A change to any
    // of its fields is an insider's: refused and alarmed, where a conflict left the device
    // showing the changed arm unremarked.
    if (signedBefore.held && !CentralSignatures::hasStates(table))
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            MUCO_READ(held, batch.value(table, record, it.key()));
            if (held.value_or(canonicalJson(QJsonValue())) != canonicalJson(it.value()))
                return Error{ErrorKind::Integrity,
                             Tr::tr("The central site refuses this device's data: %1 record %2 changes %3, which was signed as it was "
                                    "made. The central site's operator has been alerted.")
                                 .arg(table, record.left(64), it.key()),
                             {}};
        }
    QVariantMap applied;   // written without a document (compactJsonObject: what QJsonDocument writes)
    QVariantMap restated;   // unchanged, passed on with a resolution (below)
    const QString resolves = c.value(QStringLiteral("resolves")).toString();
    const QString now = isoUtc(m_clock->nowUtc());
    const auto openConflict = [&](const QString &field, const QString &central, const QString &incoming) {
        return Conflicts::open(*m_backend, *m_clock, {device.site, table, record, field, device.deviceId, id}, central, incoming, conflicts);
    };
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString incoming = canonicalJson(it.value());
        if (PushBatch::isSubjectId(table, it.key())) {
            // Subject IDs are unique per site, but two devices of a site allocate the same
            // numbers while offline. A taken one is never stored: it becomes a conflict on the
            // field. A record that has a subject ID here keeps it; a new one gets a free ID,
            // stored and passed on to the other devices like any value, so every device holds the
            // whole record under a unique ID. The rest of the change is applied, nothing waits in
            // the device's outbox, and the device resolves the conflict like any other (taking
            // the central value renumbers its patient; keeping its own is refused again).
            const bool named = it.value().isString() && !it.value().toString().trimmed().isEmpty();
            MUCO_READ(holder, named ? batch.subjectHolder(device.site, record, incoming) : Result<QString>(QString()));
            if (!holder.isEmpty()) {
                MUCO_READ(current, batch.value(table, record, it.key()));
                QString central = current.value_or(QString());
                if (central.isEmpty()) {
                    MUCO_TRY(batch.flush());   // the free number is read from what is written
                    MUCO_READ(proposal, freeSubjectId(*m_backend, device.site));
                    central = canonicalJson(proposal);
                    batch.setValue(table, record, it.key(), central, id);
                    applied.insert(it.key(), proposal);
                }
                MUCO_TRY(openConflict(it.key(), central, incoming));
                continue;
            }
        }
        if (newRecord) {
            // A record the central site has never seen has no values to compare against.
            batch.setValue(table, record, it.key(), incoming, id);
            applied.insert(it.key(), it.value().toVariant());
            continue;
        }
        MUCO_READ(current, batch.value(table, record, it.key()));
        if (signedBefore.held && !signsAgain && CentralSignatures::isSignedContent(table, it.key())) {
            // A signed record's content changes here only with a new signature: an edit made
            // elsewhere while it was a draft becomes a conflict, never part of what was signed.
            const QString central = current.value_or(canonicalJson(QJsonValue()));
            if (central != incoming)
                MUCO_TRY(openConflict(it.key(), central, incoming));
            else if (!resolves.isEmpty())
                restated.insert(it.key(), it.value().toVariant());
            continue;
        }
        const QString expected = canonicalJson(old.value(it.key()));
        if (!current) {
            batch.setValue(table, record, it.key(), incoming, id);
            applied.insert(it.key(), it.value().toVariant());
            continue;
        }
        const QString central = *current;
        if (central == incoming) {
            // Both sides already agree. A resolution that keeps the central value is passed on
            // all the same: a device that took no part kept its own value while the conflict
            // was open, and learns the central one from it.
            if (!resolves.isEmpty())
                restated.insert(it.key(), it.value().toVariant());
            continue;
        }
        if (central == expected) {
            batch.setValue(table, record, it.key(), incoming, id);
            applied.insert(it.key(), it.value().toVariant());
            continue;
        }
        // The same field was changed elsewhere since this device last saw it.
        MUCO_TRY(openConflict(it.key(), central, incoming));
    }
    const auto contentIn = [&](const QVariantMap &set) {
        const QStringList names = set.keys();
        return std::any_of(names.cbegin(), names.cend(), [&](const QString &f) { return CentralSignatures::isSignedContent(table, f); });
    };
    if (signedTable && !applied.isEmpty()) {
        const bool stateOnly = applied.size() == 1 && applied.contains(QStringLiteral("state"));
        Status checked = signatures.check(device, table, record, signedBefore, stateOnly, contentIn(applied), batch);
        // Signed on a device that had not seen another's edit of the draft: what it signed
        // (its "signed") is taken over what the central site holds, if the signature holds
        // over that (CentralSignatures::takeSignedContent).
        const QJsonObject signedContent = c.value(QStringLiteral("signed")).toObject();
        if (!checked.ok() && checked.error().kind == ErrorKind::Integrity && signsAgain && !signedContent.isEmpty()) {
            MUCO_TRY(CentralSignatures::takeSignedContent(*m_backend, *m_clock, {device.site, table, record, {}, device.deviceId, id},
                                                          signedContent, batch, applied, conflicts));
            checked = signatures.check(device, table, record, signedBefore, false, contentIn(applied), batch);
        }
        MUCO_TRY(checked);
    }
    if (!resolves.isEmpty())
        MUCO_TRY(Conflicts::resolve(*m_backend, *m_clock, resolves, {device.site, {}, {}, {}, device.deviceId, id}));
    restated.insert(applied);
    batch.addChange({id, device.site, device.deviceId, table, record, compactJsonObject(restated),
                     c.value(QStringLiteral("changed_by")).toString(), c.value(QStringLiteral("changed_utc")).toString(), now});
    batch.markSeen(id);
    return QJsonObject{{QStringLiteral("id"), id}};
}

Result<QJsonObject> CentralStore::push(const DeviceIdentity &device, const QJsonArray &changes)
{
    auto r = pushOnce(device, changes);
    if (!r.ok() && r.error().kind == ErrorKind::Integrity)
        alarmSignature(device, r.error().message);
    if (!r.ok())
        auditRefusal(QLatin1String(m_backend->connectionLost() ? CentralAuditTrail::kPushInterrupted : CentralAuditTrail::kPushRefused), device,
                     {{QStringLiteral("changes"), changes.size()}, {QStringLiteral("reason"), r.error().message}});
    return r;
}

Result<QJsonObject> CentralStore::pushOnce(const DeviceIdentity &device, const QJsonArray &changes)
{
    CentralTransaction tx(*m_backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_backend->lockWrites());   // feed positions in commit order (CentralBackend::lockWrites)
    QJsonArray acked, conflicts;
    int replayed = 0;
    // The batch's reads in a few statements, its writes in a few more (PushBatch).
    PushBatch batch(*m_backend);
    CentralSignatures signatures(*m_backend, *m_clock);
    MUCO_TRY(wellFormedText(changes));
    MUCO_TRY(batch.prefetch(changes));
    for (const QJsonValue &v : changes) {
        auto r = applyChange(device, v.toObject(), conflicts, batch, signatures);
        if (!r.ok())
            return r.error();   // the whole batch rolls back: nothing half-applied
        MUCO_TRY(batch.sendAhead());
        acked.append(r->value(QStringLiteral("id")));
        replayed += r->value(QStringLiteral("replay")).toBool() ? 1 : 0;
    }
    MUCO_TRY(batch.flush());
    MUCO_TRY(CentralAuditTrail(*m_backend, *m_clock).append(
        QLatin1String(CentralAuditTrail::kPush), QStringLiteral("device"), device.deviceId, device.site,
        {{QStringLiteral("changes"), changes.size()}, {QStringLiteral("accepted"), changes.size() - replayed},
         {QStringLiteral("replayed"), replayed}, {QStringLiteral("conflicts"), conflicts.size()}}));
    MUCO_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("acked"), acked}, {QStringLiteral("conflicts"), conflicts}};
}

Result<QJsonObject> CentralStore::pull(const DeviceIdentity &device, qint64 after, int limit)
{
    limit = std::clamp(limit, 1, 1000);
    // A monitor's device reads every site's feed: what the central site holds is pseudonymous
    // (identities never leave a site) and reduced (records/Minimisation), here once more.
    auto rows = device.monitor
        ? m_backend->query(QStringLiteral("SELECT seq, id, table_name, record_id, fields, changed_by, changed_utc FROM changes"
                                          " WHERE device_id <> ? AND seq > ? AND fields <> '{}' ORDER BY seq LIMIT ?"),
                           {device.deviceId, after, limit})
        : m_backend->query(QStringLiteral("SELECT seq, id, table_name, record_id, fields, changed_by, changed_utc FROM changes"
                                          " WHERE site = ? AND device_id <> ? AND seq > ? AND fields <> '{}' ORDER BY seq LIMIT ?"),
                           {device.site, device.deviceId, after, limit});
    if (!rows.ok())
        return rows.error();
    QJsonArray out;
    qint64 next = after;
    for (const QVariantList &r : rows.value()) {
        next = r[0].toLongLong();
        // Reduced again on the way out: a store filled before the rule holds birth dates and
        // user names in its older changes.
        out.append(Minimisation::reduceChange(
            QJsonObject{{QStringLiteral("seq"), next}, {QStringLiteral("id"), r[1].toString()},
                        {QStringLiteral("table"), r[2].toString()}, {QStringLiteral("record_id"), r[3].toString()},
                        {QStringLiteral("fields"), QJsonDocument::fromJson(r[4].toString().toUtf8()).object()},
                        {QStringLiteral("changed_by"), r[5].toString()}, {QStringLiteral("changed_utc"), r[6].toString()}}));
    }
    // A site's conflicts are its clinicians' to resolve; a monitor's device sees its own only.
    auto conflictRows = device.monitor
        ? m_backend->query(QStringLiteral("SELECT id, table_name, record_id, field, central_value, device_value, status"
                                          " FROM conflicts WHERE device_id = ? ORDER BY created_utc"), {device.deviceId})
        : m_backend->query(QStringLiteral("SELECT id, table_name, record_id, field, central_value, device_value, status"
                                          " FROM conflicts WHERE site = ? ORDER BY created_utc"), {device.site});
    if (!conflictRows.ok())
        return conflictRows.error();
    QJsonArray conflicts;
    for (const QVariantList &r : conflictRows.value())
        conflicts.append(Conflicts::toJson(r));
    return QJsonObject{{QStringLiteral("changes"), out}, {QStringLiteral("next"), next},
                       {QStringLiteral("more"), rows->size() == limit}, {QStringLiteral("conflicts"), conflicts}};
}

} // namespace muco
