#pragma once
// Electronic signatures checked at the central site (issue 11; docs/security.md, "Signatures
// checked at the central site" and "Keys the central site can prove"). Each device sends its
// administrators' key certificates (security/KeyCertificate) by opaque account id (POST
// /v1/keys); the central site takes a key only with a certificate that chains, through keys
// certified as an administrator's, to the key pinned for the device at its enrolment, and
// keeps each key's role from its latest certificate. It never takes a key away. Every change to a record that
// carries an electronic signature is then checked against the record as the central site holds
// it after the change: the central part of its signature must hold under a key of its signer.
// A record whose signed content was edited, whose signature was forged with another key or
// removed, marked unsigned while it carries a signature, or signed without a central part by a
// device that signs for the central site (unless it said it had signed it before), is refused
// (the whole push, Integrity: HTTP 409, `sync now` exits 7) and raises an integrity alarm.
#include "central/CentralStore.h"
#include "central/Conflicts.h"
#include "central/PushBatch.h"
#include "security/KeyCertificate.h"
#include "security/Roles.h"
#include <QHash>
#include <QJsonObject>

namespace muco {

class CentralSignatures {
public:
    CentralSignatures(CentralBackend &backend, const Clock &clock) : m_backend(backend), m_clock(clock) {}

    // Request {"keys": [{"account", "public_key"}], "certificates": [KeyCertificate::toJson()],
    // "exempt": [record ids]}; answer {"registered": N (keys new to the site), "certified": N,
    // "unproven": N (certificates that do not hold or chain to no administrator's key)}. "keys"
    // registers nothing by itself. `exempt`: the records the device had signed before it signed
    // for the central site, taken with its first keys only. Invalid, naming the JSON path, for
    // anything malformed. A monitor's device registers its monitors' keys too, under its own
    // site code set apart from the sites' (DeviceIdentity::keySite).
    Result<QJsonObject> registerKeys(const DeviceIdentity &device, const QJsonObject &request);
    // The enrolling administrator's own certificate, pinned as the root of the device's chain
    // (CentralStore::enroll, in its transaction), or a device's first one (acceptCertificates).
    static Status pinRoot(CentralBackend &backend, const DeviceIdentity &device, const KeyCertificate &root, const QString &how,
                          const QString &nowUtc);
    // A device whose program signs for the central site (it says so when it anchors): from then
    // on, a record it sends signed must carry a central part, unless it was exempted; its
    // randomizations too once it says it signs them (`randomizations`), and its source
    // verification marks and query messages (`monitoring`).
    static Status markSigningDevice(CentralBackend &backend, const DeviceIdentity &device, const QString &nowUtc,
                                    bool randomizations = false, bool monitoring = false);

    // True when records of `table` carry an electronic signature.
    static bool isSignedTable(const QString &table);
    // False for a signed table whose records have no state (randomizations: signed as made).
    static bool hasStates(const QString &table);
    // What the central site held of a signed record before a change: the central part of its
    // signature (empty for none), and whether it was signed (state signed or superseded).
    struct Before {
        QString centralPart;
        bool held = false;
    };
    static Result<Before> before(const QString &table, const QString &record, PushBatch &batch);
    // A field whose value a signature covers (declared, not a state or signature field): at the
    // central site it changes on a signed record only with a new signature.
    static bool isSignedContent(const QString &table, const QString &field);
    // Checks `record` of `table` as `batch` holds it after a change of `device` (every field the
    // central site holds for it). `stateOnly`: the change set the state alone (a correction
    // superseding it); `contentChanged`: it set a field of signed content. Integrity when it fails.
    Status check(const DeviceIdentity &device, const QString &table, const QString &record, const Before &before, bool stateOnly,
                 bool contentChanged, PushBatch &batch);
    // A signature made on a device that had not seen another device's edit of the draft (two
    // devices edit one field; or one edits what the other last sent): it holds over what its
    // device held, `content` (the change's "signed": the record's signed content there), not
    // over what the central site holds. Each field of `content` the central site holds
    // otherwise takes the signed value (in `applied`, passed on with the change). The conflicts
    // open on the field close, and each value left out (the one displaced, those of the closed
    // conflicts other than the signed one) is a conflict again, against the signed value. The
    // caller checks the signature again: if it does not hold over this either, the push is
    // refused and nothing of this stays. `at` names the record, the signing device and its change.
    static Status takeSignedContent(CentralBackend &backend, const Clock &clock, const ConflictAt &at, const QJsonObject &content,
                                    PushBatch &batch, QVariantMap &applied, QJsonArray &answer);

    // Signatures stored before only central parts were kept: each reduced to its central part
    // (or nothing) in the records, the feed and the conflicts, once (central_upgrades).
    static Status scrubSiteParts(CentralBackend &backend);

    static QStringList schema();

    // The keys of `account` whose certificate in force at `atUtc` gives a role with `permission`
    // (a deactivation or a password reset withdraws a key from then on; a key no certificate
    // names counts only while the account has no certified one): for a record signed then, or
    // an audit head signed by the user syncing (AuditAnchors: Permission::SyncNow, now).
    Result<QList<QByteArray>> keysOf(const QString &site, const QString &account, Permission permission, const QString &atUtc);

private:
    struct Taken {
        QStringList accounts;   // accounts with a key new to the site
        int accepted = 0;
        int unproven = 0;
        QString pinned;         // the root's account, when these certificates pinned it
    };
    Result<Taken> acceptCertificates(const DeviceIdentity &device, const QList<KeyCertificate> &given, const QString &now);
    // Keeps a certificate taken from `device` and registers its key; true when the key is new to the site.
    static Result<bool> storeCertificate(CentralBackend &backend, const DeviceIdentity &device, const KeyCertificate &c, const QString &nowUtc);
    // The permission a signature of `table`'s record `fields` needs.
    static Permission signingPermission(const QString &table, const QVariantMap &fields);
    // Whether `device` said it signs records for the central site (`signing_devices`), its
    // randomizations too (`randomization_signers`) or its source verification and query messages
    // (`monitoring_signers`): read once a push, not once a record.
    Result<bool> deviceSays(const QString &table, const QString &deviceId);

    // Each key of an account with its certificates (time, role), oldest first; none for a key
    // registered before certificates.
    using KeyHistory = QMap<QString, QList<std::pair<QString, QString>>>;

    CentralBackend &m_backend;
    const Clock &m_clock;
    QHash<QString, KeyHistory> m_keys;   // site + account -> its keys' histories, read once a push
    QHash<QString, bool> m_says;         // table + device -> deviceSays
};

} // namespace muco
