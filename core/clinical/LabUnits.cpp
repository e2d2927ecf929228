#include "clinical/LabUnits.h"
#include <QCoreApplication>

namespace muco {

namespace {
Decimal dec(const char *text) { return *Decimal::parse(QString::fromLatin1(text)); }
} // namespace

const QList<AnalyteInfo> &analytes()
{
    // Limits of the calculator contract (2nd ed.): ALT/AST 20000 U/L, bilirubin 1000 umol/L,
    // creatinine 10-3000 umol/L, measured clearance 300 mL/min; Hb 250 g/L, PLT 5000, WBC 1000.
    static const QList<AnalyteInfo> list = {
        {Analyte::Wbc, QStringLiteral("wbc"), QStringLiteral("10^9/L"),
         {{QStringLiteral("10^9/L")}, {QStringLiteral("10^3/uL")}, {QStringLiteral("/uL"), 1, 1000}},
         1000, false, false},
        {Analyte::Hemoglobin, QStringLiteral("hemoglobin"), QStringLiteral("g/L"),
         {{QStringLiteral("g/L")}, {QStringLiteral("g/dL"), 10}, {QStringLiteral("mmol/L"), dec("16.11")}},
         250, false, false},
        {Analyte::Platelets, QStringLiteral("platelets"), QStringLiteral("10^9/L"),
         {{QStringLiteral("10^9/L")}, {QStringLiteral("10^3/uL")}, {QStringLiteral("/uL"), 1, 1000}},
         5000, false, false},
        {Analyte::Neutrophils, QStringLiteral("neutrophils"), QStringLiteral("10^9/L"),
         {{QStringLiteral("10^9/L")}, {QStringLiteral("10^3/uL")}, {QStringLiteral("/uL"), 1, 1000}},
         1000, false, false},
        {Analyte::Alt, QStringLiteral("alt"), QStringLiteral("U/L"),
         {{QStringLiteral("U/L")}, {QStringLiteral("IU/L")}}, 20000, false, true},
        {Analyte::Ast, QStringLiteral("ast"), QStringLiteral("U/L"),
         {{QStringLiteral("U/L")}, {QStringLiteral("IU/L")}}, 20000, false, true},
        {Analyte::TotalBilirubin, QStringLiteral("total_bilirubin"), QStringLiteral("umol/L"),
         {{QStringLiteral("umol/L")}, {QStringLiteral("mg/dL"), dec("17.1")}}, 1000, false, true},
        {Analyte::Creatinine, QStringLiteral("creatinine"), QStringLiteral("umol/L"),
         {{QStringLiteral("umol/L")}, {QStringLiteral("mg/dL"), dec("88.4")}}, 3000, true, true, 10},
        {Analyte::CreatinineClearance, QStringLiteral("creatinine_clearance"), QStringLiteral("mL/min"),
         {{QStringLiteral("mL/min")}}, 300, false, false},
    };
    return list;
}

const AnalyteInfo *analyteByKey(const QString &key)
{
    for (const AnalyteInfo &a : analytes())
        if (a.key == key)
            return &a;
    return nullptr;
}

const AnalyteInfo &analyteInfo(Analyte a)
{
    for (const AnalyteInfo &info : analytes())
        if (info.analyte == a)
            return info;
    return analytes().front();
}

QString analyteLabel(Analyte a)
{
    const char *text = "";
    switch (a) {
    case Analyte::Wbc: text = QT_TRANSLATE_NOOP("muco::Labs", "WBC"); break;
    case Analyte::Hemoglobin: text = QT_TRANSLATE_NOOP("muco::Labs", "Hemoglobin"); break;
    case Analyte::Platelets: text = QT_TRANSLATE_NOOP("muco::Labs", "Platelets"); break;
    case Analyte::Neutrophils: text = QT_TRANSLATE_NOOP("muco::Labs", "Neutrophils"); break;
    case Analyte::Alt: text = QT_TRANSLATE_NOOP("muco::Labs", "ALT"); break;
    case Analyte::Ast: text = QT_TRANSLATE_NOOP("muco::Labs", "AST"); break;
    case Analyte::TotalBilirubin: text = QT_TRANSLATE_NOOP("muco::Labs", "Total bilirubin"); break;
    case Analyte::Creatinine: text = QT_TRANSLATE_NOOP("muco::Labs", "Creatinine"); break;
    case Analyte::CreatinineClearance: text = QT_TRANSLATE_NOOP("muco::Labs", "Creatinine clearance"); break;
    }
    return QCoreApplication::translate("muco::Labs", text);
}

std::optional<Decimal> toSi(const AnalyteInfo &info, const Decimal &value, const QString &unit)
{
    for (const UnitFactor &u : info.units) {
        if (u.unit != unit)
            continue;
        if (u.divide == Decimal(1))
            return value * u.multiply;
        // Division by a power of ten stays exact: shift the decimal point.
        if (u.divide == Decimal(1000))
            return value * *Decimal::parse(QStringLiteral("0.001"));
        return std::nullopt;
    }
    return std::nullopt;
}

double toSiDouble(const AnalyteInfo &info, const Decimal &value, const QString &unit)
{
    auto si = toSi(info, value, unit);
    return si ? si->toDouble() : 0.0;
}

namespace {
// The messages keep their translation context (they were written for the eligibility engine).
struct ValueTr {
    Q_DECLARE_TR_FUNCTIONS(Eligibility)
};
} // namespace

Status validateLabValue(const QString &key, const LabValue &lab)
{
    const QString path = QStringLiteral("labs.%1").arg(key);
    const AnalyteInfo *info = analyteByKey(key);
    if (!info)
        return Error::invalid(path, ValueTr::tr("unknown laboratory test"));
    const auto si = toSi(*info, lab.value, lab.unit);
    if (!si) {
        QStringList units;
        for (const UnitFactor &u : info->units)
            units << u.unit;
        return Error::invalid(path + QStringLiteral(".unit"),
                              ValueTr::tr("\"%1\" is not an accepted unit; use %2").arg(lab.unit, units.join(QStringLiteral(", "))));
    }
    if (lab.value.isNegative())
        return Error::invalid(path + QStringLiteral(".value"), ValueTr::tr("cannot be negative"));
    if (info->mustBePositive && lab.value.isZero())
        return Error::invalid(path + QStringLiteral(".value"), ValueTr::tr("must be above zero"));
    if (*si < info->siMinimum)
        return Error::invalid(path + QStringLiteral(".value"),
                              ValueTr::tr("%1 %2 is physiologically implausible (below %3 %4)")
                                  .arg(lab.value.toString(), lab.unit, info->siMinimum.toString(), info->siUnit));
    if (*si > info->siMaximum)
        return Error::invalid(path + QStringLiteral(".value"),
                              ValueTr::tr("%1 %2 is physiologically impossible (above %3 %4)")
                                  .arg(lab.value.toString(), lab.unit, info->siMaximum.toString(), info->siUnit));
    if (lab.uln && (lab.uln->isNegative() || lab.uln->isZero()))
        return Error::invalid(path + QStringLiteral(".uln"), ValueTr::tr("the upper limit of normal must be above zero"));
    if (lab.uln) {
        const auto uln = toSi(*info, *lab.uln, lab.unit);
        if (uln && *uln > info->siMaximum)
            return Error::invalid(path + QStringLiteral(".uln"), ValueTr::tr("the upper limit of normal is implausibly high"));
    }
    return {};
}

PlausibleRange plausibleRange(const AnalyteInfo &info)
{
    switch (info.analyte) {
    case Analyte::Wbc: return {dec("0.1"), 200};
    case Analyte::Hemoglobin: return {30, 220};
    case Analyte::Platelets: return {1, 2000};
    case Analyte::Neutrophils: return {dec("0.01"), 100};
    case Analyte::Alt:
    case Analyte::Ast: return {1, 5000};
    case Analyte::TotalBilirubin: return {2, 700};
    case Analyte::Creatinine: return {20, 2000};
    case Analyte::CreatinineClearance: return {5, 250};
    }
    return {0, info.siMaximum};
}

QStringList likelierUnits(const AnalyteInfo &info, const Decimal &value, const QString &unit)
{
    const PlausibleRange r = plausibleRange(info);
    auto plausible = [&](const QString &u) {
        const auto si = toSi(info, value, u);
        return si && !(*si < r.low) && !(*si > r.high);
    };
    if (plausible(unit))
        return {};
    QStringList out;
    for (const UnitFactor &u : info.units)
        if (u.unit != unit && plausible(u.unit))
            out << u.unit;
    return out;
}

} // namespace muco
