#include "VisitCommands.h"
#include "ScreeningCommands.h"
#include "clinical/GradingJson.h"
#include "clinical/JsonFields.h"
#include "records/Assessments.h"
#include "records/Patients.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


QJsonObject visitJson(const QString &subjectId, const Assessment &a)
{
    return {{QStringLiteral("visit_id"), a.id},
            {QStringLiteral("subject_id"), subjectId},
            {QStringLiteral("date"), a.visitDate.toString(Qt::ISODate)},
            {QStringLiteral("fraction_number"), a.fractionNumber},
            {QStringLiteral("cumulative_dose_gy"), a.cumulativeDoseGy.toDouble()},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("signed_by"), a.signedBy.isEmpty() ? QJsonValue() : QJsonValue(a.signedBy)},
            {QStringLiteral("signed_utc"), a.signedUtc.isValid() ? QJsonValue(isoUtc(a.signedUtc)) : QJsonValue()},
            {QStringLiteral("supersedes"), a.supersedes.isEmpty() ? QJsonValue() : QJsonValue(a.supersedes)},
            {QStringLiteral("grades"), QJsonObject{{QStringLiteral("who"), gradeToJson(a.who)},
                                                   {QStringLiteral("ctcae"), gradeToJson(a.ctcae)},
                                                   {QStringLiteral("rtog"), gradeToJson(a.rtog)},
                                                   {QStringLiteral("omas"), omasToJson(a.omas)}}},
            {QStringLiteral("primary_endpoint_reached"), Assessments::reachesPrimaryEndpoint(a)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(a.warnings)}};
}

// One line per visit: id, date, state, WHO, CTCAE, RTOG, OMAS mean.
QString visitLine(const Assessment &a)
{
    return QStringLiteral("%1\t%2\t%3\tWHO %4\tCTCAE %5\tRTOG %6\tOMAS %7\n")
        .arg(a.id, a.visitDate.toString(Qt::ISODate), a.state)
        .arg(a.who.grade).arg(a.ctcae.grade).arg(a.rtog.grade)
        .arg(a.omas.mean ? QString::number(*a.omas.mean, 'f', 2) : QStringLiteral("-"));
}

// visit record: the grading wizard's exam (docs/clinical-exam.md "Stored exam"), saved as a
// draft with every scale's grade derived in core and the dose delivered by the visit date.
int cmdRecord(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject, QStringLiteral("date")})); !p.ok())
        return ctx.fail(p.error());
    auto subject = ctx.required(kSubject);
    auto dateText = ctx.required(QStringLiteral("date"));
    for (const auto *r : {&subject, &dateText})
        if (!r->ok())
            return ctx.fail(r->error());
    const QDate date = QDate::fromString(dateText.value(), Qt::ISODate);
    if (!date.isValid() || dateText->size() != 10)
        return ctx.fail(Error::invalid(QStringLiteral("date"), Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(dateText.value())));
    if (auto one = ctx.requireOneFile(); !one.ok())
        return ctx.fail(one.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto input = ctx.readJsonArgument();
    if (!input.ok())
        return ctx.fail(input.error());
    auto exam = examFromJson(input.value());
    if (!exam.ok())
        return ctx.fail(exam.error());
    auto patient = Patients::bySubjectId(**session, subject.value());
    if (!patient.ok())
        return ctx.fail(patient.error());
    auto visit = Assessments::record(**session, patient->id, date, exam.value(), {});
    if (!visit.ok())
        return ctx.fail(visit.error());
    if (ctx.flag(kJson))
        return ctx.printJson(visitJson(patient->subjectId, visit.value()));
    ctx.print(visitLine(visit.value()));
    return Ok;
}

// visit sign: the investigator's signature on a draft visit; the password again.
int cmdSign(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({QStringLiteral("visit")})); !p.ok())
        return ctx.fail(p.error());
    auto id = ctx.required(QStringLiteral("visit"));
    if (!id.ok())
        return ctx.fail(id.error());
    Secret signature;
    auto session = ctx.signIn(&signature);
    if (!session.ok())
        return ctx.fail(session.error());
    auto visit = Assessments::sign(**session, id.value(), signature);
    if (!visit.ok()) {
        const Error &e = visit.error();
        return ctx.fail(e.kind == ErrorKind::Invalid && e.field == QLatin1String("id") ? Error::invalid(QStringLiteral("visit"), e.why()) : e);
    }
    auto patient = Patients::get(**session, visit->patientId);
    if (!patient.ok())
        return ctx.fail(patient.error());
    const bool adverseEvent = Assessments::draftsAdverseEvent(visit.value());
    if (ctx.flag(kJson)) {
        QJsonObject o = visitJson(patient->subjectId, visit.value());
        o.insert(QStringLiteral("adverse_event_drafted"), adverseEvent);
        return ctx.printJson(o);
    }
    ctx.print(Tr::tr("Visit %1 of %2 signed by %3.%4").arg(visit->id, patient->subjectId, visit->signedBy,
                                                          adverseEvent ? Tr::tr(" An adverse event \"Mucositis oral\" was drafted.") : QString()));
    return Ok;
}

// visit list: every visit of the patient (superseded ones too), its grades and its state.
int cmdList(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject})); !p.ok())
        return ctx.fail(p.error());
    auto subject = ctx.required(kSubject);
    if (!subject.ok())
        return ctx.fail(subject.error());
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto patient = Patients::bySubjectId(**session, subject.value());
    if (!patient.ok())
        return ctx.fail(patient.error());
    auto visits = Assessments::list(**session, patient->id, true);
    if (!visits.ok())
        return ctx.fail(visits.error());
    if (ctx.flag(kJson)) {
        QJsonArray list;
        for (const Assessment &a : visits.value())
            list.append(visitJson(patient->subjectId, a));
        return ctx.printJson({{QStringLiteral("subject_id"), patient->subjectId}, {QStringLiteral("visits"), list}});
    }
    QString text;
    for (const Assessment &a : visits.value())
        text += visitLine(a);
    ctx.print(text);
    return Ok;
}

} // namespace

CommandGroup visitCommands()
{
    return {headingTrial(),
            {
                {{QStringLiteral("visit"), QStringLiteral("record")}, QStringLiteral("visit record --subject-id ID --date D FILE [--json]"),
                 Tr::tr("record a graded visit: the exam's findings (JSON, docs/clinical-exam.md); prints every scale's grade"), cmdRecord},
                {{QStringLiteral("visit"), QStringLiteral("sign")}, QStringLiteral("visit sign --visit ID [--json]"),
                 Tr::tr("sign a visit's grades (investigator; the password again)"), cmdSign},
                {{QStringLiteral("visit"), QStringLiteral("list")}, QStringLiteral("visit list --subject-id ID [--json]"),
                 Tr::tr("every visit of a patient, its grades and its state"), cmdList},
            }};
}

} // namespace muco::cli
