#pragma once
// The fraction CSV of the radiotherapy information system (contracts/cli-trial.md,
// "fraction import"), read without touching the database: a header naming date, fraction
// (or fraction_number) and dose (or dose_gy) in any order, then one delivered fraction per
// line. Pure, so that the parser is fuzzed on its own (fuzz/fuzz_fraction_csv.cpp) and
// Radiotherapy::importCsv only decides what is new.
#include "clinical/Decimal.h"
#include "common/Result.h"
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>

namespace muco {

struct FractionCsvRow {
    int line = 0;   // 1-based, as an editor shows it
    QDate date;
    int number = 0;
    Decimal doseGy;
};

struct FractionCsv {
    QList<FractionCsvRow> rows;     // every well-formed line, in file order
    QMap<int, QString> refused;     // line -> why ("date \"2026-13-01\" is not a calendar date YYYY-MM-DD")
};

// Invalid (field "file") when the header lacks a column; lines that break a rule are
// refused one by one: a date that is not YYYY-MM-DD, in the future or before the plan starts,
// a fraction number outside 1..planFractions, a dose not above 0 and at most 30 Gy.
Result<FractionCsv> parseFractionCsv(const QByteArray &csv, int planFractions, const QDate &planStart, const QDate &today);

} // namespace muco
