#include "records/Screenings.h"
#include "clinical/EligibilityJson.h"
#include "clinical/JsonFields.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Screenings)
};
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject parse(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }
} // namespace

const TableSpec &Screenings::table()
{
    static const TableSpec spec{QStringLiteral("screenings"),
                                {QStringLiteral("patient_id"), QStringLiteral("assessment_date"), QStringLiteral("inputs"),
                                 QStringLiteral("outcome"), QStringLiteral("result"), QStringLiteral("state"),
                                 QStringLiteral("signed_by"), QStringLiteral("signed_utc"), QStringLiteral("signature_meaning"), QStringLiteral("signature")}};
    return spec;
}

QString Screenings::signatureMeaning()
{
    return Tr::tr("I have reviewed every inclusion and exclusion criterion and confirm this eligibility decision.");
}

Result<ScreeningEvaluation> Screenings::evaluate(Session &s, const QString &patientId, const QDate &assessmentDate,
                                                 const QJsonObject &form)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto patient = Patients::get(s, patientId);
    if (!patient.ok())
        return patient.error();
    ScreeningEvaluation ev;
    QJsonObject in = form;
    in.insert(QStringLiteral("assessment_date"), assessmentDate.toString(Qt::ISODate));
    if (QDate::fromString(patient->birthDate, Qt::ISODate).isValid() && !in.contains(QStringLiteral("birth_date")))
        in.insert(QStringLiteral("birth_date"), patient->birthDate);
    if (!patient->sex.isEmpty() && !in.contains(QStringLiteral("sex")))
        in.insert(QStringLiteral("sex"), patient->sex);

    auto plan = Radiotherapy::plan(s, patientId);
    if (!plan.ok())
        return plan.error();
    // The plan's values, under what the form gives key by key (a form's rt_plan of the wrong
    // type is left for the eligibility input to name).
    const QJsonValue givenPlan = in.value(QStringLiteral("rt_plan"));
    if (givenPlan.isUndefined() || givenPlan.isObject()) {
        QJsonObject rt;
        if (plan.value()) {
            const RtPlan &p = *plan.value();
            rt = {{QStringLiteral("total_dose_gy"), p.totalDoseGy.toDouble()},
                  {QStringLiteral("fields_include_oral_cavity"), p.oralCavity},
                  {QStringLiteral("fields_include_oropharynx"), p.oropharynx}};
        }
        // The intent is what the form records; not recorded leaves I3 missing (no default). Kept
        // with no plan yet too: it was dropped, and the coordinator's choice vanished on save.
        if (form.value(QStringLiteral("rt_intent")).isString())
            rt.insert(QStringLiteral("intent"), form.value(QStringLiteral("rt_intent")).toString());
        const QJsonObject given = givenPlan.toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            rt.insert(it.key(), it.value());
        if (!rt.isEmpty())
            in.insert(QStringLiteral("rt_plan"), rt);
    }
    in.remove(QStringLiteral("rt_intent"));

    // Labs: the newest result of each analyte inside the site's window, with the site's ULN.
    MUCO_READ(windowDays, s.setting(QStringLiteral("lab_window_days"), QStringLiteral("14")));
    const int window = windowDays.toInt();
    auto latest = Labs::latestWithin(s, patientId, assessmentDate, window);
    if (!latest.ok())
        return latest.error();
    // The ULN for the patient's sex; sex unknown: the ULN both sexes share, or, where theirs
    // differ, both ULNs, so that the criterion decides only what it decides for either sex.
    // The contract's JSON has one "uln": the pair goes to the evaluation, not into `inputs`.
    MUCO_READ(ranges, Labs::referenceRangesBySex(s));
    const QString sex = in.value(QStringLiteral("sex")).toString();
    const bool sexKnown = sex == QLatin1String("female") || sex == QLatin1String("male");
    QMap<QString, std::pair<Decimal, Decimal>> ulnEitherSex;
    QJsonObject labs = in.value(QStringLiteral("labs")).toObject();
    const bool labsGivenWrong = in.contains(QStringLiteral("labs")) && !in.value(QStringLiteral("labs")).isObject();
    for (auto it = latest->cbegin(); it != latest->cend() && !labsGivenWrong; ++it) {
        if (labs.contains(it.key()) || it.key() == QLatin1String("neutrophils"))
            continue;
        const AnalyteInfo *info = analyteByKey(it.key());
        QJsonObject lab{{QStringLiteral("value"), it->si.toDouble()}, {QStringLiteral("unit"), info->siUnit}};
        if (const auto range = Labs::rangeFor(ranges.value(it.key()), sex); info->hasUln && range && range->uln) {
            lab.insert(QStringLiteral("uln"), range->uln->toDouble());
        } else if (info->hasUln && !sexKnown) {
            const auto female = Labs::rangeFor(ranges.value(it.key()), QStringLiteral("female"));
            const auto male = Labs::rangeFor(ranges.value(it.key()), QStringLiteral("male"));
            if (female && female->uln && male && male->uln)
                ulnEitherSex.insert(it.key(), {*female->uln, *male->uln});
        }
        labs.insert(it.key(), lab);
        const QString entered = it->unit == info->siUnit ? QString() : Tr::tr(" (entered %1 %2)").arg(it->value.toString(), it->unit);
        ev.labsUsed << Tr::tr("%1 %2 %3%4, collected %5")
                           .arg(analyteLabel(info->analyte), it->si.toString(), info->siUnit, entered,
                                s.siteDate(it->collectedUtc).toString(Qt::ISODate));
    }
    if (!labs.isEmpty())
        in.insert(QStringLiteral("labs"), labs);

    auto input = eligibilityInputFromJson(in);
    if (!input.ok())
        return input.error();
    for (auto it = ulnEitherSex.cbegin(); it != ulnEitherSex.cend(); ++it)
        if (input->labs.contains(it.key()) && !input->labs[it.key()].uln)
            input->labs[it.key()].ulnEitherSex = it.value();
    ev.inputs = in;
    ev.result = evaluateEligibility(Protocol::nct07312656(), input.value());
    return ev;
}

