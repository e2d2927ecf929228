#pragma once
// Data queries (issue 17): a monitor asks the site about one field of one record; site staff
// answer, and may correct the value in the same step through the write path with a reason;
// the monitor closes or re-opens it. A query is a row that never changes plus a thread of
// messages, each its own row that is only ever added: devices and the central site never
// change the same row twice, so sync cannot make a query conflict. The state is the thread's
// latest step. Every step is an electronic signature of its author (password re-entered),
// written through RecordStore, so it is audited like any record.
#include "common/Secret.h"
#include "common/Result.h"
#include <QDateTime>
#include <QList>
#include <QVariant>
#include <optional>

namespace muco {

class Session;
struct TableSpec;

struct QueryMessage {
    QString id;
    int step = 0;            // its place in the thread as its author saw it (common/QueryState.h)
    QString kind;            // raise | answer | close | reopen
    QString text;
    QString author;
    QString authorRole;
    QDateTime atUtc;
    std::optional<QString> correctedValue;   // set when the answer corrected the field
};

struct Query {
    QString id;
    QString site;
    QString patientId;
    QString subjectId;
    QString table;
    QString recordId;
    QString field;
    QString valueAtRaise;
    QVariant currentValue;   // the field as this device holds it now (corrected elsewhere: the new value)
    QString raisedBy;
    QDateTime raisedUtc;
    QString state;           // open | answered | closed
    QList<QueryMessage> thread;   // in the order of common/QueryState.h, latest last
    int ageDays(const QDateTime &now) const { return int(raisedUtc.daysTo(now)); }
    bool isOpen() const { return state != QLatin1String("closed"); }
};

struct QueryCorrection {
    QString value;    // as typed; checked and converted for the field (QueryTargets)
    QString reason;   // required: the write path's reason for changing saved data
};

class Queries {
public:
    static const TableSpec &table();
    static const TableSpec &messageTable();
    static QString signatureMeaning(const QString &kind);
    static QString stateLabel(const QString &state);
    // The state a thread leaves a query in: its latest step (common/QueryState.h) says open
    // (raise, reopen), answered or closed.
    static QString stateOf(const QList<QueryMessage> &thread);

    // Monitor. `patientId` is checked against the record's own patient.
    static Result<Query> raise(Session &session, const QString &patientId, const QString &tableName, const QString &recordId,
                               const QString &field, const QString &text, const Secret &password);
    // Site staff. A correction also needs the permission the record's own form needs, and is
    // written in the same transaction as the answer.
    static Result<Query> answer(Session &session, const QString &queryId, const QString &text, const Secret &password,
                                const std::optional<QueryCorrection> &correction = std::nullopt);
    // Monitor.
    static Result<Query> close(Session &session, const QString &queryId, const QString &text, const Secret &password);
    static Result<Query> reopen(Session &session, const QString &queryId, const QString &text, const Secret &password);

    static Result<Query> get(Session &session, const QString &queryId);
    // Every query of this site (of one patient when patientId is given), oldest first.
    static Result<QList<Query>> list(Session &session, bool openOnly = false, const QString &patientId = {});
    // Open (not closed) queries per patient id, for the patient list's badge.
    static Result<QHash<QString, int>> openCountByPatient(Session &session);
};

} // namespace muco
