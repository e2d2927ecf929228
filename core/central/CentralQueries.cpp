#include "central/CentralQueries.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/QueryState.h"
#include <algorithm>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace muco {

namespace {

// A stored value is the canonical JSON text of one value (CentralStore): [value].
QString valueText(const QVariant &stored)
{
    const QJsonValue v = fromCanonicalJson(stored.toString());
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

// Every record of one table as field -> value, with its site, keyed by record id.
Result<QHash<QString, QVariantMap>> recordsOf(CentralBackend &b, const QString &table)
{
    auto rows = b.query(QStringLiteral("SELECT r.record_id, r.field, r.value, s.site FROM records r"
                                       " JOIN record_sites s ON s.table_name = r.table_name AND s.record_id = r.record_id"
                                       " WHERE r.table_name = ?"),
                        {table});
    if (!rows.ok())
        return rows.error();
    QHash<QString, QVariantMap> out;
    for (const QVariantList &r : rows.value()) {
        QVariantMap &m = out[r.at(0).toString()];
        m.insert(r.at(1).toString(), valueText(r.at(2)));
        m.insert(QStringLiteral("@site"), r.at(3).toString());
    }
    return out;
}

QDateTime utc(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

} // namespace

QJsonObject CentralQuery::toJson(const QDateTime &now) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("site"), site},
            {QStringLiteral("subject_id"), subjectId},
            {QStringLiteral("record"), QString(table + QLatin1Char('/') + recordId)},
            {QStringLiteral("field"), field},
            {QStringLiteral("state"), state},
            {QStringLiteral("text"), text},
            {QStringLiteral("raised_by"), raisedBy},
            {QStringLiteral("raised_utc"), isoUtc(raisedUtc)},
            {QStringLiteral("age_days"), ageDays(now)},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("last_step_by"), lastStepBy},
            {QStringLiteral("last_step_utc"), lastStepUtc.isValid() ? QJsonValue(isoUtc(lastStepUtc)) : QJsonValue()}};
}

Result<QList<CentralQuery>> CentralQueries::list(CentralBackend &b, bool openOnly)
{
    MUCO_READ(queries, recordsOf(b, QStringLiteral("queries")));
    MUCO_READ(messages, recordsOf(b, QStringLiteral("query_messages")));
    MUCO_READ(patients, recordsOf(b, QStringLiteral("patients")));
    QHash<QString, QList<QueryStep>> steps;
    QHash<QString, QVariantMap> byStep;
    QHash<QString, QString> firstText;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        const QVariantMap &m = it.value();
        const QString query = m.value(QStringLiteral("query_id")).toString();
        // A step counts for its own site's query only (CentralStore keeps references within a site).
        if (queries.value(query).value(QStringLiteral("@site")) != m.value(QStringLiteral("@site")))
            continue;
        steps[query].append({m.value(QStringLiteral("step")).toInt(), utc(m.value(QStringLiteral("at_utc"))), it.key(),
                             m.value(QStringLiteral("kind")).toString()});
        byStep.insert(it.key(), m);
        if (m.value(QStringLiteral("kind")).toString() == QLatin1String("raise"))
            firstText.insert(query, m.value(QStringLiteral("text")).toString());
    }
    QList<CentralQuery> out;
    for (auto it = queries.cbegin(); it != queries.cend(); ++it) {
        const QVariantMap &m = it.value();
        CentralQuery q;
        q.id = it.key();
        q.site = m.value(QStringLiteral("@site")).toString();
        q.subjectId = patients.value(m.value(QStringLiteral("patient_id")).toString()).value(QStringLiteral("subject_id")).toString();
        q.table = m.value(QStringLiteral("target_table")).toString();
        q.recordId = m.value(QStringLiteral("target_id")).toString();
        q.field = m.value(QStringLiteral("field")).toString();
        q.raisedBy = m.value(QStringLiteral("raised_by")).toString();
        q.raisedUtc = utc(m.value(QStringLiteral("raised_utc")));
        const QList<QueryStep> thread = steps.value(q.id);
        q.state = queryStateOf(thread);
        q.messages = int(thread.size());
        q.text = firstText.value(q.id);
        if (const QueryStep *last = latestQueryStep(thread)) {
            q.lastStepBy = byStep.value(last->id).value(QStringLiteral("author")).toString();
            q.lastStepUtc = last->atUtc;
        }
        if (!openOnly || q.state != QLatin1String("closed"))
            out.append(q);
    }
    std::sort(out.begin(), out.end(), [](const CentralQuery &x, const CentralQuery &y) {
        return x.raisedUtc != y.raisedUtc ? x.raisedUtc < y.raisedUtc : x.id < y.id;
    });
    return out;
}

} // namespace muco
