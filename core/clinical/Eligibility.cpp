#include "clinical/Eligibility.h"
#include "clinical/LabUnits.h"
#include "clinical/Protocol.h"
#include "clinical/Tri.h"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Eligibility)
};

// An exact rational num/den (den > 0): Cockcroft-Gault divides, decisions must not round.
struct Exact {
    Decimal num;
    Decimal den{1};
    int compare(const Decimal &t) const { return num.compare(t * den); }
    double toDouble() const { return divide(num, den); }
};

// A number known exactly (lo == hi) or only within bounds (sex unknown in Cockcroft-Gault).
struct NumberFact {
    bool known = false;
    bool interval = false;   // lo < hi: only bounds are known
    Exact lo, hi;
    QString display;   // as quoted in the detail; empty for a computed value, shown against its thresholds
    QString computedNote;   // "(Cockcroft-Gault)"
    QString unit;
};

// At most two decimals, without trailing zeros: 79.5, 0.88, 100.
QString show(double v)
{
    QString s = QString::number(roundTo(v, 2), 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

// A computed value as a reader will compare it with the thresholds: two decimals where
// they tell the truth, more where rounding would reverse or blur a comparison (49.996
// is not "50 < 50"), rounded away from the bound when even 12 decimals cannot show it.
QString showAgainst(const Exact &x, const QList<Decimal> &thresholds)
{
    const double v = x.toDouble();
    for (int places = 2; places <= 12; ++places) {
        QString s = QString::number(v, 'f', places);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        const auto shown = Decimal::parse(s);
        bool agrees = shown.has_value();
        for (const Decimal &t : thresholds)
            agrees = agrees && (shown->compare(t) > 0) == (x.compare(t) > 0) && (shown->compare(t) < 0) == (x.compare(t) < 0);
        if (agrees)
            return s;
    }
    // Within about 10^-12 of a bound, where even a double cannot tell the sides apart:
    // round away from the bound, to the bound -/+ 10^-12 (true, and off by less than that).
    const Decimal *nearest = nullptr;
    for (const Decimal &t : thresholds)
        if (!nearest || std::abs(t.toDouble() - v) < std::abs(nearest->toDouble() - v))
            nearest = &t;
    static const Decimal step = *Decimal::parse(QStringLiteral("1e-12"));
    if (nearest && x.compare(*nearest) < 0)
        return (*nearest - step).toString();
    if (nearest && x.compare(*nearest) > 0)
        return (*nearest + step).toString();
    return show(v);
}

// The constants of Cockcroft-Gault, parsed once (thread-safe static initialisation).
const Decimal &umolPerMgDl()
{
    static const Decimal v = *Decimal::parse(QStringLiteral("88.4"));
    return v;
}
const Decimal &femaleFactor()
{
    static const Decimal v = *Decimal::parse(QStringLiteral("0.85"));
    return v;
}

QString yesNo(bool b) { return b ? Tr::tr("yes") : Tr::tr("no"); }

struct Evaluator {
    const EligibilityInput &in;

    std::optional<int> age() const
    {
        if (!in.birthDate || !in.assessmentDate)
            return std::nullopt;
        return completedYears(*in.birthDate, *in.assessmentDate);
    }

    NumberFact creatinineClearance() const
    {
        NumberFact f;
        const QString unit = factUnit(QStringLiteral("creatinine_clearance"));
        if (in.labs.contains(QStringLiteral("creatinine_clearance"))) {
            const Decimal v = in.labs[QStringLiteral("creatinine_clearance")].value;
            f.known = true;
            f.lo = f.hi = Exact{v};
            f.display = Tr::tr("%1 %2 (measured)").arg(v.toString(), unit);
            return f;
        }
        const auto a = age();
        if (!a || !in.numbers.contains(QStringLiteral("weight_kg")) || !in.labs.contains(QStringLiteral("creatinine")))
            return f;
        const LabValue &cr = in.labs[QStringLiteral("creatinine")];
        // CrCl = (140 - age) x weight / (72 x creatinine mg/dL); mg/dL = umol/L / 88.4.
        Decimal num = Decimal(140 - *a) * in.numbers[QStringLiteral("weight_kg")];
        Decimal den = Decimal(72) * cr.value;
        if (cr.unit == QLatin1String("umol/L"))
            num = num * umolPerMgDl();
        const Exact male{num, den};
        const Exact female{num * femaleFactor(), den};
        const QString sex = in.texts.value(QStringLiteral("sex"));
        f.known = true;
        if (sex == QLatin1String("female")) {
            f.lo = f.hi = female;
        } else if (sex == QLatin1String("male")) {
            f.lo = f.hi = male;
        } else {
            f.lo = female;
            f.hi = male;
            f.interval = true;
            f.computedNote = Tr::tr("(Cockcroft-Gault; sex not recorded)");
            f.unit = unit;
            return f;
        }
        f.computedNote = Tr::tr("(Cockcroft-Gault)");
        f.unit = unit;
        return f;
    }

    NumberFact number(const QString &fact) const
    {
        NumberFact f;
        const QString unit = factUnit(fact);
        auto withUnit = [&](const QString &v) { return unit.isEmpty() ? v : v + QLatin1Char(' ') + unit; };
        if (fact == QLatin1String("age_years")) {
            if (auto a = age()) {
                f.known = true;
                f.lo = f.hi = Exact{Decimal(*a)};
                f.display = withUnit(QString::number(*a));
            }
            return f;
        }
        if (fact == QLatin1String("creatinine_clearance"))
            return creatinineClearance();
        if (fact.startsWith(QLatin1String("labs."))) {
            const QString key = fact.mid(5);
            if (!in.labs.contains(key))
                return f;
            const LabValue &lab = in.labs[key];
            const AnalyteInfo *info = analyteByKey(key);
            const auto si = toSi(*info, lab.value, lab.unit);
            f.known = si.has_value();
            f.lo = f.hi = Exact{si.value_or(Decimal())};
            f.display = lab.unit == info->siUnit
                ? QStringLiteral("%1 %2").arg(lab.value.toString(), lab.unit)
                : QStringLiteral("%1 %2 (%3 %4)").arg(lab.value.toString(), lab.unit, si ? si->toString() : QString(), info->siUnit);
            return f;
        }
        if (in.numbers.contains(fact)) {
            f.known = true;
            f.lo = f.hi = Exact{in.numbers[fact]};
            f.display = withUnit(in.numbers[fact].toString());
        }
        return f;
    }

    Tri range(const Rule &r, QStringList &details) const
    {
        const NumberFact f = number(r.fact);
        const QString label = factLabel(r.fact);
        if (!f.known) {
            details << Tr::tr("%1 not recorded").arg(label);
            return Tri::Unknown;
        }
        Tri result = Tri::True;
        QStringList relations;
        // An interval that straddles a bound decides nothing there, and says so.
        auto relation = [](Tri t, const QString &ok, const QString &bad, const Decimal &bound) {
            if (t == Tri::Unknown)
                return Tr::tr("on both sides of %1").arg(bound.toString());
            return QStringLiteral("%1 %2").arg(t == Tri::False ? bad : ok, bound.toString());
        };
        QList<Decimal> bounds;
        if (r.min) {
            // Whole interval above the bound: holds; whole interval below: fails.
            const bool loOk = r.minExclusive ? f.lo.compare(*r.min) > 0 : f.lo.compare(*r.min) >= 0;
            const bool hiOk = r.minExclusive ? f.hi.compare(*r.min) > 0 : f.hi.compare(*r.min) >= 0;
            const Tri t = loOk ? Tri::True : (hiOk ? Tri::Unknown : Tri::False);
            result = triAnd(result, t);
            relations << relation(t, r.minExclusive ? QStringLiteral(">") : QStringLiteral(">="),
                                  r.minExclusive ? QStringLiteral("<=") : QStringLiteral("<"), *r.min);
            bounds << *r.min;
        }
        if (r.max) {
            const bool hiOk = r.maxExclusive ? f.hi.compare(*r.max) < 0 : f.hi.compare(*r.max) <= 0;
            const bool loOk = r.maxExclusive ? f.lo.compare(*r.max) < 0 : f.lo.compare(*r.max) <= 0;
            const Tri t = hiOk ? Tri::True : (loOk ? Tri::Unknown : Tri::False);
            result = triAnd(result, t);
            relations << relation(t, r.maxExclusive ? QStringLiteral("<") : QStringLiteral("<="),
                                  r.maxExclusive ? QStringLiteral(">=") : QStringLiteral(">"), *r.max);
            bounds << *r.max;
        }
        QString display = f.display;
        if (display.isEmpty()) {
            display = f.interval ? QStringLiteral("%1-%2").arg(showAgainst(f.lo, bounds), showAgainst(f.hi, bounds))
                                 : showAgainst(f.lo, bounds);
            if (!f.unit.isEmpty())
                display += QLatin1Char(' ') + f.unit;
            if (!f.computedNote.isEmpty())
                display += QLatin1Char(' ') + f.computedNote;
        }
        details << QStringLiteral("%1 %2 %3").arg(label, display, relations.join(Tr::tr(" and ")));
        return result;
    }

    Tri ulnMultiple(const Rule &r, QStringList &details) const
    {
        const QString key = r.fact.mid(5);
        const QString label = factLabel(r.fact);
        if (!in.labs.contains(key)) {
            details << Tr::tr("%1 not recorded").arg(label);
            return Tri::Unknown;
        }
        const LabValue &lab = in.labs[key];
        if (!lab.uln && lab.ulnEitherSex)
            return ulnMultipleEitherSex(r, label, lab, details);
        if (!lab.uln) {
            details << Tr::tr("%1 %2 %3, upper limit of normal not recorded").arg(label, lab.value.toString(), lab.unit);
            return Tri::Unknown;
        }
        // value <= k x ULN on the decimals as entered (same unit for both), and shown so:
        // the limit k x ULN is an exact decimal in the value's own unit, never a rounded ratio.
        const Decimal limit = *r.max * *lab.uln;
        const bool ok = lab.value <= limit;
        details << Tr::tr("%1 %2 %3 %4 %5 %3 = %6 x ULN (ULN %7 %3)")
                       .arg(label, lab.value.toString(), lab.unit, ok ? QStringLiteral("<=") : QStringLiteral(">"),
                            limit.toString(), r.max->toString(), lab.uln->toString());
        return triFrom(ok);
    }

    // Sex not recorded: within k x the lower ULN passes and beyond k x the higher fails for
    // either sex; between the two the criterion waits for the patient's sex.
    static Tri ulnMultipleEitherSex(const Rule &r, const QString &label, const LabValue &lab, QStringList &details)
    {
        const auto [a, b] = *lab.ulnEitherSex;
        const Decimal low = std::min(a, b), high = std::max(a, b);
        const Decimal lowLimit = *r.max * low, highLimit = *r.max * high;
        if (lab.value <= lowLimit) {
            details << Tr::tr("%1 %2 %3 <= %4 %3 = %5 x the lower ULN of either sex (ULN %6 or %7 %3)")
                           .arg(label, lab.value.toString(), lab.unit, lowLimit.toString(), r.max->toString(),
                                low.toString(), high.toString());
            return Tri::True;
        }
        if (lab.value > highLimit) {
            details << Tr::tr("%1 %2 %3 > %4 %3 = %5 x the higher ULN of either sex (ULN %6 or %7 %3)")
                           .arg(label, lab.value.toString(), lab.unit, highLimit.toString(), r.max->toString(),
                                low.toString(), high.toString());
            return Tri::False;
        }
        details << Tr::tr("%1 %2 %3 is within %4 x ULN for one sex only (limit %5 %3 with ULN %6, %7 %3 with ULN %8): "
                          "sex not recorded")
                       .arg(label, lab.value.toString(), lab.unit, r.max->toString(), lowLimit.toString(), low.toString(),
                            highLimit.toString(), high.toString());
        return Tri::Unknown;
    }

    Tri withinDays(const Rule &r, QStringList &details) const
    {
        const QString label = factLabel(r.fact);
        if (!in.dates.contains(r.fact)) {
            details << Tr::tr("%1 not recorded").arg(label);
            return Tri::Unknown;
        }
        const DateFact d = in.dates[r.fact];
        if (d.none) {
            details << Tr::tr("%1: none").arg(label);
            return Tri::False;
        }
        if (!in.assessmentDate) {
            details << Tr::tr("%1 %2, assessment date not recorded").arg(label, d.date.toString(Qt::ISODate));
            return Tri::Unknown;
        }
        const qint64 days = d.date.daysTo(*in.assessmentDate);
        const bool inside = Decimal(days) >= *r.min && Decimal(days) <= *r.max;
        details << Tr::tr("%1 %2, %3 days before assessment (%4 %5-%6 days)")
                       .arg(label, d.date.toString(Qt::ISODate)).arg(days)
                       .arg(inside ? Tr::tr("within") : Tr::tr("outside"), r.min->toString(), r.max->toString());
        return triFrom(inside);
    }

    Tri eval(const Rule &r, QStringList &details) const
    {
        switch (r.kind) {
        case Rule::Kind::Attest: {
            if (!in.flags.contains(r.fact)) {
                details << Tr::tr("%1 not recorded").arg(factLabel(r.fact));
                return Tri::Unknown;
            }
            details << QStringLiteral("%1: %2").arg(factLabel(r.fact), yesNo(in.flags[r.fact]));
            return triFrom(in.flags[r.fact] == r.expect);
        }
        case Rule::Kind::Equals: {
            if (!in.texts.contains(r.fact)) {
                details << Tr::tr("%1 not recorded").arg(factLabel(r.fact));
                return Tri::Unknown;
            }
            details << QStringLiteral("%1: %2").arg(factLabel(r.fact), factValueLabel(r.fact, in.texts[r.fact]));
            return triFrom(in.texts[r.fact] == r.value);
        }
        case Rule::Kind::Range: return range(r, details);
        case Rule::Kind::UlnMultiple: return ulnMultiple(r, details);
        case Rule::Kind::WithinDays: return withinDays(r, details);
        case Rule::Kind::All:
        case Rule::Kind::Any: {
            const bool all = r.kind == Rule::Kind::All;
            Tri acc = all ? Tri::True : Tri::False;
            for (const Rule &c : r.children)
                acc = all ? triAnd(acc, eval(c, details)) : triOr(acc, eval(c, details));
            return acc;
        }
        }
        return Tri::Unknown;
    }
};

} // namespace

namespace {

struct NumberLimit {
    const char *fact;
    const char *min;
    const char *max;
    bool integer;
    bool minExclusive;
};

} // namespace

int completedYears(const QDate &birth, const QDate &on)
{
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

Status validateEligibilityInput(const EligibilityInput &in)
{
    if (in.birthDate && in.assessmentDate) {
        if (*in.birthDate > *in.assessmentDate)
            return Error::invalid(QStringLiteral("birth_date"), Tr::tr("is after the assessment date"));
        if (completedYears(*in.birthDate, *in.assessmentDate) > 130)
            return Error::invalid(QStringLiteral("birth_date"), Tr::tr("gives an age above 130 years"));
    }
    static const NumberLimit limits[] = {
        {"weight_kg", "20", "350", false, false},   // contract 2nd ed.
        {"rt_plan.total_dose_gy", "0", "200", false, true},
        {"ecog", "0", "5", true, false},
        {"life_expectancy_months", "0", "1200", false, false},
        {"long_term_corticosteroid_prednisone_eq_mg_per_day", "0", "5000", false, false},
    };
    for (const NumberLimit &l : limits) {
        const QString fact = QString::fromLatin1(l.fact);
        if (!in.numbers.contains(fact))
            continue;
        const Decimal v = in.numbers[fact];
        const Decimal min = *Decimal::parse(QString::fromLatin1(l.min));
        const Decimal max = *Decimal::parse(QString::fromLatin1(l.max));
        if (l.integer && !v.isInteger())
            return Error::invalid(fact, Tr::tr("must be a whole number"));
        // With the fact's unit (a walkthrough read "700 is impossible" under Weight: 700 what?).
        const QString unit = factUnit(fact);
        const auto inUnit = [&](const Decimal &d) { return unit.isEmpty() ? d.toString() : d.toString() + QLatin1Char(' ') + unit; };
        if ((l.minExclusive ? v <= min : v < min) || v > max)
            return Error::invalid(fact, Tr::tr("%1 is impossible (allowed %2%3 to %4)")
                                            .arg(inUnit(v), l.minExclusive ? Tr::tr("above ") : QString(), min.toString(), inUnit(max)));
    }
    if (in.texts.contains(QStringLiteral("sex")) && in.texts[QStringLiteral("sex")] != QLatin1String("male")
        && in.texts[QStringLiteral("sex")] != QLatin1String("female"))
        return Error::invalid(QStringLiteral("sex"), Tr::tr("use \"male\" or \"female\""));
    if (in.texts.contains(QStringLiteral("rt_plan.intent")) && in.texts[QStringLiteral("rt_plan.intent")] != QLatin1String("radical")
        && in.texts[QStringLiteral("rt_plan.intent")] != QLatin1String("palliative"))
        return Error::invalid(QStringLiteral("rt_plan.intent"), Tr::tr("use \"radical\" or \"palliative\""));
    for (auto it = in.dates.cbegin(); it != in.dates.cend(); ++it)
        if (!it->none && in.assessmentDate && it->date > *in.assessmentDate)
            return Error::invalid(it.key(), Tr::tr("%1 is after the assessment date").arg(it->date.toString(Qt::ISODate)));
    for (auto it = in.labs.cbegin(); it != in.labs.cend(); ++it)
        MUCO_TRY(validateLabValue(it.key(), it.value()));
    return {};
}

EligibilityResult evaluateEligibility(const Protocol &protocol, const EligibilityInput &in)
{
    const Evaluator ev{in};
    EligibilityResult result;
    result.protocol = protocol.id;
    bool anyFail = false, anyMissing = false;
    for (const Criterion &c : protocol.criteria) {
        QStringList details;
        const Tri t = ev.eval(c.rule, details);
        // An exclusion rule describes the condition that excludes: present means fail.
        const Tri satisfied = c.inclusion ? t : (t == Tri::Unknown ? Tri::Unknown : triFrom(t == Tri::False));
        CriterionResult r{c.id, c.inclusion,
                          satisfied == Tri::True ? CriterionOutcome::Pass
                                                 : (satisfied == Tri::False ? CriterionOutcome::Fail : CriterionOutcome::Missing),
                          details.join(QStringLiteral("; "))};
        anyFail |= r.outcome == CriterionOutcome::Fail;
        anyMissing |= r.outcome == CriterionOutcome::Missing;
        result.criteria.append(r);
    }
    result.status = anyFail ? EligibilityStatus::Ineligible
                            : (anyMissing ? EligibilityStatus::Incomplete : EligibilityStatus::Eligible);

    EligibilityDerived &d = result.derived;
    d.ageYears = ev.age();
    const NumberFact crcl = ev.creatinineClearance();
    if (crcl.known && !crcl.interval) {
        d.creatinineClearance = roundTo(crcl.lo.toDouble(), 2);
        d.creatinineClearanceSource = in.labs.contains(QStringLiteral("creatinine_clearance"))
            ? QStringLiteral("measured") : QStringLiteral("cockcroft_gault");
    }
    static const QList<QPair<QString, QString>> siNames = {
        {QStringLiteral("wbc"), QStringLiteral("wbc_10e9_l")},
        {QStringLiteral("hemoglobin"), QStringLiteral("hemoglobin_g_l")},
        {QStringLiteral("platelets"), QStringLiteral("platelets_10e9_l")},
        {QStringLiteral("neutrophils"), QStringLiteral("neutrophils_10e9_l")},
        {QStringLiteral("alt"), QStringLiteral("alt_u_l")},
        {QStringLiteral("ast"), QStringLiteral("ast_u_l")},
        {QStringLiteral("total_bilirubin"), QStringLiteral("total_bilirubin_umol_l")},
        {QStringLiteral("creatinine"), QStringLiteral("creatinine_umol_l")},
    };
    for (const auto &[key, name] : siNames) {
        if (!in.labs.contains(key))
            continue;
        const LabValue &lab = in.labs[key];
        d.values.append({name, roundTo(toSiDouble(*analyteByKey(key), lab.value, lab.unit), 4)});
        if (lab.uln)
            d.values.append({key + QStringLiteral("_x_uln"), roundTo(divide(lab.value, *lab.uln), 4)});
    }
    return result;
}

QString outcomeId(CriterionOutcome o)
{
    switch (o) {
    case CriterionOutcome::Pass: return QStringLiteral("pass");
    case CriterionOutcome::Fail: return QStringLiteral("fail");
    case CriterionOutcome::Missing: return QStringLiteral("missing");
    }
    return {};
}

QString statusId(EligibilityStatus s)
{
    switch (s) {
    case EligibilityStatus::Eligible: return QStringLiteral("eligible");
    case EligibilityStatus::Ineligible: return QStringLiteral("ineligible");
    case EligibilityStatus::Incomplete: return QStringLiteral("incomplete");
    }
    return {};
}

} // namespace muco
