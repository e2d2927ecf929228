#include "clinical/GradingJson.h"
#include "clinical/JsonFields.h"
#include "clinical/Decimal.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(json)
};

const QStringList kWhoKeys = {QStringLiteral("soreness"), QStringLiteral("erythema"), QStringLiteral("ulcers"), QStringLiteral("diet")};
const QStringList kCtcaeKeys = {QStringLiteral("findings_present"), QStringLiteral("symptoms"), QStringLiteral("ulcer"),
                                QStringLiteral("oral_intake"), QStringLiteral("life_threatening"),
                                QStringLiteral("urgent_intervention_indicated"), QStringLiteral("death")};
const QStringList kRtogKeys = {QStringLiteral("irritation"), QStringLiteral("pain"), QStringLiteral("analgesia"),
                               QStringLiteral("mucositis"), QStringLiteral("ulceration_hemorrhage_necrosis")};
const QStringList kOmasKeys = {QStringLiteral("sites")};
const QStringList kProKeys = {QStringLiteral("pro_ctcae_severity"), QStringLiteral("pro_ctcae_interference")};

// Every key a scale uses is required: an absent answer is never a silent "no" or "none".
Error required(const QString &key)
{
    return Error::invalid(key, Tr::tr("is required by this scale"));
}

template <typename E>
Result<E> choice(const QJsonObject &o, const QString &key, const QStringList &names)
{
    auto t = json::optChoice(o, key, {}, names);
    if (!t.ok())
        return t.error();
    if (!t.value())
        return required(key);
    return static_cast<E>(names.indexOf(*t.value()));
}

Status flag(const QJsonObject &o, const QString &key, bool &out)
{
    auto b = json::optBool(o, key, {});
    if (!b.ok())
        return b.error();
    if (!b.value())
        return required(key);
    out = *b.value();
    return {};
}

Result<int> score(const QJsonObject &site, const QString &key, const QString &path, int max)
{
    const QJsonValue v = site.value(key);
    const QString field = json::join(path, key);
    if (v.isUndefined() || v.isNull())
        return Error::invalid(field, Tr::tr("is required"));
    // The range is checked on the double before any conversion: converting 1e300 to int
    // is undefined behaviour.
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !(d >= 0 && d <= max) || std::floor(d) != d)
        return Error::invalid(field, Tr::tr("must be a whole number from 0 to %1").arg(max));
    return static_cast<int>(d);
}

// Sites left out (or null) are not assessable and not scored; every site given is scored.
Status readOmas(const QJsonObject &o, Findings &f)
{
    auto sites = json::optObject(o, QStringLiteral("sites"), {});
    if (!sites.ok())
        return sites.error();
    if (!sites.value())
        return required(QStringLiteral("sites"));
    QStringList ids;
    for (OmasSite s : omasSites())
        ids << omasSiteId(s);
    for (auto it = sites.value()->begin(); it != sites.value()->end(); ++it)
        if (!ids.contains(it.key()))
            return Error::invalid(QStringLiteral("sites.") + it.key(),
                                  Tr::tr("unknown OMAS site; use %1").arg(ids.join(QStringLiteral(", "))));
    for (OmasSite s : omasSites()) {
        const QString path = QStringLiteral("sites.") + omasSiteId(s);
        const QJsonValue v = sites.value()->value(omasSiteId(s));
        if (v.isUndefined() || v.isNull()) {
            f.omas.markNotAssessable(s);
            continue;
        }
        if (!v.isObject())
            return Error::invalid(path, Tr::tr("must be an object with ulceration and erythema"));
        const QJsonObject site = v.toObject();
        MUCO_TRY(json::onlyKeys(site, {QStringLiteral("ulceration"), QStringLiteral("erythema")}, path));
        auto ulceration = score(site, QStringLiteral("ulceration"), path, 3);
        if (!ulceration.ok())
            return ulceration.error();
        auto erythema = score(site, QStringLiteral("erythema"), path, 2);
        if (!erythema.ok())
            return erythema.error();
        f.omas.insert(s, {ulceration.value(), erythema.value()});
    }
    return {};
}

} // namespace

