#include "ClinicCommands.h"
#include "ScreeningCommands.h"
#include "clinical/JsonFields.h"
#include "records/ClinicJson.h"
#include "records/Patients.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


// A core error names the record's field; the command line names its option instead.
Error asOption(const Error &e, const QHash<QString, QString> &options)
{
    if (e.kind != ErrorKind::Invalid || !options.contains(e.field))
        return e;
    return Error::invalid(options.value(e.field), e.why());
}

// Signs in, then finds the patient of --subject-id.
struct Signed {
    std::unique_ptr<Session> session;
    Patient patient;
};
Result<Signed> signInFor(CliContext &ctx)
{
    MUCO_READ(subject, ctx.required(kSubject));
    MUCO_READ(session, ctx.signIn());
    MUCO_READ(patient, Patients::bySubjectId(*session, subject));
    return Signed{std::move(session), std::move(patient)};
}

QJsonObject planJson(const QString &subjectId, const RtPlan &p)
{
    QJsonArray days;
    for (int d = 1; d <= 7; ++d)
        if (p.weekdays.contains(d))
            days.append(d);
    return {{QStringLiteral("subject_id"), subjectId}, {QStringLiteral("plan_id"), p.id},
            {QStringLiteral("total_dose_gy"), p.totalDoseGy.toDouble()}, {QStringLiteral("fractions"), p.fractions},
            {QStringLiteral("dose_per_fraction_gy"), p.dosePerFractionGy.toDouble()},
            {QStringLiteral("start_date"), p.startDate.toString(Qt::ISODate)}, {QStringLiteral("treatment_weekdays"), days},
            {QStringLiteral("technique"), p.technique}, {QStringLiteral("fields_include_oral_cavity"), p.oralCavity},
            {QStringLiteral("fields_include_oropharynx"), p.oropharynx},
            {QStringLiteral("concurrent_chemotherapy"), p.concurrentChemo},
            {QStringLiteral("chemotherapy_agent"), p.concurrentChemo ? QJsonValue(p.chemoAgent) : QJsonValue()},
            {QStringLiteral("version"), p.version}};
}

