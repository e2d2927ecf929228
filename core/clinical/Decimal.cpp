#include "clinical/Decimal.h"
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace muco {

namespace {

constexpr int kMaxScale = 30;

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// Brings both mantissas to the larger scale.
void align(const Decimal &, Int128 &a, int sa, Int128 &b, int sb)
{
    if (sa < sb)
        a *= pow10(sb - sa);
    else if (sb < sa)
        b *= pow10(sa - sb);
}

} // namespace

void Decimal::normalize()
{
    while (m_scale > 0 && m_mantissa % 10 == 0) {
        m_mantissa /= 10;
        --m_scale;
    }
    if (m_mantissa == 0)
        m_scale = 0;
}

std::optional<Decimal> Decimal::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([+-]?)(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d{1,3}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString intPart = m.captured(2);
    const QString fracPart = m.captured(3);
    if (intPart.isEmpty() && fracPart.isEmpty())
        return std::nullopt;
    QString digits = intPart + fracPart;
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > 18)
        return std::nullopt;
    Decimal d;
    for (QChar c : digits)
        d.m_mantissa = d.m_mantissa * 10 + (c.unicode() - '0');
    int scale = static_cast<int>(fracPart.size()) - m.captured(4).toInt();
    // At most 18 digits before the point too: every mantissa stays below 10^18, so
    // products and alignments stay far inside 128 bits (signed overflow is undefined).
    if (digits.size() - scale > 18)
        return std::nullopt;
    if (scale < 0) {
        d.m_mantissa *= pow10(-scale);
        scale = 0;
    }
    if (scale > kMaxScale)
        return std::nullopt;
    d.m_scale = scale;
    if (m.captured(1) == QLatin1String("-"))
        d.m_mantissa = -d.m_mantissa;
    d.normalize();
    return d;
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    return parse(QString::number(value, 'g', QLocale::FloatingPointShortest));
}

Decimal Decimal::operator+(const Decimal &o) const
{
    Decimal r;
    Int128 a = m_mantissa, b = o.m_mantissa;
    align(*this, a, m_scale, b, o.m_scale);
    r.m_mantissa = a + b;
    r.m_scale = std::max(m_scale, o.m_scale);
    r.normalize();
    return r;
}

Decimal Decimal::operator-(const Decimal &o) const { return *this + (-o); }

Decimal Decimal::operator*(const Decimal &o) const
{
    Decimal r;
    r.m_mantissa = m_mantissa * o.m_mantissa;
    r.m_scale = m_scale + o.m_scale;
    r.normalize();
    return r;
}

int Decimal::compare(const Decimal &o) const
{
    Int128 a = m_mantissa, b = o.m_mantissa;
    align(*this, a, m_scale, b, o.m_scale);
    return a < b ? -1 : (a > b ? 1 : 0);
}

bool Decimal::isInteger() const { return m_scale == 0; }

double Decimal::toDouble() const { return toString().toDouble(); }

long long Decimal::toLongLong() const { return static_cast<long long>(m_mantissa / pow10(m_scale)); }

QString Decimal::toString() const
{
    Int128 v = m_mantissa < 0 ? -m_mantissa : m_mantissa;
    QString digits;
    do {
        digits.prepend(QChar(static_cast<char16_t>(u'0' + static_cast<int>(v % 10))));
        v /= 10;
    } while (v > 0);
    if (m_scale > 0) {
        while (digits.size() <= m_scale)
            digits.prepend(QLatin1Char('0'));
        digits.insert(digits.size() - m_scale, QLatin1Char('.'));
    }
    return m_mantissa < 0 ? QLatin1Char('-') + digits : digits;
}

double divide(const Decimal &a, const Decimal &b) { return a.toDouble() / b.toDouble(); }

double roundTo(double value, int places)
{
    const double f = std::pow(10.0, places);
    const double r = std::round(value * f) / f;
    return r == 0.0 ? 0.0 : r;
}

} // namespace muco
