#include "reports/DataCompleteness.h"

namespace muco {

namespace {

void add(Completeness &c, const PatientVisits &p)
{
    ++c.patients;
    for (const ConductedVisit &v : p.visits) {
        if (!v.expected())
            continue;
        ++c.expected;
        switch (v.conduct) {
        case VisitConduct::InWindow:
            ++c.inWindow;
            c.awaitingSignature += v.awaitingSignature ? 1 : 0;
            break;
        case VisitConduct::OutOfWindow: ++c.outOfWindow; break;
        case VisitConduct::Missed: ++c.missed; break;
        case VisitConduct::Pending: break;
        }
    }
}

} // namespace

QList<CompletenessRow> dataCompleteness(const QList<PatientVisits> &patients, const QStringList &sites)
{
    QList<CompletenessRow> out;
    const QStringList arms{armExperimental(), armControl(), QString()};
    auto rowFor = [&](const QString &site, const QString &arm, bool always) {
        CompletenessRow row{site, arm, {}};
        for (const PatientVisits &p : patients)
            if ((site.isEmpty() || p.site == site) && p.arm == arm)
                add(row.counts, p);
        if (always || row.counts.patients > 0)
            out << row;
    };
    for (const QString &site : sites)
        for (const QString &arm : arms)
            rowFor(site, arm, !arm.isEmpty());
    for (const QString &arm : arms)
        rowFor(QString(), arm, !arm.isEmpty());
    CompletenessRow total{QStringLiteral("*"), QStringLiteral("*"), {}};
    for (const PatientVisits &p : patients)
        add(total.counts, p);
    out << total;
    return out;
}

} // namespace muco