namespace {

// A screening decides whether a patient enters the trial. Once one is signed eligible the
// patient is enrolled, then randomized, treated, withdrawn or completed: a later screening
// signed ineligible made a randomized patient a screen failure (counted twice in the CONSORT
// flow), and one signed eligible undid a withdrawal. A screen failure may be screened again.
Status screeningOpen(Session &s, const QString &patientId)
{
    MUCO_READ(patient, Patients::get(s, patientId));
    if (Screenings::isOpenFor(patient.status))
        return {};
    return Error::invalid(QStringLiteral("status"), Tr::tr("the patient's status is %1: the signed screening stands, and no "
                                                           "other screening can be saved or signed")
                                                        .arg(Patients::statusLabel(patient.status)));
}

} // namespace

bool Screenings::isOpenFor(const QString &status)
{
    return status == QLatin1String("screening") || status == QLatin1String("screen_failed");
}

Result<Screening> Screenings::save(Session &s, const QString &patientId, const QDate &assessmentDate, const QJsonObject &form)
{
    MUCO_TRY(s.require(Permission::ScreenPatient));
    auto ev = evaluate(s, patientId, assessmentDate, form);
    if (!ev.ok())
        return ev.error();   // what is wrong in the input first, named by its field
    Screening sc{{}, patientId, assessmentDate, ev->inputs, statusId(ev->result.status),
                 eligibilityResultToJson(ev->result), QStringLiteral("draft"), {}, {}, 1};
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(screeningOpen(s, patientId));   // read in the transaction that writes
    auto out = RecordStore::create(s, {&table(), {},
                                       {{QStringLiteral("patient_id"), patientId},
                                        {QStringLiteral("assessment_date"), assessmentDate.toString(Qt::ISODate)},
                                        {QStringLiteral("inputs"), compact(sc.inputs)},
                                        {QStringLiteral("outcome"), sc.outcome},
                                        {QStringLiteral("result"), compact(sc.result)},
                                        {QStringLiteral("state"), sc.state}},
                                       {}});
    if (!out.ok())
        return out.error();
    MUCO_TRY(tx.commit());
    sc.id = out->id;
    return sc;
}

ScreeningEvaluation Screenings::asScreened(const Screening &sc)
{
    ScreeningEvaluation ev{sc.inputs, eligibilityResultFromJson(sc.result), {}};
    const QJsonObject labs = sc.inputs.value(QStringLiteral("labs")).toObject();
    for (auto it = labs.begin(); it != labs.end(); ++it) {
        const AnalyteInfo *info = analyteByKey(it.key());
        const QJsonObject lab = it.value().toObject();
        ev.labsUsed << QStringLiteral("%1 %2 %3").arg(info ? analyteLabel(info->analyte) : it.key(),
                                              QString::number(lab.value(QStringLiteral("value")).toDouble()),
                                              lab.value(QStringLiteral("unit")).toString());
    }
    return ev;
}

