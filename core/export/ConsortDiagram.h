#pragma once
// The CONSORT flow diagram of the DMC report (issue 16), drawn with QPainter: boxes and arrows
// from enrolment (assessed, excluded with why, randomized) through allocation, follow-up and
// analysis per arm, the stages named in bars down the left side. The counts come from
// reports/ConsortFlow; this file only draws.
#include "reports/ConsortFlow.h"
#include <QPainter>

namespace muco::exports {

// The height the diagram needs at `width` (device pixels; `pxPerMm` converts the layout's
// millimetres), without drawing.
double consortDiagramHeight(QPainter &painter, double width, double pxPerMm, const ConsortFlow &flow);
// Draws it with its top left corner at `origin`.
void drawConsortDiagram(QPainter &painter, const QPointF &origin, double width, double pxPerMm, const ConsortFlow &flow);

} // namespace muco::exports
