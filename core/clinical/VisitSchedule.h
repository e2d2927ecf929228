#pragma once
// The protocol's visit schedule (issues 12 and 17): which visits a patient has, when (a day
// relative to the start or the end of radiotherapy, with a window), and what each collects.
// Pure: the dates of what was recorded and "today" come in, each visit's status goes out;
// records/Schedule reads them from the site database.
#include "common/Result.h"
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace muco {

enum class ScheduleAnchor { RtStart, RtEnd };

struct VisitDefinition {
    QString id;
    QString labelEn;
    QString labelZh;
    ScheduleAnchor anchor = ScheduleAnchor::RtStart;
    int day = 0;               // days after the anchor (negative: before)
    int windowBefore = 0;      // the window: [due - before, due + after], both days included
    int windowAfter = 0;
    int repeatDays = 0;        // > 0: again every N days while the due date is not after radiotherapy's end
    QStringList collects;      // labs | grade
    QString label(const QString &language) const
    {
        return language.startsWith(QLatin1String("zh")) && !labelZh.isEmpty() ? labelZh : labelEn;
    }
};

// Parses the protocol file's "schedule" object; an error names the offending JSON path
// (schedule.visits[2].window).
Result<QList<VisitDefinition>> parseVisitSchedule(const QJsonObject &schedule);

// What a patient has recorded, as calendar dates of the site.
struct RecordedForms {
    QList<QDate> labCollections;
    QList<QDate> signedGrades;
    QList<QDate> draftGrades;   // recorded, not yet signed: the grade is still missing
};

struct ScheduleInput {
    QDate rtStart;              // the plan's start; nothing is scheduled without it
    QDate rtEnd;                // the last fraction, or the projected one while on treatment
    QDate today;
    RecordedForms forms;
};

enum class VisitStatus { Upcoming, Due, Overdue, Done };

struct ScheduledVisit {
    VisitDefinition definition;
    int occurrence = 1;         // 1.. for a repeating visit (the week of radiotherapy), else 1
    QDate due;
    QDate windowStart;
    QDate windowEnd;
    VisitStatus status = VisitStatus::Upcoming;
    QStringList missing;        // what it collects that is not recorded (signed) in its window
    bool draftGrade = false;    // a grade is recorded in the window but not signed yet
    bool collects(const QString &form) const { return definition.collects.contains(form); }
};

// Every visit of one patient, by due date. A form counts for every visit whose window holds
// its date. Status: Done when nothing is missing; else Overdue after the window, Due within
// it, Upcoming before it.
QList<ScheduledVisit> scheduleVisits(const QList<VisitDefinition> &definitions, const ScheduleInput &in);

QString visitStatusId(VisitStatus status);      // upcoming | due | overdue | done

// Nothing falls due after a patient left the trial (withdrawn, completed, screen failure) on
// `ended`: the visits not done whose window opens after it are dropped (every visit not done
// when the date is not known); what was done or missed before stays. The "Today" view, the
// overdue lists and the DMC report's deviations and completeness all cut here.
QList<ScheduledVisit> visitsWhileParticipating(QList<ScheduledVisit> visits, const QDate &ended);
bool participationEnded(const QString &patientStatus);

} // namespace muco
