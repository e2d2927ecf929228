#pragma once
// One CSV file per domain (named after the CDISC SDTM domain where one fits: DM, IE, PR, LB,
// EX, AE; MU for the mucositis grades, RAND and RTPLAN where SDTM has none) and one data
// dictionary (dictionary.csv), from ExportSchema. UTF-8 without a byte-order mark, a header
// line, RFC 4180 quoting, ISO 8601 dates: R's read.csv and pandas.read_csv read them without
// options. Rows are ordered by subject and record, so the same data gives the same bytes.
#include "common/Result.h"
#include "reports/TrialSnapshot.h"

namespace muco::exports {

// Writes into dir (created if missing); each file is written whole or not at all.
// Returns the files written.
Result<QStringList> writeCsv(const QString &dir, const TrialSnapshot &snapshot);

// One CSV field: quoted when it holds a comma, a quote, a line break or leading/trailing space.
QString csvField(const QString &value);

} // namespace muco::exports
