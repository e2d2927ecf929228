#include "central/QueryCopies.h"
#include "central/CentralUpgrades.h"
#include "central/PushBatch.h"
#include "common/CanonicalJson.h"
#include "records/Minimisation.h"
#include <QDate>
#include <QHash>
#include <QJsonDocument>

namespace muco::QueryCopies {

namespace {

const QString kQueries = QStringLiteral("queries");
const QString kMessages = QStringLiteral("query_messages");
const QString kValueAtRaise = QStringLiteral("value_at_raise");
const QString kCorrected = QStringLiteral("corrected_value");
const QString kQueryId = QStringLiteral("query_id");

struct Target {
    QString table, field;
    QString reduced(const QString &value) const
    {
        if (!table.isEmpty())
            return Minimisation::withoutIdentity(table, field, value);
        // A query the central site does not hold (its own change refused, or not yet received):
        // whatever it asked about, a date keeps its year only, since it might be a birth date
        // (review: such an answer's correction was kept whole, and the scrub runs once).
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        return date.isValid() ? QString::number(date.year()) : value;
    }
};

// `fields` with `key` reduced for `target`, or nothing when that changes nothing.
std::optional<QJsonObject> reducedIn(const QJsonObject &fields, const QString &key, const Target &target)
{
    const QJsonValue value = fields.value(key);
    if (!value.isString())
        return std::nullopt;
    const QString after = target.reduced(value.toString());
    if (after == value.toString())
        return std::nullopt;
    QJsonObject out = fields;
    out.insert(key, after.isEmpty() ? QJsonValue() : QJsonValue(after));
    return out;
}

QString text(const std::optional<QString> &canonical) { return canonical ? fromCanonicalJson(*canonical).toString() : QString(); }

} // namespace

Result<QJsonObject> reduceAnswer(const QJsonObject &change, PushBatch &batch)
{
    if (change.value(QStringLiteral("table")).toString() != kMessages)
        return change;
    const QJsonObject fields = change.value(QStringLiteral("fields")).toObject();
    const QJsonObject old = change.value(QStringLiteral("old")).toObject();
    if (!fields.value(kCorrected).isString() && !old.value(kCorrected).isString())
        return change;
    // The query answered: named by the change, or by the message as the central site holds it.
    QString queryId = fields.value(kQueryId).toString();
    if (queryId.isEmpty()) {
        MUCO_READ(held, batch.value(kMessages, change.value(QStringLiteral("record_id")).toString(), kQueryId));
        queryId = text(held);
    }
    MUCO_READ(table, batch.value(kQueries, queryId, QStringLiteral("target_table")));
    MUCO_READ(field, batch.value(kQueries, queryId, QStringLiteral("field")));
    const Target target{text(table), text(field)};
    QJsonObject out = change;
    if (const auto reduced = reducedIn(fields, kCorrected, target))
        out.insert(QStringLiteral("fields"), *reduced);
    if (const auto reduced = reducedIn(old, kCorrected, target))
        out.insert(QStringLiteral("old"), *reduced);
    return out;
}

Status scrubStored(CentralBackend &backend)
{
    return CentralUpgrades::runOnce(backend, QStringLiteral("query_birth_dates"), [&]() -> Status {
        // Every query's target and copy, and every answer's query and correction, read once.
        QHash<QString, Target> targets;
        QHash<QString, QString> raised;   // query id -> value_at_raise (canonical)
        MUCO_READ(queries, backend.query(QStringLiteral("SELECT record_id, field, value FROM records WHERE table_name = 'queries'"
                                                        " AND field IN ('target_table', 'field', 'value_at_raise')")));
        for (const QVariantList &r : queries) {
            const QString id = r.at(0).toString(), field = r.at(1).toString(), value = r.at(2).toString();
            if (field == QLatin1String("target_table"))
                targets[id].table = fromCanonicalJson(value).toString();
            else if (field == QLatin1String("field"))
                targets[id].field = fromCanonicalJson(value).toString();
            else
                raised.insert(id, value);
        }
        QHash<QString, QString> queryOf, corrected;   // message id -> query id, corrected_value (canonical)
        MUCO_READ(messages, backend.query(QStringLiteral("SELECT record_id, field, value FROM records WHERE table_name = 'query_messages'"
                                                         " AND field IN ('query_id', 'corrected_value')")));
        for (const QVariantList &r : messages)
            (r.at(1).toString() == kQueryId ? queryOf : corrected).insert(r.at(0).toString(), r.at(2).toString());
        const auto queryOfMessage = [&](const QString &messageId) {
            const auto it = queryOf.constFind(messageId);
            return it == queryOf.cend() ? QString() : fromCanonicalJson(*it).toString();
        };

        const auto reducedValue = [&](const QString &queryId, const QString &canonical) {
            const QJsonValue value = fromCanonicalJson(canonical);
            if (!value.isString())
                return canonical;
            const QString after = targets.value(queryId).reduced(value.toString());
            if (after == value.toString())
                return canonical;   // as stored, byte for byte (review: "" had become null)
            return canonicalJson(after.isEmpty() ? QJsonValue() : QJsonValue(after));
        };
        const QString updateRecord = QStringLiteral("UPDATE records SET value = ? WHERE table_name = ? AND record_id = ? AND field = ?");
        for (auto it = raised.cbegin(); it != raised.cend(); ++it)
            if (const QString after = reducedValue(it.key(), it.value()); after != it.value())
                MUCO_TRY(backend.exec(updateRecord, {after, kQueries, it.key(), kValueAtRaise}));
        for (auto it = corrected.cbegin(); it != corrected.cend(); ++it)
            if (const QString after = reducedValue(queryOfMessage(it.key()), it.value()); after != it.value())
                MUCO_TRY(backend.exec(updateRecord, {after, kMessages, it.key(), kCorrected}));

        // The feed: each change as it was received.
        MUCO_READ(changes, backend.query(QStringLiteral("SELECT id, table_name, record_id, fields FROM changes WHERE"
                                                        " (table_name = 'queries' AND fields LIKE '%\"value_at_raise\"%')"
                                                        " OR (table_name = 'query_messages' AND fields LIKE '%\"corrected_value\"%')")));
        for (const QVariantList &r : changes) {
            const bool query = r.at(1).toString() == kQueries;
            const QJsonObject fields = QJsonDocument::fromJson(r.at(3).toString().toUtf8()).object();
            const QString queryId = query ? r.at(2).toString() : fields.value(kQueryId).toString(queryOfMessage(r.at(2).toString()));
            if (const auto after = reducedIn(fields, query ? kValueAtRaise : kCorrected, targets.value(queryId)))
                MUCO_TRY(backend.exec(QStringLiteral("UPDATE changes SET fields = ? WHERE id = ?"),
                                      {QString::fromUtf8(QJsonDocument(*after).toJson(QJsonDocument::Compact)), r.at(0)}));
        }

        // Conflicts on either copy, both sides.
        MUCO_READ(conflicts, backend.query(QStringLiteral("SELECT id, table_name, record_id, central_value, device_value FROM conflicts WHERE"
                                                          " (table_name = 'queries' AND field = 'value_at_raise')"
                                                          " OR (table_name = 'query_messages' AND field = 'corrected_value')")));
        for (const QVariantList &r : conflicts) {
            const QString queryId = r.at(1).toString() == kQueries ? r.at(2).toString() : queryOfMessage(r.at(2).toString());
            const QString central = r.at(3).isNull() ? QString() : reducedValue(queryId, r.at(3).toString());
            const QString device = r.at(4).isNull() ? QString() : reducedValue(queryId, r.at(4).toString());
            if (central != r.at(3).toString() || device != r.at(4).toString())
                MUCO_TRY(backend.exec(QStringLiteral("UPDATE conflicts SET central_value = ?, device_value = ? WHERE id = ?"),
                                      {r.at(3).isNull() ? QVariant() : QVariant(central), r.at(4).isNull() ? QVariant() : QVariant(device), r.at(0)}));
        }
        return {};
    });
}

} // namespace muco::QueryCopies
