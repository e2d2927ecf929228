// The fraction CSV exported by the radiotherapy information system (`fraction import`,
// the desktop's Import): the parser Radiotherapy::importCsv reads it with, for a plan of 30
// fractions that started on 2026-11-02, on 2026-11-29.
#include "FuzzTarget.h"
#include "records/FractionCsv.h"

using namespace muco;

extern "C" int LLVMFuzzerInitialize(int *, char ***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto parsed = parseFractionCsv(fuzz::bytes(data, size), 30, QDate(2026, 11, 2), QDate(2026, 11, 29));
    if (!parsed.ok())
        return 0;
    // What the parser promises the importer, checked on every input.
    for (const FractionCsvRow &row : parsed->rows)
        if (row.number < 1 || row.number > 30 || !row.date.isValid() || row.date > QDate(2026, 11, 29)
            || row.doseGy <= Decimal(0) || row.doseGy > Decimal(30) || parsed->refused.contains(row.line))
            __builtin_trap();
    return 0;
}
