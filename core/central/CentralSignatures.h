#pragma once
// Electronic signatures checked at the central site (issue 11; docs/security.md, "Signatures
// checked at the central site"). Each device sends the public keys its verified audit trail
// registered for its accounts, by opaque account id (POST /v1/keys); the central site keeps
// every key a site's devices registered, never taking one away. Every change to a record that
// carries an electronic signature is then checked against the record as the central site holds
// it after the change: the central part of its signature must hold under a key of its signer.
// A record whose signed content was edited, whose signature was forged with another key or
// removed, or which was signed without a central part by a device that sends keys, is refused
// (the whole push, Integrity: HTTP 409, `sync now` exits 7) and raises an integrity alarm.
#include "central/CentralStore.h"
#include "central/PushBatch.h"
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace muco {

struct TableSpec;

class CentralSignatures {
public:
    CentralSignatures(CentralBackend &backend, const Clock &clock) : m_backend(backend), m_clock(clock) {}

    // Request {"keys": [{"account": "U.<12 hex>", "public_key": "<64 hex>"}], "since": ISO UTC}
    // (the device's time as it sends them); answer {"registered": N}, the keys new to the site.
    // Invalid, naming keys[i].account, keys[i].public_key or since, for anything else; a
    // monitor's device registers none (Denied).
    Result<QJsonObject> registerKeys(const DeviceIdentity &device, const QJsonObject &request);

    // The table, if records of `table` carry an electronic signature.
    static const TableSpec *signedTable(const QString &table);
    // Checks `record` of `table` as `batch` holds it after a change of `device`; `before` is the
    // central part of its signature before the change (empty for none). Integrity when it fails.
    Status check(const DeviceIdentity &device, const TableSpec &table, const QString &record, const QString &before,
                 bool signsNow, PushBatch &batch);
    // The central part of the record's signature as `batch` holds it (empty for none).
    static Result<QString> centralPartOf(const QString &table, const QString &record, PushBatch &batch);

    static QStringList schema();

private:
    Result<QList<QByteArray>> keysOf(const QString &site, const QString &account);
    // When the device first registered keys (ISO UTC, by its own clock), if it ever did.
    Result<std::optional<QString>> keysSince(const QString &deviceId);

    CentralBackend &m_backend;
    const Clock &m_clock;
    QHash<QString, QList<QByteArray>> m_keys;                 // site + account -> keys, read once a push
    QHash<QString, std::optional<QString>> m_since;           // device -> first registration
};

} // namespace muco