// plan set: the Radiotherapy tab's plan form; a change of a saved plan needs --reason.
int cmdPlanSet(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject, QStringLiteral("reason")})); !p.ok())
        return ctx.fail(p.error());
    if (auto s = ctx.required(kSubject); !s.ok())
        return ctx.fail(s.error());
    if (auto one = ctx.requireOneFile(); !one.ok())
        return ctx.fail(one.error());
    auto who = signInFor(ctx);
    if (!who.ok())
        return ctx.fail(who.error());
    Session &s = *who->session;
    auto input = ctx.readJsonArgument();
    if (!input.ok())
        return ctx.fail(input.error());
    auto plan = rtPlanFromJson(input.value());
    if (!plan.ok())
        return ctx.fail(plan.error());
    plan->patientId = who->patient.id;
    auto existing = Radiotherapy::plan(s, who->patient.id);
    if (!existing.ok())
        return ctx.fail(existing.error());
    if (existing.value() && ctx.option(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.fail(Error::usage(Tr::tr("%1 has a plan already: give --reason for the change.").arg(who->patient.subjectId)));
    auto saved = Radiotherapy::savePlan(s, plan.value(), ctx.option(QStringLiteral("reason")).trimmed());
    if (!saved.ok())
        return ctx.fail(asOption(saved.error(), {{QStringLiteral("reason"), QStringLiteral("reason")}}));
    if (ctx.flag(kJson))
        return ctx.printJson(planJson(who->patient.subjectId, saved.value()));
    ctx.print(Tr::tr("%1: plan of %2 Gy in %3 fractions from %4 saved.")
                  .arg(who->patient.subjectId, saved->totalDoseGy.toString()).arg(saved->fractions)
                  .arg(saved->startDate.toString(Qt::ISODate)));
    return Ok;
}

// fraction add: one day of the fraction log, as the Radiotherapy tab records it.
int cmdFractionAdd(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject, QStringLiteral("date"), QStringLiteral("status"), QStringLiteral("dose-gy"),
                                                   QStringLiteral("reason")})); !p.ok())
        return ctx.fail(p.error());
    auto dateText = ctx.required(QStringLiteral("date"));
    auto statusText = ctx.required(QStringLiteral("status"));
    for (const auto *r : {&dateText, &statusText})
        if (!r->ok())
            return ctx.fail(r->error());
    const QDate date = QDate::fromString(dateText.value(), Qt::ISODate);
    if (!date.isValid() || dateText->size() != 10)
        return ctx.fail(Error::invalid(QStringLiteral("date"), Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(dateText.value())));
    const QStringList statuses{QStringLiteral("delivered"), QStringLiteral("missed"), QStringLiteral("held")};
    if (!statuses.contains(statusText.value()))
        return ctx.fail(Error::invalid(QStringLiteral("status"), Tr::tr("\"%1\" is not delivered, missed or held").arg(statusText.value())));
    const auto status = static_cast<FractionStatus>(statuses.indexOf(statusText.value()));
    std::optional<Decimal> dose;
    if (ctx.has(QStringLiteral("dose-gy"))) {
        dose = Decimal::parse(ctx.option(QStringLiteral("dose-gy")));
        if (!dose)
            return ctx.fail(Error::invalid(QStringLiteral("dose-gy"), Tr::tr("\"%1\" is not a number of Gy").arg(ctx.option(QStringLiteral("dose-gy")))));
        if (status != FractionStatus::Delivered)
            return ctx.fail(Error::invalid(QStringLiteral("dose-gy"), Tr::tr("only a delivered fraction has a dose")));
    }
    auto who = signInFor(ctx);
    if (!who.ok())
        return ctx.fail(who.error());
    Session &s = *who->session;
    // Delivered without --dose-gy: the plan's dose per fraction, as the desktop's "Delivered today".
    if (status == FractionStatus::Delivered && !dose) {
        auto plan = Radiotherapy::requirePlan(s, who->patient.id);
        if (!plan.ok())
            return ctx.fail(plan.error());
        dose = plan->dosePerFractionGy;
    }
    auto saved = Radiotherapy::record(s, who->patient.id, date, status, dose, ctx.option(QStringLiteral("reason")));
    if (!saved.ok())
        return ctx.fail(asOption(saved.error(), {{QStringLiteral("dose_gy"), QStringLiteral("dose-gy")}}));
    if (ctx.flag(kJson))
        return ctx.printJson({{QStringLiteral("subject_id"), who->patient.subjectId}, {QStringLiteral("fraction_id"), saved->id},
                              {QStringLiteral("date"), saved->date.toString(Qt::ISODate)},
                              {QStringLiteral("status"), fractionStatusId(saved->status)},
                              {QStringLiteral("number"), saved->number ? QJsonValue(saved->number) : QJsonValue()},
                              {QStringLiteral("dose_gy"), saved->doseGy ? QJsonValue(saved->doseGy->toDouble()) : QJsonValue()}});
    ctx.print(saved->status == FractionStatus::Delivered
                  ? Tr::tr("%1: fraction %2 (%3 Gy) delivered on %4.").arg(who->patient.subjectId).arg(saved->number)
                        .arg(saved->doseGy->toString(), saved->date.toString(Qt::ISODate))
                  : Tr::tr("%1: %2 on %3.").arg(who->patient.subjectId, fractionStatusId(saved->status), saved->date.toString(Qt::ISODate)));
    return Ok;
}

