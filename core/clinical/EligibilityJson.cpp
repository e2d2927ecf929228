#include "clinical/EligibilityJson.h"
#include "clinical/JsonFields.h"
#include "clinical/LabUnits.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco {

namespace {

const QStringList kBoolFacts = {
    QStringLiteral("malignancy_confirmed"), QStringLiteral("ecg_clinically_significant_abnormality"),
    QStringLiteral("oral_mucosa_intact"), QStringLiteral("active_oral_infection"),
    QStringLiteral("severe_periodontal_disease"), QStringLiteral("informed_consent_signed"),
    QStringLiteral("prior_head_neck_radiotherapy"), QStringLiteral("current_other_trial"),
    QStringLiteral("significant_cardiovascular_disease"), QStringLiteral("cirrhosis"),
    QStringLiteral("chronic_renal_insufficiency"), QStringLiteral("active_systemic_infection_on_antimicrobials"),
    QStringLiteral("autoimmune_disease_on_immunosuppression"), QStringLiteral("severe_psychiatric_disorder"),
    QStringLiteral("non_discontinuable_mucosal_protectant_or_anti_inflammatory"),
    QStringLiteral("long_term_immunosuppressants"), QStringLiteral("unable_to_comply"),
    QStringLiteral("investigator_judges_unsuitable")};
const QStringList kNumberFacts = {QStringLiteral("weight_kg"), QStringLiteral("ecog"),
                                  QStringLiteral("life_expectancy_months"),
                                  QStringLiteral("long_term_corticosteroid_prednisone_eq_mg_per_day")};
const QStringList kDateFacts = {QStringLiteral("last_head_neck_surgery_date"),
                                QStringLiteral("last_other_interventional_study_date")};
const QStringList kLabKeys = {QStringLiteral("wbc"), QStringLiteral("hemoglobin"), QStringLiteral("platelets"),
                              QStringLiteral("neutrophils"), QStringLiteral("alt"), QStringLiteral("ast"),
                              QStringLiteral("total_bilirubin"), QStringLiteral("creatinine"),
                              QStringLiteral("creatinine_clearance")};

Status readLabs(const QJsonObject &labs, EligibilityInput &in)
{
    MUCO_TRY(json::onlyKeys(labs, kLabKeys, QStringLiteral("labs")));
    for (auto it = labs.begin(); it != labs.end(); ++it) {
        const QString path = QStringLiteral("labs.") + it.key();
        if (it.value().isNull())
            continue;
        if (!it.value().isObject())
            return Error::invalid(path, QCoreApplication::translate("muco::json", "must be an object with value and unit"));
        const QJsonObject lab = it.value().toObject();
        MUCO_TRY(json::onlyKeys(lab, {QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("uln")}, path));
        MUCO_READ(value, json::optNumber(lab, QStringLiteral("value"), path));
        MUCO_READ(unit, json::optText(lab, QStringLiteral("unit"), path));
        MUCO_READ(uln, json::optNumber(lab, QStringLiteral("uln"), path));
        if (!value)
            return Error::invalid(path + QStringLiteral(".value"), QCoreApplication::translate("muco::json", "is required"));
        if (!unit)
            return Error::invalid(path + QStringLiteral(".unit"), QCoreApplication::translate("muco::json", "is required"));
        in.labs.insert(it.key(), {*value, *unit, uln});
    }
    return {};
}

} // namespace

