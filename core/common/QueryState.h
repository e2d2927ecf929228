#pragma once
// The one rule for a data query's state (issue 17), shared by the site (records/Queries) and
// the central site (central/CentralQueries), which link different libraries: the thread's
// latest step decides: raise or reopen -> open, answer -> answered, close -> closed.
// "Latest" is causal first: each step carries its number in the thread as its author saw it
// (a step that saw more came after), since devices' clocks are not trusted; two steps taken
// without seeing each other (offline on two devices) are ordered by time, then id, so every
// device and the central site agree whatever order the rows arrived in.
#include <QDateTime>
#include <QList>
#include <QString>
#include <algorithm>

namespace muco {

struct QueryStep {
    int step = 0;   // 1 for the raise; each later step: the thread's length as its author saw it, + 1
    QDateTime atUtc;
    QString id;
    QString kind;   // raise | answer | close | reopen
};

inline const QueryStep *latestQueryStep(const QList<QueryStep> &steps)
{
    if (steps.isEmpty())
        return nullptr;
    return &*std::max_element(steps.cbegin(), steps.cend(), [](const QueryStep &a, const QueryStep &b) {
        if (a.step != b.step)
            return a.step < b.step;
        return a.atUtc != b.atUtc ? a.atUtc < b.atUtc : a.id < b.id;
    });
}

inline QString queryStateOf(const QList<QueryStep> &steps)
{
    const QueryStep *last = latestQueryStep(steps);
    if (last && last->kind == QLatin1String("answer"))
        return QStringLiteral("answered");
    if (last && last->kind == QLatin1String("close"))
        return QStringLiteral("closed");
    return QStringLiteral("open");
}

} // namespace muco
