#include "records/RecordSignature.h"
#include "common/Sha256.h"
#include "records/Minimisation.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "security/SigningKey.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include <QSet>
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

// The records of `table` signed here as they were made, with the values they were made with,
// as the (verified, signed) audit trail recorded them: a record of a table without states (a
// randomization) is signed by create(), and one made before it signed them (migration 21) has
// no signature among them. Neither the record's signer nor its time decides, which the database
// key can change; and nothing honest changes such a record afterwards, nor signs it again.
struct MadeHere {
    QHash<QString, QHash<QString, QString>> values;   // record id -> field -> value as made ("" for none)
    QSet<QString> deleted;                            // deleted through the write path
    bool signedAsMade(const QString &id) const { return values.value(id).contains(QStringLiteral("signature")); }
};

Result<MadeHere> madeHere(Database &db, const TableSpec &table)
{
    MadeHere out;
    if (!RecordSignature::signedAsMade(table))
        return out;
    MUCO_READ(st, db.cached(QStringLiteral("SELECT record_id, field, new_value, action FROM audit WHERE table_name = ?"
                                           " AND action IN ('create', 'delete')")));
    st->bind(1, table.name);
    const Status read = st->forEachRow([&](const Statement &row) {
        if (row.text(3) == QLatin1String("delete"))
            out.deleted.insert(row.text(0));
        else
            out.values[row.text(0)].insert(row.text(1), row.text(2));
    });
    st->reset();
    MUCO_TRY(read);
    // Only the records signed as made are held to their values.
    for (auto it = out.values.begin(); it != out.values.end();)
        it = it.value().contains(QStringLiteral("signature")) ? std::next(it) : out.values.erase(it);
    return out;
}

// What the central part signs of `row`: its declared fields, with a query answer's correction as
// the central site keeps it (central/QueryCopies): reduced as its query's target field is (a
// birth date to its year), which the message alone does not name. The signing device and `audit
// verify` both sign and check over this; unreduced, a corrected birth date would not hold there.
QVariantMap centralFields(Database &db, const TableSpec &table, const QVariantMap &row)
{
    QVariantMap fields = RecordSignature::declared(table, row);
    const QString corrected = fields.value(QStringLiteral("corrected_value")).toString();
    if (table.name != QLatin1String("query_messages") || corrected.isEmpty())
        return fields;
    auto st = db.cached(QStringLiteral("SELECT target_table, field FROM queries WHERE id = ?"));
    if (!st.ok())
        return fields;   // then the central part holds for nothing reduced, and the central site says so
    (*st)->bind(1, fields.value(QStringLiteral("query_id")).toString());
    const auto found = (*st)->next();
    if (found.ok() && found.value()) {
        const QString reduced = Minimisation::withoutIdentity((*st)->text(0), (*st)->text(1), corrected);
        fields.insert(QStringLiteral("corrected_value"), reduced.isEmpty() ? QVariant() : QVariant(reduced));
    }
    (*st)->reset();
    return fields;
}

} // namespace

bool RecordSignature::isSignatureField(const QString &field)
{
    static const QStringList fields{QStringLiteral("state"), QStringLiteral("signed_by"), QStringLiteral("signed_utc"),
                                    QStringLiteral("signature_meaning"), kSignature};
    return fields.contains(field);
}

bool RecordSignature::signedAsMade(const TableSpec &table)
{
    return table.fields.contains(kSignature) && !table.fields.contains(QStringLiteral("state"));
}

bool RecordSignature::isSigned(const TableSpec &table, const QString &state, const QString &signedBy)
{
    return signedAsMade(table) ? !signedBy.isEmpty() : state == QLatin1String("signed") || state == QLatin1String("superseded");
}

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

QByteArray RecordSignature::centralMessage(const QString &table, const QString &id, const QVariantMap &fields)
{
    // Every field that has a value, whatever the table declares: a field one version adds is
    // absent or null on the other until it holds something, and a field added to a signed
    // record afterwards (a tombstone, a field of an insider's making) no longer matches. Not
    // `site`, which the central site sets from the device's token. Reduced as the central site
    // reduces what it receives (the reduction keeps a reduced value as it is), so both ends hash
    // the same text.
    QJsonObject content;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!isSignatureField(it.key()) && it.key() != QLatin1String("site") && !it.value().isNull())
            content.insert(it.key(), it.value().toString());
    const QJsonArray parts{QStringLiteral("mucotrack-esig-central-v1"), table, id,
                           fields.value(QStringLiteral("signature_meaning")).toString(),
                           Minimisation::opaqueAccountId(fields.value(QStringLiteral("signed_by")).toString()),
                           fields.value(QStringLiteral("signed_utc")).toString(),
                           sha256Hex(QJsonDocument(Minimisation::reduceFields(table, content)).toJson(QJsonDocument::Compact))};
    return QJsonDocument(parts).toJson(QJsonDocument::Compact);
}