Result<Screening> Screenings::submit(Session &s, const QString &patientId, const QJsonObject &input)
{
    MUCO_TRY(s.require(Permission::ScreenPatient));
    MUCO_READ(date, json::optDate(input, QStringLiteral("assessment_date"), {}));
    return save(s, patientId, date ? *date : s.today(), input);
}

Result<Screening> Screenings::signDecision(Session &s, const QString &patientId, const QString &decision,
                                           const QString &reason, const Secret &password)
{
    MUCO_TRY(s.require(Permission::SignEligibility));
    if (decision != QLatin1String("eligible") && decision != QLatin1String("ineligible"))
        return Error::invalid(QStringLiteral("decision"), Tr::tr("\"%1\" is not a decision; use eligible or ineligible").arg(decision));
    MUCO_READ(all, list(s, patientId));
    if (all.isEmpty())
        return Error::invalid(QStringLiteral("subject-id"), Tr::tr("no screening has been submitted for this patient"));
    const Screening &latest = all.last();
    if (latest.state != QLatin1String("draft"))
        return Error::invalid(QStringLiteral("decision"), Tr::tr("the latest screening (%1) is already signed").arg(latest.assessmentDate.toString(Qt::ISODate)));
    if (latest.outcome == QLatin1String("incomplete"))
        return Error::invalid(QStringLiteral("decision"), Tr::tr("the latest evaluation is incomplete: answer every criterion first"));
    if (latest.outcome != decision)
        return Error::invalid(QStringLiteral("decision"), Tr::tr("%1 contradicts the latest evaluation (%2)").arg(decision, latest.outcome));
    return sign(s, latest.id, password, reason);
}

Result<Screening> Screenings::sign(Session &s, const QString &id, const Secret &password, const QString &reason)
{
    MUCO_TRY(s.require(Permission::SignEligibility));
    MUCO_TRY(s.confirmPassword(password));
    auto rows = RecordStore::rows(s, table(), QStringLiteral("id = ?"), {id}, {});
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(QStringLiteral("id"), Tr::tr("no screening has the id %1").arg(id));
    const QVariantMap row = rows->first();
    const QString outcome = row.value(QStringLiteral("outcome")).toString();
    const QString patientId = row.value(QStringLiteral("patient_id")).toString();
    if (row.value(QStringLiteral("state")).toString() != QLatin1String("draft"))
        return Error::invalid(QStringLiteral("state"), Tr::tr("this screening is already signed"));
    if (outcome == QLatin1String("incomplete"))
        return Error::invalid(QStringLiteral("outcome"), Tr::tr("an incomplete screening cannot be signed: answer every criterion first"));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    MUCO_TRY(screeningOpen(s, patientId));   // read in the transaction that changes the status
    // Only the patient's latest screening is signed: an older draft, signed after a newer
    // screening failed, enrolled a patient on answers the signed decision contradicts (review).
    MUCO_READ(newer, RecordStore::rows(s, table(), QStringLiteral("patient_id = ? AND rowid > (SELECT rowid FROM %1 WHERE id = ?)").arg(table().name),
                                       {patientId, id}, {}));
    if (!newer.isEmpty())
        return Error::invalid(QStringLiteral("state"), Tr::tr("a screening saved after this one supersedes it: sign the patient's latest "
                                                              "screening"));
    auto signedOut = RecordStore::sign(s, table(), id, signatureMeaning());
    if (!signedOut.ok())
        return signedOut.error();
    auto status = RecordStore::update(s, {&Patients::table(), patientId,
                                          {{QStringLiteral("status"), outcome == QLatin1String("eligible") ? QStringLiteral("enrolled")
                                                                                                            : QStringLiteral("screen_failed")}},
                                          reason.trimmed().isEmpty() ? Tr::tr("Signed eligibility decision")
                                                                     : Tr::tr("Signed eligibility decision: %1").arg(reason.trimmed())});
    if (!status.ok())
        return status.error();
    MUCO_TRY(tx.commit());
    auto all = list(s, patientId);
    if (!all.ok())
        return all.error();
    for (const Screening &sc : all.value())
        if (sc.id == id)
            return sc;
    return Error::storage(Tr::tr("The signed screening could not be read back."));
}

