#include "reports/NumberFormat.h"
#include <cmath>

namespace muco {

QString formatBesideNull(double value, int decimals, double nullValue)
{
    if (value == 0.0)
        value = 0.0;   // -0.0 prints as "-0.000"
    int d = decimals;
    const auto rounded = [](double v, int places) { return std::round(v * std::pow(10.0, places)); };
    while (d < 6 && value != nullValue && rounded(value, d) == rounded(nullValue, d))
        ++d;
    const QString text = QString::number(value, 'f', d);
    // Rounded to zero at the most decimals allowed: no sign.
    return rounded(value, d) == 0.0 ? QString::number(0.0, 'f', d) : text;
}

} // namespace muco
