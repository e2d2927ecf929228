#pragma once
// Data completeness for the DMC report (issue 16): the visits expected by the data's date (the
// protocol's schedule, a window closed or kept; reports/VisitConduct) against those recorded,
// per site and arm.
#include "reports/VisitConduct.h"

namespace muco {

struct Completeness {
    int patients = 0;
    int expected = 0;             // visits whose window has closed, or kept early
    int inWindow = 0;
    int outOfWindow = 0;
    int missed = 0;
    int awaitingSignature = 0;    // of inWindow: a grade recorded, not signed yet
    int recorded() const { return inWindow + outOfWindow; }
};

struct CompletenessRow {
    QString site;                 // empty: every site
    QString arm;                  // experimental | control | empty (not randomized)
    Completeness counts;
};

// One row per site and arm (experimental, control, then not randomized when any), in site
// order; then one per arm over every site; then the total (site and arm "*").
QList<CompletenessRow> dataCompleteness(const QList<PatientVisits> &patients, const QStringList &sites);

} // namespace muco
