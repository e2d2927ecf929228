#pragma once
// Every site's data queries as the central site holds them (issue 17): the query rows and
// their append-only threads arrive through sync as any record does; this reads them back,
// with the state (the thread's latest step), the subject and the age, for the trial's
// monitors (`mucotrack-central queries`).
#include "central/CentralBackend.h"
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace muco {

struct CentralQuery {
    QString id;
    QString site;
    QString subjectId;
    QString table;
    QString recordId;
    QString field;
    QString raisedBy;
    QDateTime raisedUtc;
    QString state;          // open | answered | closed
    QString lastStepBy;
    QDateTime lastStepUtc;
    QString text;           // the question as raised
    int messages = 0;
    int ageDays(const QDateTime &now) const { return int(raisedUtc.daysTo(now)); }
    QJsonObject toJson(const QDateTime &now) const;
};

class CentralQueries {
public:
    // Oldest first; openOnly leaves out closed queries.
    static Result<QList<CentralQuery>> list(CentralBackend &backend, bool openOnly);
};

} // namespace muco
