#include "QueryCommands.h"
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/SourceVerification.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


// A signing command: the password that signs in is kept (in this scope only) and checked
// again by core as the signature's second component (cli-trial.md).
struct Signed {
    std::unique_ptr<Session> session;
    Secret password;   // guarded memory, zeroed when freed
};

Result<Signed> signInToSign(CliContext &ctx)
{
    Signed out;
    MUCO_READ(session, ctx.signIn(&out.password));
    out.session = std::move(session);
    return out;
}

QJsonObject queryJson(const Query &q, const QDateTime &now)
{
    QJsonArray thread;
    for (const QueryMessage &m : q.thread) {
        QJsonObject o{{QStringLiteral("id"), m.id},
                      {QStringLiteral("kind"), m.kind},
                      {QStringLiteral("text"), m.text},
                      {QStringLiteral("author"), m.author},
                      {QStringLiteral("role"), m.authorRole},
                      {QStringLiteral("at_utc"), isoUtc(m.atUtc)}};
        if (m.correctedValue)
            o.insert(QStringLiteral("corrected_value"), *m.correctedValue);
        thread.append(o);
    }
    return {{QStringLiteral("id"), q.id},
            {QStringLiteral("site"), q.site},
            {QStringLiteral("subject_id"), q.subjectId},
            {QStringLiteral("record"), QString(q.table + QLatin1Char('/') + q.recordId)},
            {QStringLiteral("field"), q.field},
            {QStringLiteral("state"), q.state},
            {QStringLiteral("value"), q.currentValue.isNull() ? QJsonValue() : QJsonValue(q.currentValue.toString())},
            {QStringLiteral("value_at_raise"), q.valueAtRaise.isNull() ? QJsonValue() : QJsonValue(q.valueAtRaise)},
            {QStringLiteral("raised_by"), q.raisedBy},
            {QStringLiteral("raised_utc"), isoUtc(q.raisedUtc)},
            {QStringLiteral("age_days"), q.ageDays(QDateTime(now))},
            {QStringLiteral("messages"), thread}};
}

QString queryLine(const Query &q, const QDateTime &now)
{
    const QString question = q.thread.isEmpty() ? QString() : q.thread.first().text;
    return Tr::tr("%1  %2  %3/%4 %5  %6  %n day(s)  \"%7\"", nullptr, q.ageDays(now))
        .arg(q.id, q.subjectId, q.table, q.recordId, q.field, Queries::stateLabel(q.state), question);
}

int printQuery(CliContext &ctx, const Query &q, const QDateTime &now)
{
    if (ctx.flag(kJson))
        return ctx.printJson(queryJson(q, now));
    ctx.print(queryLine(q, now));
    return Ok;
}

int cmdRaise(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject, QStringLiteral("record"), QStringLiteral("field"), kText})); !p.ok())
        return ctx.fail(p.error());
    for (const QString &o : {kSubject, QStringLiteral("record"), QStringLiteral("field"), kText})
        if (auto r = ctx.required(o); !r.ok())
            return ctx.fail(r.error());
    const QString record = ctx.option(QStringLiteral("record"));
    const qsizetype slash = record.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == record.size() - 1)
        return ctx.fail(Error::invalid(QStringLiteral("--record"), Tr::tr("name a record as TABLE/ID, not \"%1\"").arg(record)));
    auto s = signInToSign(ctx);
    if (!s.ok())
        return ctx.fail(s.error());
    auto patient = Patients::bySubjectId(*s->session, ctx.option(kSubject));
    if (!patient.ok())
        return ctx.fail(patient.error());
    auto q = Queries::raise(*s->session, patient->id, record.left(slash), record.mid(slash + 1), ctx.option(QStringLiteral("field")),
                            ctx.option(kText), s->password);
    if (!q.ok()) {
        Error e = q.error();
        if (e.field == QLatin1String("record") || e.field == QLatin1String("field") || e.field == QLatin1String("text")
            || e.field == QLatin1String("subject-id"))
            e = Error::invalid(QStringLiteral("--") + e.field, e.why());
        return ctx.fail(e);
    }
    return printQuery(ctx, q.value(), s->session->now());
}

