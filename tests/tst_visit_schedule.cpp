// The protocol's visit schedule as a pure rule (clinical/VisitSchedule): every window boundary,
// the weekly repeats during radiotherapy, a date change turning due into overdue, and a draft
// grade that still counts as missing. Dates are written out, never computed by the code under test.
#include "clinical/Protocol.h"
#include "clinical/VisitSchedule.h"
#include <QJsonDocument>
#include <QtTest>

using namespace muco;

namespace {

// The trial's schedule as the protocol file declares it (checked against the file below).
const char *kSchedule = R"({"visits": [
  {"id": "screening_labs", "label": {"en": "Screening labs"}, "anchor": "rt_start", "day": -7, "window": [-7, 7], "collects": ["labs"]},
  {"id": "baseline", "label": {"en": "Baseline grading"}, "anchor": "rt_start", "day": 0, "window": [-14, 0], "collects": ["grade"]},
  {"id": "weekly", "label": {"en": "Weekly grading"}, "anchor": "rt_start", "day": 7, "repeat_days": 7, "window": [-2, 2], "collects": ["grade"]},
  {"id": "rt_end", "label": {"en": "End of radiotherapy"}, "anchor": "rt_end", "day": 0, "window": [-1, 3], "collects": ["grade"]},
  {"id": "follow_up", "label": {"en": "Follow-up"}, "anchor": "rt_end", "day": 28, "window": [-7, 7], "collects": ["grade"]}
]})";

QList<VisitDefinition> definitions()
{
    auto d = parseVisitSchedule(QJsonDocument::fromJson(kSchedule).object());
    return d.ok() ? d.value() : QList<VisitDefinition>{};
}

// 70 Gy in 35 fractions, Monday to Friday: Monday 2026-11-02 to Friday 2026-12-18.
const QDate kStart(2026, 11, 2);
const QDate kEnd(2026, 12, 18);

const ScheduledVisit *find(const QList<ScheduledVisit> &visits, const QString &id, int occurrence = 1)
{
    for (const ScheduledVisit &v : visits)
        if (v.definition.id == id && v.occurrence == occurrence)
            return &v;
    return nullptr;
}

} // namespace

class TestVisitSchedule : public QObject {
    Q_OBJECT
private slots:
    void protocolFileDeclaresTheTrialsSchedule()
    {
        const QList<VisitDefinition> &file = Protocol::nct07312656().visits;
        const QList<VisitDefinition> expected = definitions();
        QCOMPARE(file.size(), expected.size());
        for (int i = 0; i < file.size(); ++i) {
            QCOMPARE(file[i].id, expected[i].id);
            QCOMPARE(file[i].anchor, expected[i].anchor);
            QCOMPARE(file[i].day, expected[i].day);
            QCOMPARE(file[i].windowBefore, expected[i].windowBefore);
            QCOMPARE(file[i].windowAfter, expected[i].windowAfter);
            QCOMPARE(file[i].repeatDays, expected[i].repeatDays);
            QCOMPARE(file[i].collects, expected[i].collects);
            QVERIFY2(!file[i].labelZh.isEmpty(), qPrintable(file[i].id));
        }
    }

