#include "clinical/VisitSchedule.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <optional>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(VisitSchedule)
};

// A whole number of days within a year either way, checked on the double before any conversion.
std::optional<int> days(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || std::abs(v.toDouble()) > 366)
        return std::nullopt;
    return static_cast<int>(v.toDouble());
}

bool anyWithin(const QList<QDate> &dates, const QDate &from, const QDate &to)
{
    return std::any_of(dates.begin(), dates.end(), [&](const QDate &d) { return d >= from && d <= to; });
}

} // namespace

Result<QList<VisitDefinition>> parseVisitSchedule(const QJsonObject &schedule)
{
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9_]{1,40}$"));
    static const QStringList forms{QStringLiteral("labs"), QStringLiteral("grade")};
    const QJsonValue visitsValue = schedule.value(QStringLiteral("visits"));
    if (!visitsValue.isArray() || visitsValue.toArray().isEmpty())
        return Error::invalid(QStringLiteral("schedule.visits"), Tr::tr("must list the visits"));
    const QJsonArray visits = visitsValue.toArray();
    QList<VisitDefinition> out;
    for (int i = 0; i < visits.size(); ++i) {
        const QString where = QStringLiteral("schedule.visits[%1]").arg(i);
        const QJsonObject v = visits.at(i).toObject();
        VisitDefinition d;
        d.id = v.value(QStringLiteral("id")).toString();
        if (!idRe.match(d.id).hasMatch())
            return Error::invalid(where + QStringLiteral(".id"), Tr::tr("must be a short lower-case identifier"));
        if (std::any_of(out.begin(), out.end(), [&](const VisitDefinition &o) { return o.id == d.id; }))
            return Error::invalid(where + QStringLiteral(".id"), Tr::tr("is used by another visit"));
        const QJsonObject label = v.value(QStringLiteral("label")).toObject();
        d.labelEn = label.value(QStringLiteral("en")).toString();
        d.labelZh = label.value(QStringLiteral("zh_CN")).toString();
        if (d.labelEn.isEmpty())
            return Error::invalid(where + QStringLiteral(".label.en"), Tr::tr("must give the visit's English name"));
        const QString anchor = v.value(QStringLiteral("anchor")).toString();
        if (anchor == QLatin1String("rt_start"))
            d.anchor = ScheduleAnchor::RtStart;
        else if (anchor == QLatin1String("rt_end"))
            d.anchor = ScheduleAnchor::RtEnd;
        else
            return Error::invalid(where + QStringLiteral(".anchor"), Tr::tr("must be rt_start or rt_end"));
        const auto day = days(v.value(QStringLiteral("day")));
        if (!day)
            return Error::invalid(where + QStringLiteral(".day"), Tr::tr("must be a whole number of days"));
        d.day = *day;
        const QJsonArray window = v.value(QStringLiteral("window")).toArray();
        // [days before, days after]: a missing element reads as undefined, which days() refuses.
        const int before = days(window.at(0)).value_or(1);
        const int after = days(window.at(1)).value_or(-1);
        if (window.size() != 2 || before > 0 || after < 0)
            return Error::invalid(where + QStringLiteral(".window"),
                                  Tr::tr("must be [days before (0 or less), days after (0 or more)]"));
        d.windowBefore = -before;
        d.windowAfter = after;
        if (v.contains(QStringLiteral("repeat_days"))) {
            const auto repeat = days(v.value(QStringLiteral("repeat_days")));
            // A repeat shorter than its window would let one form count for two occurrences.
            if (!repeat || *repeat <= d.windowBefore + d.windowAfter || d.anchor != ScheduleAnchor::RtStart)
                return Error::invalid(where + QStringLiteral(".repeat_days"),
                                      Tr::tr("must be a whole number of days longer than the window, from rt_start"));
            d.repeatDays = *repeat;
        }
        const QJsonArray collects = v.value(QStringLiteral("collects")).toArray();
        for (const QJsonValue &c : collects) {
            if (!forms.contains(c.toString()) || d.collects.contains(c.toString()))
                return Error::invalid(where + QStringLiteral(".collects"), Tr::tr("must list labs or grade, each once"));
            d.collects << c.toString();
        }
        if (d.collects.isEmpty())
            return Error::invalid(where + QStringLiteral(".collects"), Tr::tr("must list labs or grade, each once"));
        out << d;
    }
    return out;
}

QList<ScheduledVisit> scheduleVisits(const QList<VisitDefinition> &definitions, const ScheduleInput &in)
{
    QList<ScheduledVisit> out;
    if (!in.rtStart.isValid())
        return out;
    for (const VisitDefinition &d : definitions) {
        const QDate anchor = d.anchor == ScheduleAnchor::RtEnd ? in.rtEnd : in.rtStart;
        if (!anchor.isValid())
            continue;
        for (int n = 1;; ++n) {
            const QDate due = anchor.addDays(d.day + qint64(n - 1) * d.repeatDays);
            if (d.repeatDays > 0 && (!in.rtEnd.isValid() || due > in.rtEnd))
                break;
            ScheduledVisit v;
            v.definition = d;
            v.occurrence = n;
            v.due = due;
            v.windowStart = due.addDays(-d.windowBefore);
            v.windowEnd = due.addDays(d.windowAfter);
            for (const QString &form : d.collects) {
                bool have = false;
                if (form == QLatin1String("labs")) {
                    have = anyWithin(in.forms.labCollections, v.windowStart, v.windowEnd);
                } else if (form == QLatin1String("grade")) {
                    have = anyWithin(in.forms.signedGrades, v.windowStart, v.windowEnd);
                    v.draftGrade = !have && anyWithin(in.forms.draftGrades, v.windowStart, v.windowEnd);
                }
                if (!have)
                    v.missing << form;
            }
            if (v.missing.isEmpty())
                v.status = VisitStatus::Done;
            else if (in.today > v.windowEnd)
                v.status = VisitStatus::Overdue;
            else if (in.today >= v.windowStart)
                v.status = VisitStatus::Due;
            else
                v.status = VisitStatus::Upcoming;
            out << v;
            if (d.repeatDays == 0)
                break;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ScheduledVisit &a, const ScheduledVisit &b) { return a.due < b.due; });
    return out;
}

QString visitStatusId(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Upcoming: return QStringLiteral("upcoming");
    case VisitStatus::Due: return QStringLiteral("due");
    case VisitStatus::Overdue: return QStringLiteral("overdue");
    case VisitStatus::Done: return QStringLiteral("done");
    }
    return {};
}

QList<ScheduledVisit> visitsWhileParticipating(QList<ScheduledVisit> visits, const QDate &ended)
{
    visits.erase(std::remove_if(visits.begin(), visits.end(),
                                [&](const ScheduledVisit &v) {
                                    return v.status != VisitStatus::Done && (!ended.isValid() || v.windowStart > ended);
                                }),
                 visits.end());
    return visits;
}

bool participationEnded(const QString &status)
{
    return status == QLatin1String("withdrawn") || status == QLatin1String("completed")
        || status == QLatin1String("screen_failed");
}

} // namespace muco