int cmdAnswer(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({QStringLiteral("query"), kText, QStringLiteral("correct"), QStringLiteral("reason")})); !p.ok())
        return ctx.fail(p.error());
    for (const QString &o : {QStringLiteral("query"), kText})
        if (auto r = ctx.required(o); !r.ok())
            return ctx.fail(r.error());
    std::optional<QueryCorrection> correction;
    if (ctx.has(QStringLiteral("correct"))) {
        if (auto r = ctx.required(QStringLiteral("reason")); !r.ok())
            return ctx.fail(Error::usage(Tr::tr("--correct needs --reason: a changed value always says why.")));
        correction = QueryCorrection{ctx.option(QStringLiteral("correct")), ctx.option(QStringLiteral("reason"))};
    } else if (ctx.has(QStringLiteral("reason"))) {
        return ctx.fail(Error::usage(Tr::tr("--reason goes with --correct.")));
    }
    auto s = signInToSign(ctx);
    if (!s.ok())
        return ctx.fail(s.error());
    auto q = Queries::answer(*s->session, ctx.option(QStringLiteral("query")), ctx.option(kText), s->password, correction);
    if (!q.ok()) {
        Error e = q.error();
        if (!e.field.isEmpty() && e.field != QLatin1String("password"))
            e = Error::invalid(QStringLiteral("--") + e.field, e.why());
        return ctx.fail(e);
    }
    return printQuery(ctx, q.value(), s->session->now());
}

int cmdCloseOrReopen(CliContext &ctx, bool reopen)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({QStringLiteral("query"), kText})); !p.ok())
        return ctx.fail(p.error());
    if (auto r = ctx.required(QStringLiteral("query")); !r.ok())
        return ctx.fail(r.error());
    auto s = signInToSign(ctx);
    if (!s.ok())
        return ctx.fail(s.error());
    const QString id = ctx.option(QStringLiteral("query"));
    auto q = reopen ? Queries::reopen(*s->session, id, ctx.option(kText), s->password)
                    : Queries::close(*s->session, id, ctx.option(kText), s->password);
    if (!q.ok()) {
        Error e = q.error();
        if (!e.field.isEmpty() && e.field != QLatin1String("password"))
            e = Error::invalid(QStringLiteral("--") + e.field, e.why());
        return ctx.fail(e);
    }
    return printQuery(ctx, q.value(), s->session->now());
}

int cmdList(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags({QStringLiteral("open")}), signedInValues({kSubject})); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    QString patientId;
    if (ctx.has(kSubject)) {
        auto patient = Patients::bySubjectId(**session, ctx.option(kSubject));
        if (!patient.ok())
            return ctx.fail(patient.error());
        patientId = patient->id;
    }
    auto list = Queries::list(**session, ctx.flag(QStringLiteral("open")), patientId);
    if (!list.ok())
        return ctx.fail(list.error());
    const QDateTime now = (*session)->now();
    if (ctx.flag(kJson)) {
        QJsonArray out;
        for (const Query &q : list.value())
            out.append(queryJson(q, now));
        return ctx.printJson({{QStringLiteral("queries"), out}});
    }
    if (list->isEmpty()) {
        ctx.print(Tr::tr("No queries."));
        return Ok;
    }
    for (const Query &q : list.value())
        ctx.print(queryLine(q, now));
    return Ok;
}

QJsonObject sdvJson(const SdvStatus &st)
{
    return {{QStringLiteral("record"), QString(st.table + QLatin1Char('/') + st.recordId)},
            {QStringLiteral("subject_id"), st.subjectId},
            {QStringLiteral("state"), st.state},
            {QStringLiteral("critical"), st.critical},
            {QStringLiteral("sampled"), st.sampled},
            {QStringLiteral("verified_by"), st.verifiedBy.isEmpty() ? QJsonValue() : QJsonValue(st.verifiedBy)},
            {QStringLiteral("verified_utc"), st.verifiedUtc.isValid() ? QJsonValue(isoUtc(st.verifiedUtc)) : QJsonValue()}};
}

QString sdvLine(const SdvStatus &st)
{
    if (st.state == QLatin1String("verified"))
        return Tr::tr("%1  %2/%3  verified by %4 at %5").arg(st.subjectId, st.table, st.recordId, st.verifiedBy, isoUtc(st.verifiedUtc));
    if (st.state == QLatin1String("changed"))
        return Tr::tr("%1  %2/%3  changed since %4 verified it").arg(st.subjectId, st.table, st.recordId, st.verifiedBy);
    return Tr::tr("%1  %2/%3  not verified").arg(st.subjectId, st.table, st.recordId);
}

