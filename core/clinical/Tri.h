#pragma once
// Three-valued logic for criteria with missing data: a criterion fails as soon as a
// known input fails it and is unknown only while it could still pass (Kleene logic).
namespace muco {

enum class Tri { False, True, Unknown };

inline Tri triAnd(Tri a, Tri b)
{
    if (a == Tri::False || b == Tri::False) return Tri::False;
    if (a == Tri::Unknown || b == Tri::Unknown) return Tri::Unknown;
    return Tri::True;
}

inline Tri triOr(Tri a, Tri b)
{
    if (a == Tri::True || b == Tri::True) return Tri::True;
    if (a == Tri::Unknown || b == Tri::Unknown) return Tri::Unknown;
    return Tri::False;
}

inline Tri triFrom(bool b) { return b ? Tri::True : Tri::False; }

} // namespace muco