Result<EligibilityInput> eligibilityInputFromJson(const QJsonObject &o)
{
    QStringList allowed = kBoolFacts + kNumberFacts + kDateFacts;
    allowed << QStringLiteral("assessment_date") << QStringLiteral("birth_date") << QStringLiteral("sex")
            << QStringLiteral("rt_plan") << QStringLiteral("labs");
    MUCO_TRY(json::onlyKeys(o, allowed, {}));
    EligibilityInput in;
    {
        MUCO_READ(d, json::optDate(o, QStringLiteral("assessment_date"), {}));
        in.assessmentDate = d;
    }
    {
        MUCO_READ(d, json::optDate(o, QStringLiteral("birth_date"), {}));
        in.birthDate = d;
    }
    {
        MUCO_READ(sex, json::optChoice(o, QStringLiteral("sex"), {}, {QStringLiteral("male"), QStringLiteral("female")}));
        if (sex)
            in.texts.insert(QStringLiteral("sex"), *sex);
    }
    for (const QString &key : kBoolFacts) {
        MUCO_READ(b, json::optBool(o, key, {}));
        if (b)
            in.flags.insert(key, *b);
    }
    for (const QString &key : kNumberFacts) {
        MUCO_READ(n, json::optNumber(o, key, {}));
        if (n)
            in.numbers.insert(key, *n);
    }
    for (const QString &key : kDateFacts) {
        if (!o.contains(key))
            continue;
        if (o.value(key).isNull()) {
            in.dates.insert(key, {true, {}});
            continue;
        }
        auto d = json::parseDate(o.value(key), key);
        if (!d.ok())
            return d.error();
        in.dates.insert(key, {false, d.value()});
    }
    MUCO_READ(plan, json::optObject(o, QStringLiteral("rt_plan"), {}));
    if (plan) {
        const QString p = QStringLiteral("rt_plan");
        MUCO_TRY(json::onlyKeys(*plan, {QStringLiteral("intent"), QStringLiteral("total_dose_gy"),
                                        QStringLiteral("fields_include_oral_cavity"), QStringLiteral("fields_include_oropharynx")}, p));
        MUCO_READ(intent, json::optChoice(*plan, QStringLiteral("intent"), p, {QStringLiteral("radical"), QStringLiteral("palliative")}));
        if (intent)
            in.texts.insert(QStringLiteral("rt_plan.intent"), *intent);
        MUCO_READ(dose, json::optNumber(*plan, QStringLiteral("total_dose_gy"), p));
        if (dose)
            in.numbers.insert(QStringLiteral("rt_plan.total_dose_gy"), *dose);
        for (const QString &k : {QStringLiteral("fields_include_oral_cavity"), QStringLiteral("fields_include_oropharynx")}) {
            MUCO_READ(b, json::optBool(*plan, k, p));
            if (b)
                in.flags.insert(p + QLatin1Char('.') + k, *b);
        }
    }
    MUCO_READ(labs, json::optObject(o, QStringLiteral("labs"), {}));
    if (labs)
        MUCO_TRY(readLabs(*labs, in));
    MUCO_TRY(validateEligibilityInput(in));
    return in;
}

QJsonObject eligibilityResultToJson(const EligibilityResult &r)
{
    QJsonArray criteria;
    for (const CriterionResult &c : r.criteria)
        criteria.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("kind"), c.inclusion ? QStringLiteral("inclusion") : QStringLiteral("exclusion")},
                                    {QStringLiteral("result"), outcomeId(c.outcome)},
                                    {QStringLiteral("detail"), c.detail}});
    QJsonObject derived;
    derived.insert(QStringLiteral("age_years"), r.derived.ageYears ? QJsonValue(*r.derived.ageYears) : QJsonValue());
    derived.insert(QStringLiteral("creatinine_clearance_ml_min"),
                   r.derived.creatinineClearance ? QJsonValue(*r.derived.creatinineClearance) : QJsonValue());
    derived.insert(QStringLiteral("creatinine_clearance_source"),
                   r.derived.creatinineClearanceSource.isEmpty() ? QJsonValue() : QJsonValue(r.derived.creatinineClearanceSource));
    for (const auto &[name, value] : r.derived.values)
        derived.insert(name, value);
    return {{QStringLiteral("protocol"), r.protocol},
            {QStringLiteral("status"), statusId(r.status)},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("derived"), derived}};
}

EligibilityResult eligibilityResultFromJson(const QJsonObject &o)
{
    EligibilityResult r;
    r.protocol = o.value(QStringLiteral("protocol")).toString();
    const QString status = o.value(QStringLiteral("status")).toString();
    for (EligibilityStatus st : {EligibilityStatus::Eligible, EligibilityStatus::Ineligible, EligibilityStatus::Incomplete})
        if (statusId(st) == status)
            r.status = st;
    for (const QJsonValue &v : o.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject c = v.toObject();
        CriterionResult cr{c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("kind")).toString() != QLatin1String("exclusion"),
                           CriterionOutcome::Missing, c.value(QStringLiteral("detail")).toString()};
        for (CriterionOutcome out : {CriterionOutcome::Pass, CriterionOutcome::Fail})
            if (outcomeId(out) == c.value(QStringLiteral("result")).toString())
                cr.outcome = out;
        r.criteria.append(cr);
    }
    return r;
}

} // namespace muco
