#include "records/Queries.h"
#include "common/QueryState.h"
#include "records/Minimisation.h"
#include "records/Patients.h"
#include "records/QueryTargets.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QHash>
#include <tuple>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Queries)
};

const QString kRaise = QStringLiteral("raise");
const QString kAnswer = QStringLiteral("answer");
const QString kClose = QStringLiteral("close");
const QString kReopen = QStringLiteral("reopen");

QString text(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }

QDateTime utc(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

// One step of the thread, written through the write path (row, change log, audit) in the
// caller's transaction; the password was checked before. Signed as it is made, by its author's
// own key (RecordStore::create), so that neither its text nor its author can be changed unseen.
Result<QString> addMessage(Session &s, const QString &queryId, const QString &patientId, int step, const QString &kind,
                           const QString &body, const std::optional<QString> &corrected)
{
    const QString now = isoUtc(s.now());
    const QVariantMap fields{{QStringLiteral("query_id"), queryId},
                             {QStringLiteral("patient_id"), patientId},
                             {QStringLiteral("step"), step},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("text"), body.trimmed()},
                             {QStringLiteral("corrected_value"), corrected ? QVariant(*corrected) : QVariant()},
                             {QStringLiteral("author"), s.user().username},
                             {QStringLiteral("author_role"), roleId(s.user().role)},
                             {QStringLiteral("at_utc"), now},
                             {QStringLiteral("signature_meaning"), Queries::signatureMeaning(kind)},
                             {QStringLiteral("signed_by"), s.user().username},
                             {QStringLiteral("signed_utc"), now}};
    MUCO_READ(out, RecordStore::create(s, {&Queries::messageTable(), {}, fields, {}}));
    return out.id;
}

Result<QList<QueryMessage>> threadOf(Session &s, const QString &queryId)
{
    MUCO_READ(rows, RecordStore::rows(s, Queries::messageTable(), QStringLiteral("query_id = ?"), {queryId}, QStringLiteral("step, at_utc, id")));
    QList<QueryMessage> out;
    for (const QVariantMap &m : rows) {
        QueryMessage q;
        q.id = text(m.value(QStringLiteral("id")));
        q.step = m.value(QStringLiteral("step")).toInt();
        q.kind = text(m.value(QStringLiteral("kind")));
        q.text = text(m.value(QStringLiteral("text")));
        q.author = text(m.value(QStringLiteral("author")));
        q.authorRole = text(m.value(QStringLiteral("author_role")));
        q.atUtc = utc(m.value(QStringLiteral("at_utc")));
        if (!m.value(QStringLiteral("corrected_value")).isNull())
            q.correctedValue = text(m.value(QStringLiteral("corrected_value")));
        out.append(q);
    }
    return out;
}

Result<Query> fromRow(Session &s, const QVariantMap &m)
{
    Query q;
    q.id = text(m.value(QStringLiteral("id")));
    q.patientId = text(m.value(QStringLiteral("patient_id")));
    std::tie(q.subjectId, q.site) = Patients::subjectAndSite(s, q.patientId);
    if (q.site.isEmpty())
        q.site = s.site();
    q.table = text(m.value(QStringLiteral("target_table")));
    q.recordId = text(m.value(QStringLiteral("target_id")));
    q.field = text(m.value(QStringLiteral("field")));
    // Stored with the year since 4aa66ae; one stored before with the full date reads as it is
    // stored now (a monitor's list showed it).
    q.valueAtRaise = Minimisation::withoutIdentity(q.table, q.field, text(m.value(QStringLiteral("value_at_raise"))));
    q.raisedBy = text(m.value(QStringLiteral("raised_by")));
    q.raisedUtc = utc(m.value(QStringLiteral("raised_utc")));
    MUCO_READ(thread, threadOf(s, q.id));
    q.thread = thread;
    for (QueryMessage &message : q.thread)
        if (message.correctedValue)
            message.correctedValue = Minimisation::withoutIdentity(q.table, q.field, *message.correctedValue);
    q.state = Queries::stateOf(q.thread);
    // The value as it is now: a correction made here or pulled from elsewhere shows at once.
    // The names were checked when the query was raised, and again here: the row may have
    // come from the network.
    auto target = QueryTargets::load(s, q.table, q.recordId);
    if (target.ok() && QueryTargets::checkField(*target->table, q.field).ok()) {
        q.currentValue = target->values.value(q.field);
        if (!s.seesIdentities() && !q.currentValue.isNull())   // a birth date's year, as the patient list shows it
            q.currentValue = Minimisation::withoutIdentity(q.table, q.field, q.currentValue.toString());
    }
    return q;
}

