#pragma once
// A font that draws a text with its own glyphs. Qt Charts 6.4 sizes a vertical axis title by
// its font's line height; drawn from a taller fallback font (Chinese in DejaVu Sans), the
// right axis title no longer fitted and was elided to a lone "…" (issue 12).
#include <QFont>
#include <QString>

namespace muco::ui {

// `font` itself when its primary face holds every character of `text`; otherwise the same
// font in the first installed family that does (same size and weight); `font` when none does.
QFont fontCovering(const QFont &font, const QString &text);

} // namespace muco::ui
