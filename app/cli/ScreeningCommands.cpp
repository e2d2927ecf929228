#include "ScreeningCommands.h"
#include "clinical/JsonFields.h"
#include "records/Patients.h"
#include "records/Screenings.h"
#include <QCoreApplication>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


// screening submit: the desktop's Save on the Screening tab (Screenings::submit), the input
// the eligibility check's; prints that check's output, plus the draft's screening_id.
int cmdSubmit(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject})); !p.ok())
        return ctx.fail(p.error());
    auto subject = ctx.required(kSubject);
    if (!subject.ok())
        return ctx.fail(subject.error());
    if (auto one = ctx.requireOneFile(); !one.ok())
        return ctx.fail(one.error());
    // The password is standard input's first line; FILE "-" is what follows it.
    auto session = ctx.signIn();
    if (!session.ok())
        return ctx.fail(session.error());
    auto input = ctx.readJsonArgument();
    if (!input.ok())
        return ctx.fail(input.error());
    auto patient = Patients::bySubjectId(**session, subject.value());
    if (!patient.ok())
        return ctx.fail(patient.error());
    auto screening = Screenings::submit(**session, patient->id, input.value());
    if (!screening.ok())
        return ctx.fail(screening.error());
    QJsonObject out = screening->result;
    out.insert(QStringLiteral("screening_id"), screening->id);
    return ctx.printJson(out);
}

// screening sign: the investigator's signed decision on the latest evaluation; the password
// given on standard input is checked again as the signature's second component.
int cmdSign(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject, QStringLiteral("decision"),
                            QStringLiteral("reason")})); !p.ok())
        return ctx.fail(p.error());
    auto subject = ctx.required(kSubject);
    auto decision = ctx.required(QStringLiteral("decision"));
    for (const auto *r : {&subject, &decision})
        if (!r->ok())
            return ctx.fail(r->error());
    Secret signature;
    auto session = ctx.signIn(&signature);
    if (!session.ok())
        return ctx.fail(session.error());
    auto patient = Patients::bySubjectId(**session, subject.value());
    if (!patient.ok()) {
        return ctx.fail(patient.error());
    }
    auto screening = Screenings::signDecision(**session, patient->id, decision.value(), ctx.option(QStringLiteral("reason")), signature);
    if (!screening.ok())
        return ctx.fail(screening.error());
    auto now = Patients::get(**session, patient->id);
    if (!now.ok())
        return ctx.fail(now.error());
    if (ctx.flag(QStringLiteral("json")))
        return ctx.printJson({{QStringLiteral("subject_id"), now->subjectId}, {QStringLiteral("screening_id"), screening->id},
                              {QStringLiteral("decision"), screening->outcome}, {QStringLiteral("state"), screening->state},
                              {QStringLiteral("signed_by"), screening->signedBy},
                              {QStringLiteral("signed_utc"), isoUtc(screening->signedUtc)},
                              {QStringLiteral("status"), now->status}});
    ctx.print(Tr::tr("%1: %2, signed by %3; status %4.").arg(now->subjectId, screening->outcome, screening->signedBy, now->status));
    return Ok;
}

} // namespace

QString headingTrial()
{
    return Tr::tr("The trial (--db PATH; --user NAME [--password-stdin]):");
}

CommandGroup screeningCommands()
{
    return {headingTrial(),
            {
                {{QStringLiteral("screening"), QStringLiteral("submit")}, QStringLiteral("screening submit --subject-id ID FILE"),
                 Tr::tr("screen a patient: the eligibility check's input (JSON) over the site's record, saved as a draft"), cmdSubmit},
                {{QStringLiteral("screening"), QStringLiteral("sign")},
                 QStringLiteral("screening sign --subject-id ID --decision eligible|ineligible [--reason TEXT] [--json]"),
                 Tr::tr("sign the latest screening's decision (investigator; the password again); eligible: enrolled"), cmdSign},
            }};
}

} // namespace muco::cli