// After every step this device has seen: the causal order of common/QueryState.h.
int nextStep(const Query &q)
{
    int last = 0;
    for (const QueryMessage &m : q.thread)
        last = std::max(last, m.step);
    return last + 1;
}

// The query as it stands, for a step that needs it in a given state.
Result<Query> loadFor(Session &s, const QString &queryId, const QStringList &allowedStates, const QString &step)
{
    auto q = Queries::get(s, queryId);
    if (!q.ok())
        return q.error();
    if (!allowedStates.contains(q->state))
        return Error::invalid(QStringLiteral("query"), Tr::tr("query %1 is %2; it cannot be %3").arg(queryId, Queries::stateLabel(q->state), step));
    return q;
}

} // namespace

const TableSpec &Queries::table()
{
    static const TableSpec spec{QStringLiteral("queries"),
                                {QStringLiteral("patient_id"), QStringLiteral("target_table"), QStringLiteral("target_id"),
                                 QStringLiteral("field"), QStringLiteral("value_at_raise"), QStringLiteral("raised_by"),
                                 QStringLiteral("raised_utc")}};
    return spec;
}

const TableSpec &Queries::messageTable()
{
    static const TableSpec spec{QStringLiteral("query_messages"),
                                {QStringLiteral("query_id"), QStringLiteral("patient_id"), QStringLiteral("step"), QStringLiteral("kind"),
                                 QStringLiteral("text"), QStringLiteral("corrected_value"), QStringLiteral("author"),
                                 QStringLiteral("author_role"), QStringLiteral("at_utc"), QStringLiteral("signature_meaning"),
                                 QStringLiteral("signed_by"), QStringLiteral("signed_utc"), QStringLiteral("signature")}};
    return spec;
}

QString Queries::signatureMeaning(const QString &kind)
{
    if (kind == kRaise)
        return Tr::tr("I raise this query on the value recorded.");
    if (kind == kAnswer)
        return Tr::tr("I answer this query; any correction given is true to the source.");
    if (kind == kClose)
        return Tr::tr("I close this query: the answer resolves it.");
    return Tr::tr("I re-open this query: the answer does not resolve it.");
}

QString Queries::stateLabel(const QString &state)
{
    if (state == QLatin1String("open"))
        return Tr::tr("open");
    if (state == QLatin1String("answered"))
        return Tr::tr("answered");
    if (state == QLatin1String("closed"))
        return Tr::tr("closed");
    return state;
}

QString Queries::stateOf(const QList<QueryMessage> &thread)
{
    QList<QueryStep> steps;
    for (const QueryMessage &m : thread)
        steps.append({m.step, m.atUtc, m.id, m.kind});
    return queryStateOf(steps);
}

Result<Query> Queries::raise(Session &s, const QString &patientId, const QString &tableName, const QString &recordId,
                             const QString &field, const QString &body, const Secret &password)
{
    MUCO_TRY(s.require(Permission::RaiseQuery));
    MUCO_READ(target, QueryTargets::load(s, tableName, recordId));
    MUCO_TRY(QueryTargets::checkField(*target.table, field));
    if (target.patientId != patientId)
        return Error::invalid(QStringLiteral("subject-id"), Tr::tr("record %1/%2 belongs to another patient").arg(tableName, recordId));
    if (body.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("text"), Tr::tr("say what the query asks"));
    MUCO_TRY(s.confirmPassword(password));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    const QVariant value = target.values.value(field);
    MUCO_READ(created, RecordStore::create(s, {&table(), {},
                                               {{QStringLiteral("patient_id"), patientId},
                                                {QStringLiteral("target_table"), target.table->name},
                                                {QStringLiteral("target_id"), recordId},
                                                {QStringLiteral("field"), field},
                                                // A copy that syncs: kept as the central site may hold it (a
                                                // birth date's year), as a monitor saw it.
                                                {QStringLiteral("value_at_raise"),
                                                 value.isNull() ? QVariant()
                                                                : QVariant(Minimisation::withoutIdentity(target.table->name, field, value.toString()))},
                                                {QStringLiteral("raised_by"), s.user().username},
                                                {QStringLiteral("raised_utc"), isoUtc(s.now())}},
                                               {}}));
    MUCO_TRY(addMessage(s, created.id, patientId, 1, kRaise, body, std::nullopt));
    MUCO_TRY(tx.commit());
    return get(s, created.id);
}