Result<Scale> parseScale(const QString &id)
{
    for (Scale s : {Scale::Who, Scale::Ctcae, Scale::Rtog, Scale::Omas})
        if (scaleId(s) == id)
            return s;
    return Error::usage(Tr::tr("\"%1\" is not a scale; use who, ctcae, rtog or omas.").arg(id));
}

Result<Findings> findingsFromJson(const QJsonObject &o, Scale scale)
{
    MUCO_TRY(json::onlyKeys(o, kWhoKeys + kCtcaeKeys + kRtogKeys + kOmasKeys + kProKeys, {}));
    Findings f;
    const QStringList severity{QStringLiteral("none"), QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")};
    switch (scale) {
    case Scale::Who: {
        MUCO_TRY(flag(o, QStringLiteral("soreness"), f.soreness));
        MUCO_TRY(flag(o, QStringLiteral("erythema"), f.erythema));
        MUCO_TRY(flag(o, QStringLiteral("ulcers"), f.ulcers));
        auto diet = choice<Diet>(o, QStringLiteral("diet"), {QStringLiteral("solid"), QStringLiteral("liquid"), QStringLiteral("none")});
        if (!diet.ok())
            return diet.error();
        f.diet = diet.value();
        break;
    }
    case Scale::Ctcae: {
        MUCO_TRY(flag(o, QStringLiteral("findings_present"), f.findingsPresent));
        MUCO_TRY(flag(o, QStringLiteral("ulcer"), f.ulcer));
        MUCO_TRY(flag(o, QStringLiteral("life_threatening"), f.lifeThreatening));
        MUCO_TRY(flag(o, QStringLiteral("urgent_intervention_indicated"), f.urgentInterventionIndicated));
        MUCO_TRY(flag(o, QStringLiteral("death"), f.death));
        auto symptoms = choice<Severity>(o, QStringLiteral("symptoms"), severity);
        if (!symptoms.ok())
            return symptoms.error();
        f.symptoms = symptoms.value();
        auto intake = choice<OralIntake>(o, QStringLiteral("oral_intake"),
                             {QStringLiteral("normal"), QStringLiteral("modified_diet"), QStringLiteral("interfered")});
        if (!intake.ok())
            return intake.error();
        f.oralIntake = intake.value();
        break;
    }
    case Scale::Rtog: {
        MUCO_TRY(flag(o, QStringLiteral("irritation"), f.irritation));
        MUCO_TRY(flag(o, QStringLiteral("ulceration_hemorrhage_necrosis"), f.ulcerationHemorrhageNecrosis));
        auto pain = choice<Severity>(o, QStringLiteral("pain"), severity);
        if (!pain.ok())
            return pain.error();
        f.pain = pain.value();
        auto analgesia = choice<Analgesia>(o, QStringLiteral("analgesia"),
                                {QStringLiteral("none"), QStringLiteral("non_narcotic"), QStringLiteral("narcotic")});
        if (!analgesia.ok())
            return analgesia.error();
        f.analgesia = analgesia.value();
        auto extent = choice<MucositisExtent>(o, QStringLiteral("mucositis"),
                             {QStringLiteral("none"), QStringLiteral("patchy"), QStringLiteral("confluent")});
        if (!extent.ok())
            return extent.error();
        f.mucositis = extent.value();
        break;
    }
    case Scale::Omas:
        MUCO_TRY(readOmas(o, f));
        break;
    }
    return f;
}

QJsonObject findingsToJson(const Findings &f)
{
    static const char *const severity[] = {"none", "mild", "moderate", "severe"};
    static const char *const diet[] = {"solid", "liquid", "none"};
    static const char *const intake[] = {"normal", "modified_diet", "interfered"};
    static const char *const analgesia[] = {"none", "non_narcotic", "narcotic"};
    static const char *const extent[] = {"none", "patchy", "confluent"};
    // Every site is written: a score, or null for a site not assessable.
    QJsonObject sites;
    for (OmasSite site : omasSites())
        sites.insert(omasSiteId(site), f.omas.isAssessable(site)
                                           ? QJsonValue(QJsonObject{{QStringLiteral("ulceration"), f.omas.score(site).ulceration},
                                                                    {QStringLiteral("erythema"), f.omas.score(site).erythema}})
                                           : QJsonValue());
    auto s = [](const char *text) { return QString::fromLatin1(text); };
    return {{QStringLiteral("soreness"), f.soreness},
            {QStringLiteral("erythema"), f.erythema},
            {QStringLiteral("ulcers"), f.ulcers},
            {QStringLiteral("diet"), s(diet[static_cast<int>(f.diet)])},
            {QStringLiteral("findings_present"), f.findingsPresent},
            {QStringLiteral("symptoms"), s(severity[static_cast<int>(f.symptoms)])},
            {QStringLiteral("ulcer"), f.ulcer},
            {QStringLiteral("oral_intake"), s(intake[static_cast<int>(f.oralIntake)])},
            {QStringLiteral("life_threatening"), f.lifeThreatening},
            {QStringLiteral("urgent_intervention_indicated"), f.urgentInterventionIndicated},
            {QStringLiteral("death"), f.death},
            {QStringLiteral("irritation"), f.irritation},
            {QStringLiteral("pain"), s(severity[static_cast<int>(f.pain)])},
            {QStringLiteral("analgesia"), s(analgesia[static_cast<int>(f.analgesia)])},
            {QStringLiteral("mucositis"), s(extent[static_cast<int>(f.mucositis)])},
            {QStringLiteral("ulceration_hemorrhage_necrosis"), f.ulcerationHemorrhageNecrosis},
            {QStringLiteral("sites"), sites}};
}

Result<Findings> findingsFromStoredJson(const QJsonObject &o)
{
    Findings all;
    for (Scale scale : {Scale::Who, Scale::Ctcae, Scale::Rtog, Scale::Omas}) {
        auto part = findingsFromJson(o, scale);
        if (!part.ok())
            return part.error();
        const Findings &f = part.value();
        switch (scale) {
        case Scale::Who:
            all.soreness = f.soreness; all.erythema = f.erythema; all.ulcers = f.ulcers; all.diet = f.diet;
            break;
        case Scale::Ctcae:
            all.findingsPresent = f.findingsPresent; all.symptoms = f.symptoms; all.ulcer = f.ulcer;
            all.oralIntake = f.oralIntake; all.lifeThreatening = f.lifeThreatening;
            all.urgentInterventionIndicated = f.urgentInterventionIndicated; all.death = f.death;
            break;
        case Scale::Rtog:
            all.irritation = f.irritation; all.pain = f.pain; all.analgesia = f.analgesia; all.mucositis = f.mucositis;
            all.ulcerationHemorrhageNecrosis = f.ulcerationHemorrhageNecrosis;
            break;
        case Scale::Omas:
            all.omas = f.omas;
            break;
        }
    }
    return all;
}

QJsonObject gradeToJson(const GradeResult &r)
{
    return {{QStringLiteral("scale"), scaleId(r.scale)},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("grade"), r.grade},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

QJsonObject omasToJson(const OmasResult &r)
{
    return {{QStringLiteral("scale"), scaleId(Scale::Omas)},
            {QStringLiteral("version"), scaleVersion(Scale::Omas)},
            {QStringLiteral("ulceration_total"), r.ulcerationTotal},
            {QStringLiteral("erythema_total"), r.erythemaTotal},
            {QStringLiteral("total"), r.total},
            {QStringLiteral("mean"), r.mean ? QJsonValue(roundTo(*r.mean, 4)) : QJsonValue()},
            {QStringLiteral("sites_scored"), r.sitesScored},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

} // namespace muco
