#pragma once
// Exact decimal numbers for clinical thresholds. "1.5 x ULN" must hold for a value
// of exactly 1.5 x ULN whatever binary floating point makes of it, so thresholds are
// compared on the decimals the clinician typed: mantissa / 10^scale, 128-bit.
#include <QString>
#include <optional>

namespace muco {

// 128-bit integers are a GCC/Clang extension; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;

class Decimal {
public:
    Decimal() = default;
    Decimal(long long integer) : m_mantissa(integer) {}   // NOLINT: integers convert exactly

    // "70", "-1.25", "1e-3", "2.5E+2". Empty when malformed, beyond 18 significant digits,
    // beyond 18 digits before the point (1e18 and above) or 30 after it.
    static std::optional<Decimal> parse(const QString &text);
    // The shortest decimal that round-trips the double: what a JSON number was written as.
    static std::optional<Decimal> fromDouble(double value);

    Decimal operator+(const Decimal &o) const;
    Decimal operator-(const Decimal &o) const;
    Decimal operator*(const Decimal &o) const;
    Decimal operator-() const { Decimal d = *this; d.m_mantissa = -d.m_mantissa; return d; }
    bool operator==(const Decimal &o) const { return compare(o) == 0; }
    bool operator<(const Decimal &o) const { return compare(o) < 0; }
    bool operator<=(const Decimal &o) const { return compare(o) <= 0; }
    bool operator>(const Decimal &o) const { return compare(o) > 0; }
    bool operator>=(const Decimal &o) const { return compare(o) >= 0; }
    int compare(const Decimal &o) const;

    bool isInteger() const;
    bool isNegative() const { return m_mantissa < 0; }
    bool isZero() const { return m_mantissa == 0; }
    double toDouble() const;
    long long toLongLong() const;   // truncates
    QString toString() const;       // plain notation, no trailing zeros: "1.5", "70"

private:
    void normalize();
    Int128 m_mantissa = 0;
    int m_scale = 0;   // digits after the decimal point
};

// a / b as a double, for display and derived values only (never for decisions).
double divide(const Decimal &a, const Decimal &b);
// Round a double for output: not more than `places` decimals, no -0.
double roundTo(double value, int places);

} // namespace muco
