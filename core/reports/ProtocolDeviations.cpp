#include "reports/ProtocolDeviations.h"
#include <QHash>
#include <algorithm>

namespace muco {

ProtocolDeviations protocolDeviations(const TrialSnapshot &s, const QList<PatientVisits> &patients)
{
    // Voided fractions are tombstones, never in the snapshot; only what stands is counted.
    QHash<QString, QPair<int, int>> fractions;   // patient -> (missed, held)
    for (const SnapshotRecord &f : s.rows(QStringLiteral("fractions"))) {
        const QString status = f.text(QStringLiteral("status"));
        if (status == QLatin1String("missed"))
            ++fractions[f.text(QStringLiteral("patient_id"))].first;
        else if (status == QLatin1String("held"))
            ++fractions[f.text(QStringLiteral("patient_id"))].second;
    }
    ProtocolDeviations out;
    for (const PatientVisits &p : patients) {
        DeviationCounts one;
        one.patients = 1;
        one.missedFractions = fractions.value(p.patientId).first;
        one.heldFractions = fractions.value(p.patientId).second;
        one.patientsMissedOrHeld = one.missedFractions + one.heldFractions > 0 ? 1 : 0;
        for (const ConductedVisit &v : p.visits) {
            if (v.conduct == VisitConduct::OutOfWindow)
                ++one.visitsOutOfWindow;
            else if (v.conduct == VisitConduct::Missed)
                ++one.visitsMissed;
            else
                continue;
            out.visits << VisitDeviation{p.subjectId, p.site, p.arm, v};
        }
        one.patientsWithDeviation = one.patientsMissedOrHeld || one.visitsOutOfWindow || one.visitsMissed ? 1 : 0;
        DeviationCounts &group = p.arm == armExperimental() ? out.experimental : p.arm == armControl() ? out.control : out.notRandomized;
        for (DeviationCounts *g : {&group, &out.all}) {
            g->patients += one.patients;
            g->patientsWithDeviation += one.patientsWithDeviation;
            g->missedFractions += one.missedFractions;
            g->heldFractions += one.heldFractions;
            g->patientsMissedOrHeld += one.patientsMissedOrHeld;
            g->visitsOutOfWindow += one.visitsOutOfWindow;
            g->visitsMissed += one.visitsMissed;
        }
    }
    std::stable_sort(out.visits.begin(), out.visits.end(), [](const VisitDeviation &a, const VisitDeviation &b) {
        return std::tie(a.site, a.subjectId, a.visit.visit.due) < std::tie(b.site, b.subjectId, b.visit.visit.due);
    });
    return out;
}

} // namespace muco
