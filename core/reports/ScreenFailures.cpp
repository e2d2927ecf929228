#include "reports/ScreenFailures.h"
#include "clinical/Protocol.h"
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace muco {

ScreenFailureSummary screenFailures(const TrialSnapshot &s, const QList<PatientCourse> &courses)
{
    // The latest signed ineligible screening of each patient (by assessment date, then the
    // last modified), as records/Screenings lists them.
    QHash<QString, const SnapshotRecord *> latest;
    for (const SnapshotRecord &r : s.rows(QStringLiteral("screenings"))) {
        if (r.text(QStringLiteral("state")) != QLatin1String("signed") || r.text(QStringLiteral("outcome")) != QLatin1String("ineligible"))
            continue;
        const SnapshotRecord *&had = latest[r.text(QStringLiteral("patient_id"))];
        auto key = [](const SnapshotRecord &x) { return std::make_tuple(x.text(QStringLiteral("assessment_date")), x.modifiedUtc, x.id); };
        if (!had || key(*had) < key(r))
            had = &r;
    }
    QStringList order;
    for (const Criterion &c : Protocol::nct07312656().criteria)
        order << c.id;
    QMap<QString, int> counts;
    ScreenFailureSummary out;
    for (const PatientCourse &c : courses) {
        if (c.status != QLatin1String("screen_failed"))
            continue;
        ScreenFailure f{c.subjectId, c.site, {}, {}};
        if (const SnapshotRecord *r = latest.value(c.patientId)) {
            f.assessed = QDate::fromString(r->text(QStringLiteral("assessment_date")), Qt::ISODate);
            const QJsonObject result = QJsonDocument::fromJson(r->text(QStringLiteral("result")).toUtf8()).object();
            for (const QJsonValue &v : result.value(QStringLiteral("criteria")).toArray()) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                // Only the protocol's own criteria: nothing from the record is taken as a name.
                if (v.toObject().value(QStringLiteral("result")).toString() == QLatin1String("fail") && order.contains(id) && !f.failed.contains(id))
                    f.failed << id;
            }
            std::sort(f.failed.begin(), f.failed.end(), [&](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
        }
        if (f.failed.isEmpty())
            ++out.withoutReason;
        for (const QString &id : f.failed)
            ++counts[id];
        ++out.bySite[c.site];
        out.patients << f;
    }
    for (const QString &id : order)
        if (counts.contains(id))
            out.byCriterion << qMakePair(id, counts.value(id));
    std::stable_sort(out.patients.begin(), out.patients.end(), [](const ScreenFailure &a, const ScreenFailure &b) {
        return std::tie(a.site, a.subjectId) < std::tie(b.site, b.subjectId);
    });
    return out;
}

} // namespace muco