Result<Query> Queries::answer(Session &s, const QString &queryId, const QString &body, const Secret &password,
                              const std::optional<QueryCorrection> &correction)
{
    MUCO_TRY(s.require(Permission::AnswerQuery));
    MUCO_READ(q, loadFor(s, queryId, {QStringLiteral("open"), QStringLiteral("answered")}, Tr::tr("answered")));
    if (body.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("text"), Tr::tr("write the answer"));
    MUCO_READ(target, QueryTargets::load(s, q.table, q.recordId));
    MUCO_TRY(QueryTargets::checkField(*target.table, q.field));
    std::optional<QVariant> newValue;
    if (correction) {
        MUCO_READ(permission, QueryTargets::permissionToCorrect(*target.table));
        MUCO_TRY(s.require(permission));
        MUCO_READ(value, QueryTargets::correctedValue(target, q.field, correction->value));
        if (correction->reason.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("reason"), Tr::tr("a correction needs a reason"));
        newValue = value;
    }
    MUCO_TRY(s.confirmPassword(password));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    std::optional<QString> logged;
    if (newValue) {
        // The one write path, as the record's own form would: row, change log, audit with the reason.
        MUCO_TRY(RecordStore::update(s, {target.table, target.id, {{q.field, *newValue}}, correction->reason.trimmed()}));
        // The thread's copy syncs: a corrected birth date is kept as its year there.
        logged = newValue->isNull() ? QString() : Minimisation::withoutIdentity(target.table->name, q.field, newValue->toString());
    }
    MUCO_TRY(addMessage(s, q.id, q.patientId, nextStep(q), kAnswer, body, logged));
    MUCO_TRY(tx.commit());
    return get(s, q.id);
}

Result<Query> Queries::close(Session &s, const QString &queryId, const QString &body, const Secret &password)
{
    MUCO_TRY(s.require(Permission::RaiseQuery));
    MUCO_READ(q, loadFor(s, queryId, {QStringLiteral("open"), QStringLiteral("answered")}, Tr::tr("closed")));
    MUCO_TRY(s.confirmPassword(password));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(addMessage(s, q.id, q.patientId, nextStep(q), kClose, body, std::nullopt));
    MUCO_TRY(tx.commit());
    return get(s, q.id);
}

Result<Query> Queries::reopen(Session &s, const QString &queryId, const QString &body, const Secret &password)
{
    MUCO_TRY(s.require(Permission::RaiseQuery));
    MUCO_READ(q, loadFor(s, queryId, {QStringLiteral("answered"), QStringLiteral("closed")}, Tr::tr("re-opened")));
    if (body.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("text"), Tr::tr("say why the query is re-opened"));
    MUCO_TRY(s.confirmPassword(password));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(addMessage(s, q.id, q.patientId, nextStep(q), kReopen, body, std::nullopt));
    MUCO_TRY(tx.commit());
    return get(s, q.id);
}

Result<Query> Queries::get(Session &s, const QString &queryId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    MUCO_READ(rows, RecordStore::rows(s, table(), QStringLiteral("id = ?"), {queryId}, {}));
    if (rows.isEmpty())
        return Error::invalid(QStringLiteral("query"), Tr::tr("there is no query %1 at this site").arg(queryId));
    const QVariantMap &m = rows.first();
    return fromRow(s, m);
}

Result<QList<Query>> Queries::list(Session &s, bool openOnly, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    MUCO_READ(rows, patientId.isEmpty()
                        ? RecordStore::rows(s, table(), {}, {}, QStringLiteral("raised_utc, id"))
                        : RecordStore::rows(s, table(), QStringLiteral("patient_id = ?"), {patientId}, QStringLiteral("raised_utc, id")));
    QList<Query> out;
    for (const QVariantMap &m : rows) {
        MUCO_READ(q, fromRow(s, m));
        if (!openOnly || q.isOpen())
            out.append(q);
    }
    return out;
}

Result<QHash<QString, int>> Queries::openCountByPatient(Session &s)
{
    MUCO_READ(all, list(s, true));
    QHash<QString, int> out;
    for (const Query &q : all)
        ++out[q.patientId];
    return out;
}

} // namespace muco
