#pragma once
// The data monitoring committee's report, a PDF on A4 drawn with QPainter on QPdfWriter (Qt
// Gui, no Widgets; the caller needs a QGuiApplication, offscreen is enough): enrolment by
// site and month against the target of 200, the primary endpoint and every other scale, the
// Kaplan-Meier curves of the time to the first grade >= 3 per arm (by days from the start of
// radiotherapy and by cumulative dose), and adverse events by CTCAE term and grade per arm
// with the serious ones listed. Everything is computed by core/reports from the snapshot.
#include "common/Result.h"
#include "reports/TrialSnapshot.h"

namespace muco::exports {

constexpr int kEnrolmentTarget = 200;

// Written to a temporary file and renamed into place.
Status writeDmcReport(const QString &path, const TrialSnapshot &snapshot);

} // namespace muco::exports