    // Each visit's window, at each boundary: the day before it opens, its first day, its last
    // day and the day after. A form dated on the same days counts only inside the window.
    void windowBoundaries_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("recorded");   // a signed grade or labs on that day; invalid: none
        QTest::addColumn<QString>("status");
        struct Window { const char *visit; int occurrence; QDate first; QDate last; };
        const QList<Window> windows = {
            {"screening_labs", 1, QDate(2026, 10, 19), QDate(2026, 11, 2)},
            {"baseline", 1, QDate(2026, 10, 19), QDate(2026, 11, 2)},
            {"weekly", 1, QDate(2026, 11, 7), QDate(2026, 11, 11)},
            {"weekly", 6, QDate(2026, 12, 12), QDate(2026, 12, 16)},
            {"rt_end", 1, QDate(2026, 12, 17), QDate(2026, 12, 21)},
            {"follow_up", 1, QDate(2027, 1, 8), QDate(2027, 1, 22)},
        };
        for (const Window &w : windows) {
            const QString name = QStringLiteral("%1#%2 ").arg(QLatin1String(w.visit)).arg(w.occurrence);
            auto row = [&](const char *what) -> QTestData & { return QTest::newRow(qPrintable(name + QLatin1String(what))); };
            row("today the day before") << w.visit << w.occurrence << w.first.addDays(-1) << QDate() << "upcoming";
            row("today the first day") << w.visit << w.occurrence << w.first << QDate() << "due";
            row("today the last day") << w.visit << w.occurrence << w.last << QDate() << "due";
            row("today the day after") << w.visit << w.occurrence << w.last.addDays(1) << QDate() << "overdue";
            const QDate later = w.last.addDays(30);
            row("recorded the day before") << w.visit << w.occurrence << later << w.first.addDays(-1) << "overdue";
            row("recorded the first day") << w.visit << w.occurrence << later << w.first << "done";
            row("recorded the last day") << w.visit << w.occurrence << later << w.last << "done";
            row("recorded the day after") << w.visit << w.occurrence << later << w.last.addDays(1) << "overdue";
            row("recorded early, still in time") << w.visit << w.occurrence << w.last << w.first.addDays(-1) << "due";
        }
    }
    void windowBoundaries()
    {
        QFETCH(QString, visit);
        QFETCH(int, occurrence);
        QFETCH(QDate, today);
        QFETCH(QDate, recorded);
        QFETCH(QString, status);
        ScheduleInput in{kStart, kEnd, today, {}};
        if (recorded.isValid())
            (visit == QLatin1String("screening_labs") ? in.forms.labCollections : in.forms.signedGrades) << recorded;
        const QList<ScheduledVisit> visits = scheduleVisits(definitions(), in);
        const ScheduledVisit *v = find(visits, visit, occurrence);
        QVERIFY(v);
        QCOMPARE(visitStatusId(v->status), status);
        QCOMPARE(v->missing.isEmpty(), status == QLatin1String("done"));
    }

    // Weekly grading repeats while its due day is not after the last fraction.
    void repeatsDuringRadiotherapy_data()
    {
        QTest::addColumn<QDate>("rtEnd");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<QDate>("lastWeekly");
        QTest::newRow("35 fractions, ends Friday of week 7") << kEnd << 6 << QDate(2026, 12, 14);
        QTest::newRow("ends on the 6th weekly day") << QDate(2026, 12, 14) << 6 << QDate(2026, 12, 14);
        QTest::newRow("ends the day before it") << QDate(2026, 12, 13) << 5 << QDate(2026, 12, 7);
        QTest::newRow("two missed days push the end to a Monday") << QDate(2026, 12, 21) << 7 << QDate(2026, 12, 21);
        QTest::newRow("a single week") << QDate(2026, 11, 6) << 0 << QDate();
    }
    void repeatsDuringRadiotherapy()
    {
        QFETCH(QDate, rtEnd);
        QFETCH(int, weeks);
        QFETCH(QDate, lastWeekly);
        const QList<ScheduledVisit> visits = scheduleVisits(definitions(), {kStart, rtEnd, kStart, {}});
        int n = 0;
        QDate last;
        for (const ScheduledVisit &v : visits) {
            if (v.definition.id != QLatin1String("weekly"))
                continue;
            ++n;
            QCOMPARE(v.occurrence, n);
            QCOMPARE(v.due, kStart.addDays(7 * n));
            last = v.due;
        }
        QCOMPARE(n, weeks);
        QCOMPARE(last, lastWeekly);
        const ScheduledVisit *end = find(visits, QStringLiteral("rt_end"));
        QVERIFY(end);
        QCOMPARE(end->due, rtEnd);
        QCOMPARE(find(visits, QStringLiteral("follow_up"))->due, rtEnd.addDays(28));
        // In due-date order.
        for (int i = 1; i < visits.size(); ++i)
            QVERIFY(visits[i - 1].due <= visits[i].due);
    }

    // The same records, the next day: the last day of the window passed and the visit is overdue.
    void dateChangeTurnsDueIntoOverdue()
    {
        ScheduleInput in{kStart, kEnd, QDate(2026, 11, 11), {}};
        in.forms.signedGrades << QDate(2026, 10, 30);   // baseline done
        QCOMPARE(find(scheduleVisits(definitions(), in), QStringLiteral("weekly"))->status, VisitStatus::Due);
        QCOMPARE(find(scheduleVisits(definitions(), in), QStringLiteral("baseline"))->status, VisitStatus::Done);
        in.today = in.today.addDays(1);
        const QList<ScheduledVisit> next = scheduleVisits(definitions(), in);
        QCOMPARE(find(next, QStringLiteral("weekly"))->status, VisitStatus::Overdue);
        QCOMPARE(find(next, QStringLiteral("weekly"))->missing, QStringList{QStringLiteral("grade")});
        QCOMPARE(find(next, QStringLiteral("weekly"), 2)->status, VisitStatus::Upcoming);
    }

    void draftGradeStillMissing()
    {
        ScheduleInput in{kStart, kEnd, QDate(2026, 11, 10), {}};
        in.forms.draftGrades << QDate(2026, 11, 9);
        const ScheduledVisit *v = find(scheduleVisits(definitions(), in), QStringLiteral("weekly"));
        QCOMPARE(v->status, VisitStatus::Due);
        QCOMPARE(v->missing, QStringList{QStringLiteral("grade")});
        QVERIFY(v->draftGrade);
        in.today = QDate(2026, 11, 12);
        QCOMPARE(find(scheduleVisits(definitions(), in), QStringLiteral("weekly"))->status, VisitStatus::Overdue);
        in.forms.signedGrades << QDate(2026, 11, 9);   // the draft signed
        v = find(scheduleVisits(definitions(), in), QStringLiteral("weekly"));
        QCOMPARE(v->status, VisitStatus::Done);
        QVERIFY(!v->draftGrade);
    }

    void labsDoNotStandForAGrade()
    {
        ScheduleInput in{kStart, kEnd, QDate(2026, 11, 3), {}};
        in.forms.labCollections << QDate(2026, 10, 25);
        const QList<ScheduledVisit> visits = scheduleVisits(definitions(), in);
        QCOMPARE(find(visits, QStringLiteral("screening_labs"))->status, VisitStatus::Done);
        QCOMPARE(find(visits, QStringLiteral("baseline"))->status, VisitStatus::Overdue);
    }

    void nothingWithoutAPlan()
    {
        QVERIFY(scheduleVisits(definitions(), {QDate(), QDate(), kStart, {}}).isEmpty());
        // Start known, end not (no projection yet): nothing anchored at the end, no repeats.
        const QList<ScheduledVisit> visits = scheduleVisits(definitions(), {kStart, QDate(), kStart, {}});
        QCOMPARE(visits.size(), 2);
        QVERIFY(find(visits, QStringLiteral("screening_labs")));
        QVERIFY(find(visits, QStringLiteral("baseline")));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        auto visit = [](const char *v) -> QByteArray { return QByteArray(R"({"visits":[)") + v + "]}"; };
        QTest::newRow("no visits") << QByteArray(R"({"visits":[]})") << "schedule.visits";
        QTest::newRow("bad id") << visit(R"({"id":"Week 1","label":{"en":"x"},"anchor":"rt_start","day":0,"window":[0,0],"collects":["grade"]})") << "schedule.visits[0].id";
        QTest::newRow("no label") << visit(R"({"id":"w","anchor":"rt_start","day":0,"window":[0,0],"collects":["grade"]})") << "schedule.visits[0].label.en";
        QTest::newRow("unknown anchor") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"consent","day":0,"window":[0,0],"collects":["grade"]})") << "schedule.visits[0].anchor";
        QTest::newRow("fractional day") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_start","day":1.5,"window":[0,0],"collects":["grade"]})") << "schedule.visits[0].day";
        QTest::newRow("day beyond a year") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_start","day":400,"window":[0,0],"collects":["grade"]})") << "schedule.visits[0].day";
        QTest::newRow("window reversed") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_start","day":0,"window":[2,-2],"collects":["grade"]})") << "schedule.visits[0].window";
        QTest::newRow("window of one") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_start","day":0,"window":[-2],"collects":["grade"]})") << "schedule.visits[0].window";
        QTest::newRow("repeat from the end") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_end","day":0,"repeat_days":7,"window":[0,0],"collects":["grade"]})") << "schedule.visits[0].repeat_days";
        QTest::newRow("repeat within its window") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_start","day":7,"repeat_days":4,"window":[-2,2],"collects":["grade"]})") << "schedule.visits[0].repeat_days";
        QTest::newRow("collects nothing") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_start","day":0,"window":[0,0],"collects":[]})") << "schedule.visits[0].collects";
        QTest::newRow("collects an unknown form") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_start","day":0,"window":[0,0],"collects":["vitals"]})") << "schedule.visits[0].collects";
        QTest::newRow("duplicate id") << visit(R"({"id":"w","label":{"en":"x"},"anchor":"rt_start","day":0,"window":[0,0],"collects":["grade"]},{"id":"w","label":{"en":"y"},"anchor":"rt_end","day":0,"window":[0,0],"collects":["grade"]})") << "schedule.visits[1].id";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto r = parseVisitSchedule(QJsonDocument::fromJson(json).object());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        // Through the protocol file, the same path.
        const QByteArray protocol = QByteArray(R"({"protocol":"P","criteria":[{"id":"I1","kind":"inclusion","text":{"en":"t"},"rule":{"attest":"cirrhosis","expect":true}}],"schedule":)") + json + "}";
        auto p = Protocol::fromJson(protocol);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestVisitSchedule)
#include "tst_visit_schedule.moc"