Result<QList<ScreeningLogEntry>> Screenings::log(Session &s)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto rows = RecordStore::rows(s, table(), {}, {}, QStringLiteral("assessment_date DESC, modified_utc DESC"));
    if (!rows.ok())
        return rows.error();
    QHash<QString, QString> subjects;
    auto patients = Patients::list(s);
    if (!patients.ok())
        return patients.error();
    for (const Patient &p : patients.value())
        subjects.insert(p.id, p.subjectId);
    QList<ScreeningLogEntry> out;
    for (const QVariantMap &m : rows.value()) {
        ScreeningLogEntry e{subjects.value(m.value(QStringLiteral("patient_id")).toString()),
                            QDate::fromString(m.value(QStringLiteral("assessment_date")).toString(), Qt::ISODate),
                            m.value(QStringLiteral("outcome")).toString(), m.value(QStringLiteral("state")).toString(), {}, {},
                            m.value(QStringLiteral("signed_by")).toString()};
        for (const QJsonValue &c : parse(m.value(QStringLiteral("result"))).value(QStringLiteral("criteria")).toArray()) {
            const QString result = c.toObject().value(QStringLiteral("result")).toString();
            if (result == QLatin1String("fail"))
                e.failed << c.toObject().value(QStringLiteral("id")).toString();
            else if (result == QLatin1String("missing"))
                e.missing << c.toObject().value(QStringLiteral("id")).toString();
        }
        out.append(e);
    }
    return out;
}

Result<QList<Screening>> Screenings::list(Session &s, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto rows = RecordStore::rows(s, table(), QStringLiteral("patient_id = ?"), {patientId}, QStringLiteral("assessment_date, modified_utc"));
    if (!rows.ok())
        return rows.error();
    QList<Screening> out;
    for (const QVariantMap &m : rows.value())
        out.append({m.value(QStringLiteral("id")).toString(), patientId,
                    QDate::fromString(m.value(QStringLiteral("assessment_date")).toString(), Qt::ISODate),
                    parse(m.value(QStringLiteral("inputs"))), m.value(QStringLiteral("outcome")).toString(),
                    parse(m.value(QStringLiteral("result"))), m.value(QStringLiteral("state")).toString(),
                    m.value(QStringLiteral("signed_by")).toString(),
                    QDateTime::fromString(m.value(QStringLiteral("signed_utc")).toString(), Qt::ISODateWithMs),
                    m.value(QStringLiteral("version")).toInt()});
    return out;
}

Result<std::optional<BirthDateSinceSigned>> Screenings::birthDateSinceSigned(Session &s, const QString &patientId)
{
    MUCO_READ(screenings, list(s, patientId));
    const auto last = std::find_if(screenings.crbegin(), screenings.crend(), [](const Screening &sc) { return sc.state == QLatin1String("signed"); });
    if (last == screenings.crend())
        return std::optional<BirthDateSinceSigned>();
    MUCO_READ(patient, Patients::get(s, patientId));
    return birthDateSinceSigned(*last, patient.birthDate);
}

Result<std::optional<BirthDateSinceSigned>> Screenings::birthDateSinceSigned(const Screening &decision, const QString &now)
{
    const QString signedWith = decision.inputs.value(QStringLiteral("birth_date")).toString();
    const auto isDate = [](const QString &d) { return d.size() == 10 && QDate::fromString(d, Qt::ISODate).isValid(); };
    if (!isDate(signedWith) || !isDate(now) || signedWith == now)
        return std::optional<BirthDateSinceSigned>();
    // Both evaluated from the decision's stored inputs, so that only the birth date differs
    // between them (what the stored inputs lack, a ULN known for either sex only, lacks in both).
    const auto evaluatedWith = [&](const QString &birthDate) -> Result<EligibilityResult> {
        QJsonObject inputs = decision.inputs;
        inputs.insert(QStringLiteral("birth_date"), birthDate);
        MUCO_READ(input, eligibilityInputFromJson(inputs));
        return evaluateEligibility(Protocol::nct07312656(), input);
    };
    MUCO_READ(then, evaluatedWith(signedWith));
    MUCO_READ(again, evaluatedWith(now));
    BirthDateSinceSigned out{decision, signedWith, now, {}, statusId(again.status)};
    for (const CriterionResult &c : again.criteria) {
        const auto was = std::find_if(then.criteria.cbegin(), then.criteria.cend(), [&](const CriterionResult &w) { return w.id == c.id; });
        if (was == then.criteria.cend() || was->outcome != c.outcome)
            out.changed << c;
    }
    return std::optional<BirthDateSinceSigned>(out);
}

} // namespace muco