// fraction import: the radiotherapy system's CSV (date, fraction, dose), whole or not at all.
int cmdFractionImport(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject})); !p.ok())
        return ctx.fail(p.error());
    if (auto s = ctx.required(kSubject); !s.ok())
        return ctx.fail(s.error());
    if (auto one = ctx.requireOneFile(); !one.ok())
        return ctx.fail(one.error());
    auto who = signInFor(ctx);
    if (!who.ok())
        return ctx.fail(who.error());
    auto csv = ctx.readFileArgument();
    if (!csv.ok())
        return ctx.fail(csv.error());
    auto report = Radiotherapy::importCsv(*who->session, who->patient.id, csv.value(), true);
    if (!report.ok())
        return ctx.fail(report.error());
    if (ctx.flag(kJson))
        return ctx.printJson({{QStringLiteral("subject_id"), who->patient.subjectId}, {QStringLiteral("imported"), report->imported},
                              {QStringLiteral("already_present"), report->alreadyPresent}});
    ctx.print(Tr::tr("%1: %2 fraction(s) imported, %3 already recorded.").arg(who->patient.subjectId).arg(report->imported)
                  .arg(report->alreadyPresent));
    return Ok;
}

// labs add: results collected together, each under its panel, as the Labs tab records them.
int cmdLabsAdd(CliContext &ctx)
{
    if (auto p = ctx.parse(signedInFlags(), signedInValues({kSubject})); !p.ok())
        return ctx.fail(p.error());
    if (auto s = ctx.required(kSubject); !s.ok())
        return ctx.fail(s.error());
    if (auto one = ctx.requireOneFile(); !one.ok())
        return ctx.fail(one.error());
    auto who = signInFor(ctx);
    if (!who.ok())
        return ctx.fail(who.error());
    Session &s = *who->session;
    auto input = ctx.readJsonArgument();
    if (!input.ok())
        return ctx.fail(input.error());
    auto submission = labSubmissionFromJson(input.value(), s.siteZone());
    if (!submission.ok())
        return ctx.fail(submission.error());
    auto saved = Labs::record(s, who->patient.id, submission->collectedUtc, submission->entries);
    if (!saved.ok()) {
        Error e = saved.error();
        if (e.kind == ErrorKind::Invalid && e.field.startsWith(QLatin1String("labs")))
            e = Error::invalid(QStringLiteral("results") + e.field.mid(4), e.why());
        return ctx.fail(e);
    }
    if (ctx.flag(kJson)) {
        QJsonArray results;
        for (const LabResult &r : saved.value())
            results.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("analyte"), r.analyte},
                                       {QStringLiteral("panel"), r.panel}, {QStringLiteral("value"), r.value.toDouble()},
                                       {QStringLiteral("unit"), r.unit}, {QStringLiteral("si_value"), r.si.toDouble()}});
        return ctx.printJson({{QStringLiteral("subject_id"), who->patient.subjectId},
                              {QStringLiteral("collected_utc"), isoUtc(submission->collectedUtc)}, {QStringLiteral("results"), results}});
    }
    ctx.print(Tr::tr("%1: %2 result(s) collected %3 saved.").arg(who->patient.subjectId).arg(saved->size())
                  .arg(isoUtc(submission->collectedUtc)));
    return Ok;
}

} // namespace

CommandGroup clinicCommands()
{
    return {headingTrial(),
            {
                {{QStringLiteral("plan"), QStringLiteral("set")}, QStringLiteral("plan set --subject-id ID FILE [--reason TEXT] [--json]"),
                 Tr::tr("set the radiotherapy plan (JSON; a change needs --reason)"), cmdPlanSet},
                {{QStringLiteral("fraction"), QStringLiteral("add")},
                 QStringLiteral("fraction add --subject-id ID --date D --status delivered|missed|held [--dose-gy X] [--reason T] [--json]"),
                 Tr::tr("record one day of radiotherapy (delivered: the plan's dose unless --dose-gy)"), cmdFractionAdd},
                {{QStringLiteral("fraction"), QStringLiteral("import")}, QStringLiteral("fraction import --subject-id ID FILE.csv [--json]"),
                 Tr::tr("import delivered fractions (CSV: date,fraction,dose); one bad line refuses the file"), cmdFractionImport},
                {{QStringLiteral("labs"), QStringLiteral("add")}, QStringLiteral("labs add --subject-id ID FILE [--json]"),
                 Tr::tr("record lab results collected together (JSON)"), cmdLabsAdd},
            }};
}

} // namespace muco::cli
