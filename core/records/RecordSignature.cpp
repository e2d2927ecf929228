#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "security/SigningKey.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <sodium.h>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecordSignature)
};

const QString kSignature = QStringLiteral("signature");

bool isSignatureField(const QString &field)
{
    static const QStringList fields{QStringLiteral("state"), QStringLiteral("signed_by"), QStringLiteral("signed_utc"),
                                    QStringLiteral("signature_meaning"), kSignature};
    return fields.contains(field);
}

QString sha256Hex(const QByteArray &bytes)
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

} // namespace

QByteArray RecordSignature::message(const TableSpec &table, const QString &id, const QVariantMap &row)
{
    // Values as text: a number read back as an integer or as text hashes the same.
    QJsonObject content;
    for (const QString &field : table.fields)
        if (!isSignatureField(field)) {
            const QVariant v = row.value(field);
            content.insert(field, v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
        }
    const QJsonArray parts{QStringLiteral("mucotrack-esig-v1"), table.name, id,
                           row.value(QStringLiteral("signature_meaning")).toString(),
                           row.value(QStringLiteral("signed_by")).toString(),
                           row.value(QStringLiteral("signed_utc")).toString(),
                           sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact))};
    return QJsonDocument(parts).toJson(QJsonDocument::Compact);
}

QString RecordSignature::sign(Session &session, const TableSpec &table, const QString &id, const QVariantMap &row)
{
    return QString::fromLatin1(session.signingKey().sign(message(table, id, row)).toHex());
}

Result<SignatureCheck> RecordSignature::check(Session &session, const QMap<QString, QList<QByteArray>> &publicKeys,
                                              const QString &signingSinceUtc)
{
    initSodium();
    SignatureCheck out;
    for (const TableSpec *t : RecordStore::syncedTables()) {
        if (!t->fields.contains(kSignature))
            continue;
        MUCO_READ(signedRows, RecordStore::rows(session, *t, QStringLiteral("signed_by IS NOT NULL"), {}, QStringLiteral("id")));
        for (const QVariantMap &row : signedRows) {
            const QString id = row.value(QStringLiteral("id")).toString();
            const QString who = row.value(QStringLiteral("signed_by")).toString();
            const QList<QByteArray> keys = publicKeys.value(who);
            if (keys.isEmpty()) {
                ++out.notCheckedHere;
                continue;
            }
            const QString hex = row.value(kSignature).toString();
            if (hex.isEmpty() && !signingSinceUtc.isEmpty() && row.value(QStringLiteral("signed_utc")).toString() < signingSinceUtc) {
                ++out.olderThanKeys;
                continue;
            }
            const QByteArray signature = QByteArray::fromHex(hex.toLatin1());
            const QByteArray text = message(*t, id, row);
            const bool holds = std::any_of(keys.cbegin(), keys.cend(),
                                           [&](const QByteArray &k) { return SigningKey::verify(k, text, signature); });
            if (!holds) {
                out.problem = Tr::tr("the signature of %1 on %2 record %3 does not match what was signed")
                                  .arg(who, t->name, id);
                return out;
            }
            ++out.verified;
        }
    }
    return out;
}

} // namespace muco
