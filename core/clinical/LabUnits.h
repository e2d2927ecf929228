#pragma once
// Laboratory analytes, the units each accepts, their conversion to the SI unit used
// for decisions, and the limits beyond which a value is physiologically impossible.
// Conversions (shared/clinical/reference.md) are exact decimal factors.
#include "clinical/Decimal.h"
#include "common/Result.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace muco {

enum class Analyte { Wbc, Hemoglobin, Platelets, Neutrophils, Alt, Ast, TotalBilirubin, Creatinine, CreatinineClearance };

struct UnitFactor {
    QString unit;
    Decimal multiply{1};
    Decimal divide{1};   // "/uL" -> 10^9/L divides by 1000
};

struct AnalyteInfo {
    Analyte analyte;
    QString key;           // snake_case key of the calculator contract
    QString siUnit;
    QList<UnitFactor> units;
    Decimal siMaximum;     // above this, the value is impossible
    bool mustBePositive;   // zero is impossible (creatinine divides)
    bool hasUln;           // compared as a multiple of the upper limit of normal
    Decimal siMinimum{0};  // below this, the value is implausible (creatinine: 10 umol/L)
};

const QList<AnalyteInfo> &analytes();
const AnalyteInfo *analyteByKey(const QString &key);
const AnalyteInfo &analyteInfo(Analyte a);
QString analyteLabel(Analyte a);   // translated: "Haemoglobin"

// The value in the analyte's SI unit; empty when the unit is not accepted.
std::optional<Decimal> toSi(const AnalyteInfo &info, const Decimal &value, const QString &unit);
// Exact for units whose factor is a plain multiplication; for divisions the value is
// rounded to 6 decimals (display only).
double toSiDouble(const AnalyteInfo &info, const Decimal &value, const QString &unit);

struct LabValue {
    // A constructor, not an aggregate: {value, unit} and {value, unit, uln} stay the way to
    // write one, and the pair for an unknown sex is set only where it is known.
    LabValue() = default;
    LabValue(Decimal v, QString u, std::optional<Decimal> upper = std::nullopt)
        : value(std::move(v)), unit(std::move(u)), uln(std::move(upper)) {}
    Decimal value;
    QString unit;
    std::optional<Decimal> uln;   // same unit as value
    // Sex not recorded and the sexes' ULNs differ (creatinine): both, in the value's unit,
    // and no `uln`. A ULN rule then decides only what it decides for either sex.
    std::optional<std::pair<Decimal, Decimal>> ulnEitherSex;
};

// One lab value: accepted unit, not negative, not physiologically impossible; the error
// names labs.<key>.value, .unit or .uln.
Status validateLabValue(const QString &key, const LabValue &lab);

// The range (SI) within which a value is plausible for a patient of this trial, narrower than
// the impossible limits above: a value outside it in the chosen unit but inside it in another
// unit of the analyte was most likely entered in the wrong unit (Hb 12.1 "g/L" is 12.1 g/dL).
struct PlausibleRange {
    Decimal low;
    Decimal high;
};
PlausibleRange plausibleRange(const AnalyteInfo &info);
// The analyte's other units in which `value` is plausible, when it is not plausible in `unit`;
// empty when the value is plausible as entered or in no unit at all.
QStringList likelierUnits(const AnalyteInfo &info, const Decimal &value, const QString &unit);

} // namespace muco
