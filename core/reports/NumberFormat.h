#pragma once
// How a statistic is printed beside the value that means "no effect" (0 for a risk
// difference, 1 for a relative risk): with its usual decimals, and more (at most 6) where
// rounding would print a value that differs from it as if it were it ("-0.000" for -0.0005,
// "1.00" for an interval's bound of 1.004), so a reader never sees an interval touch the null
// value that it does not touch. Never a negative zero.
#include <QString>

namespace muco {

QString formatBesideNull(double value, int decimals, double nullValue);

} // namespace muco