QVariantMap RecordSignature::declared(const TableSpec &table, const QVariantMap &row)
{
    QVariantMap out;
    for (const QString &field : table.fields)
        out.insert(field, row.value(field));
    return out;
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
           + QString::fromLatin1(key.sign(centralMessage(table.name, id, centralFields(session.db(), table, row))).toHex());
}

Result<SignatureCheck> RecordSignature::check(Session &session, const QMap<QString, QList<QByteArray>> &publicKeys,
                                              const QString &signingSinceUtc)
{
    initSodium();
    SignatureCheck out;
    for (const TableSpec *t : RecordStore::syncedTables()) {
        if (!t->fields.contains(kSignature))
            continue;
        MUCO_READ(made, madeHere(session.db(), *t));
        const bool states = !signedAsMade(*t);
        MUCO_READ(signedRows, RecordStore::rows(session, *t, states ? QStringLiteral("signed_by IS NOT NULL") : QStringLiteral("1 = 1"), {},
                                                QStringLiteral("id")));
        QSet<QString> present;
        for (const QVariantMap &row : signedRows) {
            const QString id = row.value(QStringLiteral("id")).toString();
            present.insert(id);
            const QString who = row.value(QStringLiteral("signed_by")).toString();
            const QString stored = row.value(kSignature).toString();
            const bool asMade = made.signedAsMade(id);
            if (asMade) {
                // Each field as the trail recorded it when the record was made, the signature
                // and signer too: a changed arm signed again by someone else differs as well.
                const QHash<QString, QString> recorded = made.values.value(id);
                for (const QString &field : t->fields) {
                    const QVariant now = row.value(field);
                    if ((now.isNull() ? QString() : now.toString()) != recorded.value(field)) {
                        out.problem = Tr::tr("%1 record %2 was signed as it was made, and its %3 is no longer what the audit trail "
                                             "recorded then")
                                          .arg(t->name, id, field);
                        return out;
                    }
                }
            }
            if (who.isEmpty())
                continue;   // never signed (a randomization from before, pulled without a signer)
            const QList<QByteArray> keys = publicKeys.value(who);
            if (keys.isEmpty() && asMade) {   // signed here: by an account of this site
                out.problem = Tr::tr("%1 record %2 was signed here as it was made, and now names %3, who holds no key here")
                                  .arg(t->name, id, who);
                return out;
            }
            if (keys.isEmpty()) {
                ++out.notCheckedHere;
                continue;
            }
            const QString hex = sitePart(stored);
            const bool before = states ? !signingSinceUtc.isEmpty() && row.value(QStringLiteral("signed_utc")).toString() < signingSinceUtc
                                       : !asMade;
            if (hex.isEmpty() && before) {
                ++out.olderThanKeys;
                continue;
            }
            const QByteArray signature = QByteArray::fromHex(hex.toLatin1());
            const QByteArray text = message(*t, id, row);
            const bool holds = std::any_of(keys.cbegin(), keys.cend(),
                                           [&](const QByteArray &k) { return SigningKey::verify(k, text, signature); });
            // The part for the central site, where there is one (signed since it was added),
            // must hold too: it is what the central site checks.
            const bool centralFails = !centralPart(stored).isEmpty() && !centralHolds(stored, centralMessage(t->name, id, centralFields(session.db(), *t, row)), keys);
            if (!holds || centralFails) {
                out.problem = Tr::tr("the signature of %1 on %2 record %3 does not match what was signed")
                                  .arg(who, t->name, id);
                return out;
            }
            ++out.verified;
        }
        // Gone or marked deleted outside the write path (a patient randomized twice, the first
        // allocation hidden): the trail records every deletion made through it.
        for (auto it = made.values.cbegin(); it != made.values.cend(); ++it)
            if (!present.contains(it.key()) && !made.deleted.contains(it.key())) {
                out.problem = Tr::tr("%1 record %2 was signed as it was made and is gone, with no deletion in the audit trail")
                                  .arg(t->name, it.key());
                return out;
            }
    }
    return out;
}

} // namespace muco
