#include "records/RecordSignature.h"
#include "records/Minimisation.h"
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
const QLatin1String kCentralPrefix("central:");

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

namespace {

// The record's fields other than its state and signature fields, each as text (a number read
// back as an integer or as text hashes the same).
QJsonObject contentOf(const TableSpec &table, const QVariantMap &row)
{
    QJsonObject content;
    for (const QString &field : table.fields)
        if (!isSignatureField(field)) {
            const QVariant v = row.value(field);
            content.insert(field, v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
        }
    return content;
}

QByteArray messageOf(const QString &version, const TableSpec &table, const QString &id, const QVariantMap &row,
                     const QString &signer, const QJsonObject &content)
{
    const QJsonArray parts{version, table.name, id, row.value(QStringLiteral("signature_meaning")).toString(), signer,
                           row.value(QStringLiteral("signed_utc")).toString(),
                           sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact))};
    return QJsonDocument(parts).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray RecordSignature::message(const TableSpec &table, const QString &id, const QVariantMap &row)
{
    return messageOf(QStringLiteral("mucotrack-esig-v1"), table, id, row, row.value(QStringLiteral("signed_by")).toString(),
                     contentOf(table, row));
}

QByteArray RecordSignature::centralMessage(const TableSpec &table, const QString &id, const QVariantMap &row)
{
    // Reduced as the central site reduces what it receives (the reduction keeps a reduced value
    // as it is), so both ends hash the same text.
    return messageOf(QStringLiteral("mucotrack-esig-central-v1"), table, id, row,
                     Minimisation::opaqueAccountId(row.value(QStringLiteral("signed_by")).toString()),
                     Minimisation::reduceFields(table.name, contentOf(table, row)));
}

QString RecordSignature::centralPart(const QString &signature)
{
    const qsizetype at = signature.indexOf(kCentralPrefix);
    return at < 0 ? QString() : signature.mid(at).section(QLatin1Char(' '), 0, 0);
}

QString RecordSignature::sitePart(const QString &signature)
{
    const QString first = signature.section(QLatin1Char(' '), 0, 0);
    return first.startsWith(kCentralPrefix) ? QString() : first;
}

bool RecordSignature::centralHolds(const QString &signature, const QByteArray &message, const QList<QByteArray> &keys)
{
    const QString part = centralPart(signature);
    if (part.isEmpty())
        return false;
    const QByteArray bytes = QByteArray::fromHex(part.mid(kCentralPrefix.size()).toLatin1());
    return std::any_of(keys.cbegin(), keys.cend(), [&](const QByteArray &k) { return SigningKey::verify(k, message, bytes); });
}

QString RecordSignature::sign(Session &session, const TableSpec &table, const QString &id, const QVariantMap &row)
{
    const SigningKey &key = session.signingKey();
    return QString::fromLatin1(key.sign(message(table, id, row)).toHex()) + QLatin1Char(' ') + kCentralPrefix
           + QString::fromLatin1(key.sign(centralMessage(table, id, row)).toHex());
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
            const QString stored = row.value(kSignature).toString();
            const QString hex = sitePart(stored);
            if (hex.isEmpty() && !signingSinceUtc.isEmpty() && row.value(QStringLiteral("signed_utc")).toString() < signingSinceUtc) {
                ++out.olderThanKeys;
                continue;
            }
            const QByteArray signature = QByteArray::fromHex(hex.toLatin1());
            const QByteArray text = message(*t, id, row);
            const bool holds = std::any_of(keys.cbegin(), keys.cend(),
                                           [&](const QByteArray &k) { return SigningKey::verify(k, text, signature); });
            // The part for the central site, where there is one (signed since it was added),
            // must hold too: it is what the central site checks.
            const bool centralFails = !centralPart(stored).isEmpty() && !centralHolds(stored, centralMessage(*t, id, row), keys);
            if (!holds || centralFails) {
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
