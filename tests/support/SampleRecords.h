#pragma once
// Records the tests write again and again, each in one place: a confirmed grade-2 oral
// mucositis adverse event (the record queries, the audit trail and the monitor device are
// tested on).
#include "records/AdverseEvents.h"
#include <QDate>

namespace muco::test {

inline AdverseEvent mucositisEvent(const QString &patientId)
{
    AdverseEvent e;
    e.patientId = patientId;
    e.term = QStringLiteral("Mucositis oral");
    e.grade = 2;
    e.onset = QDate(2026, 11, 18);
    e.relation = QStringLiteral("unlikely");
    e.action = QStringLiteral("none");
    e.outcome = QStringLiteral("not_recovered");
    e.state = QStringLiteral("confirmed");
    return e;
}

} // namespace muco::test
