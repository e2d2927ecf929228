#include "clinical/Protocol.h"
#include "common/StrictJson.h"
#include <cmath>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Protocol)
};

struct FactDef {
    FactType type;
    const char *label;
    const char *unit;
};

const QHash<QString, FactDef> &catalogue()
{
    static const QHash<QString, FactDef> facts = {
        {QStringLiteral("malignancy_confirmed"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Histologically or cytologically confirmed head and neck malignancy"), ""}},
        {QStringLiteral("age_years"), {FactType::Number, QT_TRANSLATE_NOOP("muco::Facts", "Age"), QT_TRANSLATE_NOOP("muco::Facts", "years")}},
        {QStringLiteral("sex"), {FactType::Text, QT_TRANSLATE_NOOP("muco::Facts", "Sex"), ""}},
        {QStringLiteral("weight_kg"), {FactType::Number, QT_TRANSLATE_NOOP("muco::Facts", "Weight"), "kg"}},
        {QStringLiteral("rt_plan.intent"), {FactType::Text, QT_TRANSLATE_NOOP("muco::Facts", "Radiotherapy intent"), ""}},
        {QStringLiteral("rt_plan.total_dose_gy"), {FactType::Number, QT_TRANSLATE_NOOP("muco::Facts", "Planned total dose"), "Gy"}},
        {QStringLiteral("rt_plan.fields_include_oral_cavity"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Fields include the oral cavity"), ""}},
        {QStringLiteral("rt_plan.fields_include_oropharynx"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Fields include the oropharynx"), ""}},
        {QStringLiteral("ecog"), {FactType::Number, QT_TRANSLATE_NOOP("muco::Facts", "ECOG performance status"), ""}},
        {QStringLiteral("life_expectancy_months"), {FactType::Number, QT_TRANSLATE_NOOP("muco::Facts", "Life expectancy"), QT_TRANSLATE_NOOP("muco::Facts", "months")}},
        {QStringLiteral("labs.wbc"), {FactType::Lab, QT_TRANSLATE_NOOP("muco::Facts", "WBC"), "10^9/L"}},
        {QStringLiteral("labs.hemoglobin"), {FactType::Lab, QT_TRANSLATE_NOOP("muco::Facts", "Hemoglobin"), "g/L"}},
        {QStringLiteral("labs.platelets"), {FactType::Lab, QT_TRANSLATE_NOOP("muco::Facts", "Platelets"), "10^9/L"}},
        {QStringLiteral("labs.alt"), {FactType::Lab, QT_TRANSLATE_NOOP("muco::Facts", "ALT"), "U/L"}},
        {QStringLiteral("labs.ast"), {FactType::Lab, QT_TRANSLATE_NOOP("muco::Facts", "AST"), "U/L"}},
        {QStringLiteral("labs.total_bilirubin"), {FactType::Lab, QT_TRANSLATE_NOOP("muco::Facts", "Total bilirubin"), "umol/L"}},
        {QStringLiteral("labs.creatinine"), {FactType::Lab, QT_TRANSLATE_NOOP("muco::Facts", "Creatinine"), "umol/L"}},
        {QStringLiteral("creatinine_clearance"), {FactType::Number, QT_TRANSLATE_NOOP("muco::Facts", "Creatinine clearance"), "mL/min"}},
        {QStringLiteral("ecg_clinically_significant_abnormality"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Clinically significant ECG abnormality"), ""}},
        {QStringLiteral("oral_mucosa_intact"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Oral mucosa intact"), ""}},
        {QStringLiteral("active_oral_infection"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Active oral infection"), ""}},
        {QStringLiteral("severe_periodontal_disease"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Severe periodontal disease"), ""}},
        {QStringLiteral("informed_consent_signed"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Informed consent signed"), ""}},
        {QStringLiteral("prior_head_neck_radiotherapy"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Previous head and neck radiotherapy"), ""}},
        {QStringLiteral("last_head_neck_surgery_date"), {FactType::Date, QT_TRANSLATE_NOOP("muco::Facts", "Last head and neck surgery"), ""}},
        {QStringLiteral("current_other_trial"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "In another clinical trial now"), ""}},
        {QStringLiteral("last_other_interventional_study_date"), {FactType::Date, QT_TRANSLATE_NOOP("muco::Facts", "Last other interventional study"), ""}},
        {QStringLiteral("significant_cardiovascular_disease"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Significant cardiovascular disease"), ""}},
        {QStringLiteral("cirrhosis"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Cirrhosis"), ""}},
        {QStringLiteral("chronic_renal_insufficiency"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Chronic renal insufficiency"), ""}},
        {QStringLiteral("active_systemic_infection_on_antimicrobials"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Active systemic infection on antimicrobials"), ""}},
        {QStringLiteral("autoimmune_disease_on_immunosuppression"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Autoimmune disease on immunosuppression"), ""}},
        {QStringLiteral("severe_psychiatric_disorder"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Severe psychiatric disorder"), ""}},
        {QStringLiteral("non_discontinuable_mucosal_protectant_or_anti_inflammatory"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Mucosal protectant or anti-inflammatory that cannot be stopped"), ""}},
        {QStringLiteral("long_term_immunosuppressants"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Long-term immunosuppressants"), ""}},
        {QStringLiteral("long_term_corticosteroid_prednisone_eq_mg_per_day"), {FactType::Number, QT_TRANSLATE_NOOP("muco::Facts", "Long-term corticosteroid (prednisone equivalent)"), QT_TRANSLATE_NOOP("muco::Facts", "mg/day")}},
        {QStringLiteral("unable_to_comply"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Unable to comprehend or comply"), ""}},
        {QStringLiteral("investigator_judges_unsuitable"), {FactType::Bool, QT_TRANSLATE_NOOP("muco::Facts", "Investigator judges unsuitable"), ""}},
    };
    return facts;
}

std::optional<Decimal> number(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    return Decimal::fromDouble(v.toDouble());
}

Result<Rule> parseRule(const QJsonObject &o, const QString &where)
{
    auto bad = [&](const QString &why) { return Error::invalid(where, why); };
    static const QStringList kinds{QStringLiteral("attest"), QStringLiteral("equals"), QStringLiteral("range"),
                                   QStringLiteral("uln_multiple"), QStringLiteral("within_days"),
                                   QStringLiteral("all"), QStringLiteral("any")};
    QString kindName;
    for (const QString &k : kinds)
        if (o.contains(k))
            kindName = k;
    if (kindName.isEmpty())
        return bad(Tr::tr("a rule needs one of %1").arg(kinds.join(QStringLiteral(", "))));
    Rule r;
    r.kind = static_cast<Rule::Kind>(kinds.indexOf(kindName));
    if (r.kind == Rule::Kind::All || r.kind == Rule::Kind::Any) {
        const QJsonArray children = o.value(kindName).toArray();
        if (children.isEmpty())
            return bad(Tr::tr("\"%1\" needs a list of rules").arg(kindName));
        for (qsizetype i = 0; i < children.size(); ++i) {
            auto child = parseRule(children[i].toObject(), where + QStringLiteral(".%1[%2]").arg(kindName).arg(i));
            if (!child.ok())
                return child.error();
            r.children.push_back(child.value());
        }
        return r;
    }
    r.fact = o.value(kindName).toString();
    const auto type = factType(r.fact);
    if (!type)
        return bad(Tr::tr("\"%1\" is not a known fact").arg(r.fact));
    auto needType = [&](std::initializer_list<FactType> ok) {
        for (FactType t : ok)
            if (*type == t)
                return true;
        return false;
    };
    r.min = number(o.value(QStringLiteral("min")));
    r.max = number(o.value(QStringLiteral("max")));
    r.minExclusive = o.value(QStringLiteral("min_exclusive")).toBool();
    r.maxExclusive = o.value(QStringLiteral("max_exclusive")).toBool();
    switch (r.kind) {
    case Rule::Kind::Attest:
        if (!needType({FactType::Bool}) || !o.value(QStringLiteral("expect")).isBool())
            return bad(Tr::tr("attest needs a yes/no fact and \"expect\": true or false"));
        r.expect = o.value(QStringLiteral("expect")).toBool();
        break;
    case Rule::Kind::Equals:
        if (!needType({FactType::Text}) || !o.value(QStringLiteral("value")).isString())
            return bad(Tr::tr("equals needs a text fact and a \"value\""));
        r.value = o.value(QStringLiteral("value")).toString();
        break;
    case Rule::Kind::Range:
        if (!needType({FactType::Number, FactType::Lab}) || (!r.min && !r.max))
            return bad(Tr::tr("range needs a number fact and \"min\" or \"max\""));
        break;
    case Rule::Kind::UlnMultiple:
        if (!needType({FactType::Lab}) || !r.max || r.max->isNegative() || r.max->isZero())
            return bad(Tr::tr("uln_multiple needs a lab fact and a positive \"max\""));
        break;
    case Rule::Kind::WithinDays:
        if (!needType({FactType::Date}) || !r.min || !r.max || !r.min->isInteger() || !r.max->isInteger() || *r.max < *r.min)
            return bad(Tr::tr("within_days needs a date fact and whole-day \"min\" <= \"max\""));
        break;
    default:
        break;
    }
    return r;
}

} // namespace

std::optional<FactType> factType(const QString &fact)
{
    auto it = catalogue().find(fact);
    if (it == catalogue().end())
        return std::nullopt;
    return it->type;
}

QString factLabel(const QString &fact)
{
    auto it = catalogue().find(fact);
    return it == catalogue().end() ? fact : QCoreApplication::translate("muco::Facts", it->label);
}

QString factUnit(const QString &fact)
{
    auto it = catalogue().find(fact);
    return it == catalogue().end() || !*it->unit ? QString() : QCoreApplication::translate("muco::Facts", it->unit);
}

QString factValueLabel(const QString &fact, const QString &value)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("rt_plan.intent/radical"), QT_TRANSLATE_NOOP("muco::Facts", "radical")},
        {QStringLiteral("rt_plan.intent/palliative"), QT_TRANSLATE_NOOP("muco::Facts", "palliative")},
        {QStringLiteral("sex/male"), QT_TRANSLATE_NOOP("muco::Facts", "male")},
        {QStringLiteral("sex/female"), QT_TRANSLATE_NOOP("muco::Facts", "female")},
    };
    const auto it = words.constFind(fact + QLatin1Char('/') + value);
    return it == words.constEnd() ? value : QCoreApplication::translate("muco::Facts", *it);
}

Result<Protocol> Protocol::fromJson(const QByteArray &json)
{
    QJsonParseError perr{};
    const QJsonObject root = QJsonDocument::fromJson(json, &perr).object();
    if (perr.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("protocol"), Tr::tr("is not valid JSON (%1)").arg(perr.errorString()));
    if (auto once = json::noDuplicateKeys(json); !once.ok())
        return Error::invalid(QStringLiteral("protocol.") + once.error().field, once.error().message);
    Protocol p;
    p.id = root.value(QStringLiteral("protocol")).toString();
    p.version = root.value(QStringLiteral("version")).toString();
    if (p.id.isEmpty())
        return Error::invalid(QStringLiteral("protocol"), Tr::tr("has no protocol identifier"));
    QSet<QString> seen;
    const QJsonArray criteria = root.value(QStringLiteral("criteria")).toArray();
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QJsonObject c = criteria[i].toObject();
        Criterion crit;
        crit.id = c.value(QStringLiteral("id")).toString();
        const QString where = QStringLiteral("criteria[%1]").arg(i);
        if (crit.id.isEmpty() || seen.contains(crit.id))
            return Error::invalid(where, Tr::tr("needs a unique id"));
        seen.insert(crit.id);
        const QString kind = c.value(QStringLiteral("kind")).toString();
        if (kind != QLatin1String("inclusion") && kind != QLatin1String("exclusion"))
            return Error::invalid(where, Tr::tr("kind must be inclusion or exclusion"));
        crit.inclusion = kind == QLatin1String("inclusion");
        const QJsonObject text = c.value(QStringLiteral("text")).toObject();
        crit.textEn = text.value(QStringLiteral("en")).toString();
        crit.textZh = text.value(QStringLiteral("zh_CN")).toString();
        if (crit.textEn.isEmpty())
            return Error::invalid(where, Tr::tr("needs an English text"));
        auto rule = parseRule(c.value(QStringLiteral("rule")).toObject(), crit.id);
        if (!rule.ok())
            return rule.error();
        crit.rule = rule.value();
        p.criteria.push_back(crit);
    }
    if (p.criteria.empty())
        return Error::invalid(QStringLiteral("criteria"), Tr::tr("the protocol lists no criteria"));
    const QJsonValue endpoint = root.value(QStringLiteral("primary_endpoint"));
    if (!endpoint.isUndefined()) {
        const QJsonObject e = endpoint.toObject();
        const QString scale = e.value(QStringLiteral("scale")).toString();
        const QList<QPair<Scale, int>> graded = {{Scale::Who, 4}, {Scale::Ctcae, 5}, {Scale::Rtog, 5}};
        bool known = false;
        for (const auto &[s, maxGrade] : graded) {
            if (scaleId(s) != scale)
                continue;
            known = true;
            p.primaryEndpoint.scale = s;
            const QJsonValue t = e.value(QStringLiteral("threshold"));
            // Checked on the double before any conversion to int.
            if (!t.isDouble() || t.toDouble() != std::floor(t.toDouble()) || t.toDouble() < 1 || t.toDouble() > maxGrade)
                return Error::invalid(QStringLiteral("primary_endpoint.threshold"),
                                      Tr::tr("must be a grade from 1 to %1 of that scale").arg(maxGrade));
            p.primaryEndpoint.threshold = static_cast<int>(t.toDouble());
        }
        if (!known)
            return Error::invalid(QStringLiteral("primary_endpoint.scale"), Tr::tr("must be who, ctcae or rtog"));
    }
    // The records a monitor verifies against the source in full: table names, checked against
    // the declared tables where they are used (records/SourceVerification), shaped here.
    const QJsonValue critical = root.value(QStringLiteral("monitoring")).toObject().value(QStringLiteral("sdv_critical"));
    if (!critical.isUndefined()) {
        static const QRegularExpression name(QStringLiteral("^[a-z_]{1,40}$"));
        if (!critical.isArray())
            return Error::invalid(QStringLiteral("monitoring.sdv_critical"), Tr::tr("must be a list of table names"));
        for (const QJsonValue &v : critical.toArray()) {
            if (!v.isString() || !name.match(v.toString()).hasMatch())
                return Error::invalid(QStringLiteral("monitoring.sdv_critical"), Tr::tr("must be a list of table names"));
            p.sdvCritical << v.toString();
        }
    }
    MUCO_READ(sample, parseSdvSamplePlan(root.value(QStringLiteral("monitoring")).toObject()));
    for (const QString &t : std::as_const(sample.tables))
        if (p.sdvCritical.contains(t))
            return Error::invalid(QStringLiteral("monitoring.sdv_sample_tables"),
                                  Tr::tr("%1 is critical already: every record of it is verified").arg(t));
    p.sdvSample = sample;
    const QJsonValue schedule = root.value(QStringLiteral("schedule"));
    if (!schedule.isUndefined()) {
        if (!schedule.isObject())
            return Error::invalid(QStringLiteral("schedule"), Tr::tr("must be an object with the visits"));
        MUCO_READ(visits, parseVisitSchedule(schedule.toObject()));
        p.visits = visits;
    }
    return p;
}

QString PrimaryEndpoint::label() const
{
    return Tr::tr("%1 grade >= %2").arg(scaleName(scale)).arg(threshold);
}

const Protocol &Protocol::nct07312656()
{
    static const Protocol protocol = [] {
        QFile f(QStringLiteral(":/protocol/NCT07312656.json"));
        f.open(QIODevice::ReadOnly);
        auto p = fromJson(f.readAll());
        // The file is compiled in and validated by a unit test; failing here is a build defect.
        Q_ASSERT_X(p.ok(), "Protocol", "the built-in protocol definition is invalid");
        return p.ok() ? p.value() : Protocol{};
    }();
    return protocol;
}

} // namespace muco