int cmdSdvMarkOrStatus(CliContext &ctx, bool mark)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({QStringLiteral("record")})); !p.ok())
        return ctx.fail(p.error());
    auto record = ctx.required(QStringLiteral("record"));
    if (!record.ok())
        return ctx.fail(record.error());
    const qsizetype slash = record->indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == record->size() - 1)
        return ctx.fail(Error::invalid(QStringLiteral("--record"), Tr::tr("name a record as TABLE/ID, not \"%1\"").arg(record.value())));
    auto s = signInToSign(ctx);
    if (!s.ok())
        return ctx.fail(s.error());
    auto st = mark ? SourceVerification::mark(*s->session, record->left(slash), record->mid(slash + 1), s->password)
                   : SourceVerification::status(*s->session, record->left(slash), record->mid(slash + 1));
    if (!st.ok()) {
        Error e = st.error();
        if (e.field == QLatin1String("record"))
            e = Error::invalid(QStringLiteral("--record"), e.why());
        return ctx.fail(e);
    }
    if (ctx.flag(kJson))
        return ctx.printJson(sdvJson(st.value()));
    ctx.print(sdvLine(st.value()));
    return Ok;
}

int cmdSdvRemaining(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues()); !p.ok())
        return ctx.fail(p.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto list = SourceVerification::remaining(**session);
    if (!list.ok())
        return ctx.fail(list.error());
    if (ctx.flag(kJson)) {
        QJsonArray out;
        for (const SdvStatus &st : list.value())
            out.append(sdvJson(st));
        return ctx.printJson({{QStringLiteral("remaining"), out}});
    }
    if (list->isEmpty()) {
        ctx.print(Tr::tr("Every critical record, and every record of the plan's sample, is verified."));
        return Ok;
    }
    for (const SdvStatus &st : list.value())
        ctx.print(sdvLine(st));
    return Ok;
}

} // namespace

CommandGroup queryCommands()
{
    return {Tr::tr("Monitoring (--db PATH; --user NAME [--password-stdin]; a step is signed with the password):"),
            {
                {{QStringLiteral("query"), QStringLiteral("raise")},
                 QStringLiteral("query raise --subject-id ID --record TABLE/ID --field NAME --text T [--json]"),
                 Tr::tr("ask the site about one value (monitor)"), cmdRaise},
                {{QStringLiteral("query"), QStringLiteral("answer")},
                 QStringLiteral("query answer --query ID --text T [--correct VALUE --reason T] [--json]"),
                 Tr::tr("answer a query, correcting the value if need be (site staff)"), cmdAnswer},
                {{QStringLiteral("query"), QStringLiteral("close")}, QStringLiteral("query close --query ID [--text T] [--json]"),
                 Tr::tr("close a query (monitor)"), [](CliContext &ctx) { return cmdCloseOrReopen(ctx, false); }},
                {{QStringLiteral("query"), QStringLiteral("reopen")}, QStringLiteral("query reopen --query ID --text T [--json]"),
                 Tr::tr("re-open an answered or closed query (monitor)"), [](CliContext &ctx) { return cmdCloseOrReopen(ctx, true); }},
                {{QStringLiteral("query"), QStringLiteral("list")}, QStringLiteral("query list [--open] [--subject-id ID] [--json]"),
                 Tr::tr("this site's queries, their state and age"), cmdList},
                {{QStringLiteral("sdv"), QStringLiteral("mark")}, QStringLiteral("sdv mark --record TABLE/ID [--json]"),
                 Tr::tr("mark a record verified against the source (monitor)"), [](CliContext &ctx) { return cmdSdvMarkOrStatus(ctx, true); }},
                {{QStringLiteral("sdv"), QStringLiteral("status")}, QStringLiteral("sdv status --record TABLE/ID [--json]"),
                 Tr::tr("whether a record is verified as it stands"), [](CliContext &ctx) { return cmdSdvMarkOrStatus(ctx, false); }},
                {{QStringLiteral("sdv"), QStringLiteral("remaining")}, QStringLiteral("sdv remaining [--json]"),
                 Tr::tr("the protocol's critical records and its sample of the rest not verified as they stand"), cmdSdvRemaining},
            }};
}

} // namespace muco::cli
