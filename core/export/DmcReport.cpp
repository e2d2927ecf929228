#include "export/DmcReport.h"
#include "clinical/Protocol.h"
#include "export/ConsortDiagram.h"
#include "export/PdfDocument.h"
#include "records/Schedule.h"
#include "reports/ConsortFlow.h"
#include "reports/DataCompleteness.h"
#include "reports/EndpointAnalysis.h"
#include "reports/NumberFormat.h"
#include "reports/ProtocolDeviations.h"
#include "reports/ScreenFailures.h"
#include "reports/Severity.h"
#include "reports/TimeToEvent.h"
#include "security/SiteVault.h"
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace muco::exports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DmcReport)
};

const QColor kExperimental(0x1f, 0x77, 0xb4);
const QColor kControl(0xd6, 0x61, 0x1a);
const QColor kGrid(0xdd, 0xdd, 0xdd);

double mm(double v) { return PdfDocument::mm(v); }


QString pct(int events, int n) { return n == 0 ? QStringLiteral("-") : QString::number(100.0 * events / n, 'f', 1) + QLatin1Char('%'); }

QString pValue(const std::optional<double> &p)
{
    if (!p)
        return Tr::tr("n/e");
    return *p < 0.0001 ? QStringLiteral("< 0.0001") : QString::number(*p, 'f', 4);
}

using Doc = PdfDocument;

// The CONSORT diagram at the cursor, on a new page when it does not fit under it.
void consort(Doc &doc, const ConsortFlow &flow)
{
    QPainter &p = doc.painter();
    const double h = consortDiagramHeight(p, doc.width(), Doc::mm(1), flow);
    const QRectF r = doc.box(h);
    drawConsortDiagram(p, r.topLeft(), doc.width(), Doc::mm(1), flow);
}

// Axes with light grid lines and labelled ticks; returns the plotting area.
QRectF drawAxes(Doc &doc, const QRectF &box, double xMax, double yMax, int xTicks, int yTicks, const QString &xLabel, const QString &yLabel,
                const std::function<QString(double)> &xText, const std::function<QString(double)> &yText)
{
    QPainter &p = doc.painter();
    doc.setFont(8, false);
    const QRectF plot(box.left() + mm(16), box.top() + mm(4), box.width() - mm(20), box.height() - mm(16));
    for (int i = 0; i <= yTicks; ++i) {
        const double v = yMax * i / yTicks;
        const double y = plot.bottom() - plot.height() * i / yTicks;
        p.setPen(QPen(kGrid, mm(0.15)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left(), y - mm(3), mm(14), mm(6)), Qt::AlignRight | Qt::AlignVCenter, yText(v));
    }
    for (int i = 0; i <= xTicks; ++i) {
        const double v = xMax * i / xTicks;
        const double x = plot.left() + plot.width() * i / xTicks;
        p.setPen(QPen(kGrid, mm(0.15)));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(x - mm(12), plot.bottom() + mm(1), mm(24), mm(5)), Qt::AlignHCenter | Qt::AlignTop, xText(v));
    }
    p.setPen(QPen(Qt::black, mm(0.25)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawText(QRectF(plot.left(), plot.bottom() + mm(6), plot.width(), mm(5)), Qt::AlignHCenter | Qt::AlignTop, xLabel);
    p.save();
    p.translate(box.left() + mm(1), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), mm(5)), Qt::AlignHCenter | Qt::AlignTop, yLabel);
    p.restore();
    return plot;
}

double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= v)
            return step * magnitude;
    return 10 * magnitude;
}

// 4 or 5 intervals, whichever gives round numbers (250: 5 of 50, 200: 4 of 50).
int niceTicks(double max)
{
    const double quarter = max / 4;
    return quarter == std::floor(quarter) && std::fmod(quarter, 5) == 0 ? 4 : 5;
}

void legend(Doc &doc, const QRectF &plot, const QList<std::pair<QColor, QString>> &entries, bool top)
{
    QPainter &p = doc.painter();
    doc.setFont(8, false);
    double y = top ? plot.top() + mm(2) : plot.bottom() - mm(2) - double(entries.size()) * mm(4.5);
    double widest = 0;
    for (const auto &e : entries)
        widest = std::max(widest, double(p.fontMetrics().horizontalAdvance(e.second)));
    const double x = plot.right() - widest - mm(10);
    p.fillRect(QRectF(x - mm(1), y - mm(0.5), widest + mm(10), double(entries.size()) * mm(4.5) + mm(1)), QColor(255, 255, 255, 230));
    for (const auto &[color, text] : entries) {
        p.setPen(QPen(color, mm(0.6)));
        p.drawLine(QPointF(x, y + mm(2.2)), QPointF(x + mm(6), y + mm(2.2)));
        p.setPen(Qt::black);
        p.drawText(QRectF(x + mm(7.5), y, widest + mm(2), mm(4.5)), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += mm(4.5);
    }
}

void enrolmentChart(Doc &doc, const QList<PatientCourse> &courses, const QStringList &sites)
{
    QDate first, last;
    for (const PatientCourse &c : courses)
        if (!c.arm.isEmpty()) {
            const QDate m(c.allocatedDate.year(), c.allocatedDate.month(), 1);
            first = first.isValid() ? std::min(first, m) : m;
            last = last.isValid() ? std::max(last, m) : m;
        }
    if (!first.isValid())
        return;
    QList<QDate> months;
    for (QDate m = first; m <= last; m = m.addMonths(1))
        months << m;
    const QRectF box = doc.box(mm(75));
    int total = 0;
    for (const PatientCourse &c : courses)
        total += !c.arm.isEmpty();
    const double yMax = niceCeiling(std::max(kEnrolmentTarget, total) * 1.05);
    const double xMax = std::max<double>(1, double(months.size()));
    const QRectF plot = drawAxes(doc, box, xMax, yMax, int(xMax), niceTicks(yMax), Tr::tr("Month of randomization (end of month)"),
                                 Tr::tr("Patients randomized (cumulative)"),
                                 [&](double v) { const int i = int(std::lround(v)) - 1; return i >= 0 && i < months.size() ? months[i].toString(QStringLiteral("yyyy-MM")) : QString(); },
                                 [](double v) { return QString::number(v, 'f', 0); });
    QPainter &p = doc.painter();
    auto point = [&](double month, double count) {
        return QPointF(plot.left() + plot.width() * month / xMax, plot.bottom() - plot.height() * count / yMax);
    };
    p.setPen(QPen(Qt::darkGray, mm(0.4), Qt::DashLine));
    p.drawLine(point(0, kEnrolmentTarget), point(xMax, kEnrolmentTarget));
    const QList<QColor> palette{QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
    QList<std::pair<QColor, QString>> entries{{Qt::black, Tr::tr("All sites")}};
    QStringList series{QString()};
    series += sites;
    for (int s = 0; s < series.size(); ++s) {
        QPolygonF line{point(0, 0)};
        int cumulative = 0;
        for (int i = 0; i < months.size(); ++i) {
            for (const PatientCourse &c : courses)
                if (!c.arm.isEmpty() && (series[s].isEmpty() || c.site == series[s]) && c.allocatedDate.year() == months[i].year()
                    && c.allocatedDate.month() == months[i].month())
                    ++cumulative;
            line << point(i + 1, cumulative);
        }
        const QColor color = s == 0 ? QColor(Qt::black) : palette[(s - 1) % palette.size()];
        p.setPen(QPen(color, mm(s == 0 ? 0.6 : 0.4)));
        p.drawPolyline(line);
        if (s > 0)
            entries << std::pair{color, series[s]};
    }
    entries << std::pair{QColor(Qt::darkGray), Tr::tr("Target (%1)").arg(kEnrolmentTarget)};
    legend(doc, plot, entries, true);
}

void kmChart(Doc &doc, const ArmCurves &curves, const QString &xLabel, const QString &unit)
{
    double xMax = 0;
    for (const stats::SurvivalCurve *c : {&curves.experimental, &curves.control})
        for (const stats::SurvivalStep &s : c->steps)
            xMax = std::max(xMax, s.time);
    xMax = niceCeiling(std::max(1.0, xMax));
    const QRectF whole = doc.box(mm(84));
    const QRectF box(whole.left(), whole.top(), whole.width(), mm(72));
    const QRectF plot = drawAxes(doc, box, xMax, 1.0, 5, 4, xLabel, Tr::tr("Free of grade >= 3"),
                                 [](double v) { return QString::number(v, 'f', 0); }, [](double v) { return QString::number(v, 'f', 2); });
    QPainter &p = doc.painter();
    auto point = [&](double t, double s) { return QPointF(plot.left() + plot.width() * t / xMax, plot.bottom() - plot.height() * s); };
    QList<std::pair<QColor, QString>> entries;
    for (const auto &[curve, color, name] : {std::tuple{&curves.experimental, kExperimental, Tr::tr("Experimental")},
                                             std::tuple{&curves.control, kControl, Tr::tr("Control")}}) {
        QPolygonF line{point(0, 1)};
        double s = 1;
        for (const stats::SurvivalStep &step : curve->steps) {
            line << point(step.time, s);
            s = step.survival;
            line << point(step.time, s);
        }
        if (!curve->steps.isEmpty())
            line << point(curve->steps.last().time, s);
        p.setPen(QPen(color, mm(0.55)));
        p.drawPolyline(line);
        // A tick at each censoring time.
        for (const stats::SurvivalStep &step : curve->steps)
            if (step.censored > 0) {
                const QPointF c = point(step.time, step.survival);
                p.drawLine(c + QPointF(0, -mm(1.2)), c + QPointF(0, mm(1.2)));
            }
        const QString median = curve->median
                                   ? Tr::tr("median %1 %2 (95% CI %3 to %4)").arg(QString::number(*curve->median, 'f', 0), unit,
                                                                                  curve->medianLower ? QString::number(*curve->medianLower, 'f', 0) : Tr::tr("n/r"),
                                                                                  curve->medianUpper ? QString::number(*curve->medianUpper, 'f', 0) : Tr::tr("n/r"))
                                   : Tr::tr("median not reached");
        entries << std::pair{color, Tr::tr("%1: events %2 of %3 patients, %4").arg(name).arg(curve->events).arg(curve->n).arg(median)};
    }
    // The legend goes under the chart, where no curve runs.
    doc.setFont(8, false);
    double y = box.bottom();
    for (const auto &[color, text] : entries) {
        p.setPen(QPen(color, mm(0.6)));
        p.drawLine(QPointF(plot.left(), y + mm(2.2)), QPointF(plot.left() + mm(6), y + mm(2.2)));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + mm(7.5), y, plot.width() - mm(7.5), mm(4.5)), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += mm(5);
    }
}

QString armLabel(const QString &arm)
{
    return arm == armExperimental() ? Tr::tr("Experimental") : arm == armControl() ? Tr::tr("Control") : Tr::tr("Not randomized");
}

void screenFailureSection(Doc &doc, const ScreenFailureSummary &f)
{
    doc.heading(Tr::tr("Screen failures and their reasons"), mm(40));
    QStringList bySite;
    for (auto it = f.bySite.cbegin(); it != f.bySite.cend(); ++it)
        bySite << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    doc.paragraph(Tr::tr("Screen failures: %1 (%2). The reasons are the criteria that failed in the latest signed screening; "
                         "a patient may fail several.").arg(f.patients.size()).arg(bySite.isEmpty() ? Tr::tr("none") : bySite.join(QStringLiteral(", "))), 8.5);
    if (f.patients.isEmpty())
        return;
    const QString language = QLocale().name();
    QList<QStringList> rows;
    for (const auto &[id, n] : f.byCriterion) {
        QString text;
        for (const Criterion &c : Protocol::nct07312656().criteria)
            if (c.id == id)
                text = c.text(language);
        rows << QStringList{id, text, QString::number(n)};
    }
    if (f.withoutReason > 0)
        rows << QStringList{QStringLiteral("-"), Tr::tr("No signed screening with a failed criterion"), QString::number(f.withoutReason)};
    doc.table({Tr::tr("Criterion"), Tr::tr("Text"), Tr::tr("Patients")}, rows, {0.9, 5.2, 0.8}, {1});
    QList<QStringList> list;
    for (const ScreenFailure &p : f.patients)
        list << QStringList{p.subjectId, p.site, p.assessed.isValid() ? p.assessed.toString(Qt::ISODate) : QStringLiteral("-"),
                            p.failed.isEmpty() ? QStringLiteral("-") : p.failed.join(QStringLiteral(", "))};
    doc.table({Tr::tr("Subject"), Tr::tr("Site"), Tr::tr("Screened"), Tr::tr("Criteria failed")}, list, {1.2, 0.8, 1, 3});
}

void deviationSection(Doc &doc, const ProtocolDeviations &d)
{
    doc.heading(Tr::tr("7. Protocol deviations"));
    doc.paragraph(Tr::tr("Radiotherapy fractions recorded as missed or held (their reasons are free text and stay at the site), and "
                         "scheduled visits whose window, from the protocol's visit schedule, closed without the visit: out of window "
                         "when the visit was recorded outside every window, nearest to this one; missed when it was not recorded. "
                         "Patients who may have visits (screen failures have none)."), 8.5);
    QList<QStringList> rows;
    for (const auto &[label, c] : {std::pair{Tr::tr("Experimental"), &d.experimental}, std::pair{Tr::tr("Control"), &d.control},
                                   std::pair{Tr::tr("Not randomized"), &d.notRandomized}, std::pair{Tr::tr("All"), &d.all}}) {
        if (c == &d.notRandomized && c->patients == 0)
            continue;
        rows << QStringList{label, QString::number(c->patients),
                            QStringLiteral("%1 (%2)").arg(c->patientsWithDeviation).arg(pct(c->patientsWithDeviation, c->patients)),
                            QString::number(c->missedFractions), QString::number(c->heldFractions),
                            QString::number(c->patientsMissedOrHeld), QString::number(c->visitsOutOfWindow), QString::number(c->visitsMissed)};
    }
    doc.table({Tr::tr("Arm"), Tr::tr("Patients"), Tr::tr("With a deviation"), Tr::tr("Fractions missed"), Tr::tr("Fractions held"),
               Tr::tr("Patients missing or held"), Tr::tr("Visits out of window"), Tr::tr("Visits missed")},
              rows, {1.3, 0.8, 1.2, 0.9, 0.9, 1, 1, 0.9});
    if (d.visits.isEmpty()) {
        doc.paragraph(Tr::tr("No visit out of window or missed."));
        return;
    }
    QList<QStringList> list;
    for (const VisitDeviation &v : d.visits) {
        const ScheduledVisit &sv = v.visit.visit;
        const QString what = v.visit.conduct == VisitConduct::Missed
                                 ? Tr::tr("missed")
                                 : v.visit.daysOutside < 0 ? Tr::tr("%1, %n day(s) early", nullptr, -v.visit.daysOutside).arg(v.visit.recordedOn.toString(Qt::ISODate))
                                                           : Tr::tr("%1, %n day(s) late", nullptr, v.visit.daysOutside).arg(v.visit.recordedOn.toString(Qt::ISODate));
        list << QStringList{v.subjectId, armLabel(v.arm), Schedule::visitLabel(sv), sv.due.toString(Qt::ISODate),
                            Tr::tr("%1 to %2").arg(sv.windowStart.toString(Qt::ISODate), sv.windowEnd.toString(Qt::ISODate)), what};
    }
    doc.table({Tr::tr("Subject"), Tr::tr("Arm"), Tr::tr("Visit"), Tr::tr("Due"), Tr::tr("Window"), Tr::tr("Recorded")}, list,
              {1.0, 1.0, 2.2, 1.0, 1.2, 1.6}, {1, 2, 4, 5});
}

void completenessSection(Doc &doc, const QList<CompletenessRow> &rows)
{
    doc.heading(Tr::tr("8. Data completeness"));
    doc.paragraph(Tr::tr("Expected: the scheduled visits whose window has closed (or that were already recorded); recorded: in or "
                         "out of their window; unsigned: graded in the window, the grade not signed yet."), 8.5);
    QList<QStringList> out;
    for (const CompletenessRow &r : rows) {
        const Completeness &c = r.counts;
        out << QStringList{r.site == QLatin1String("*") ? Tr::tr("All sites") : r.site.isEmpty() ? Tr::tr("All sites") : r.site,
                           r.arm == QLatin1String("*") ? Tr::tr("Both arms and not randomized") : armLabel(r.arm),
                           QString::number(c.patients), QString::number(c.expected),
                           QStringLiteral("%1 (%2)").arg(c.recorded()).arg(pct(c.recorded(), c.expected)),
                           QString::number(c.inWindow), QString::number(c.outOfWindow), QString::number(c.missed), QString::number(c.awaitingSignature)};
    }
    doc.table({Tr::tr("Site"), Tr::tr("Arm"), Tr::tr("Patients"), Tr::tr("Visits expected"), Tr::tr("Recorded"), Tr::tr("In window"),
               Tr::tr("Out of window"), Tr::tr("Missed"), Tr::tr("Unsigned")},
              out, {0.9, 1.6, 0.8, 0.9, 1.1, 0.8, 0.8, 0.7, 0.8}, {1});
}

} // namespace

Status writeDmcReport(const QString &path, const TrialSnapshot &s)
{
    const QList<PatientCourse> courses = trialCourses(s);
    const PrimaryEndpoint primary = Protocol::nct07312656().primaryEndpoint;
    const QList<EndpointResult> endpoints = analyseEndpoints(courses, primary);
    const bool demo = std::any_of(s.sites.cbegin(), s.sites.cend(), SiteVault::isDemoSite);
    const QString scope = s.scope == QLatin1String("trial") ? Tr::tr("the whole trial (sites %1)").arg(s.sites.join(QStringLiteral(", ")))
                                                            : Tr::tr("site %1 only").arg(s.sites.join(QStringLiteral(", ")));
    const QString footer = Tr::tr("NCT07312656 DMC report%1, data as of %2 UTC. Confidential: for the data monitoring committee.")
                               .arg(demo ? Tr::tr(" (DEMO DATA)") : QString(), s.takenUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return writePdf(path, Tr::tr("DMC report, NCT07312656"), footer, [&](Doc &doc) {
        doc.title(Tr::tr("Data Monitoring Committee report%1").arg(demo ? Tr::tr(": DEMO DATA, not a real trial") : QString()),
                  Tr::tr("NCT07312656: exosome mouth spray versus no intervention against radiation-induced oral mucositis. "
                         "Data of %1, as of %2 UTC. Closed report: results by arm.")
                      .arg(scope, s.takenUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

        // 1. Enrolment
        doc.heading(Tr::tr("1. Enrolment"));
        QList<QStringList> rows;
        int registered = 0, failures = 0, experimental = 0, control = 0, withdrawn = 0;
        for (const QString &site : s.sites) {
            int reg = 0, fail = 0, e = 0, c = 0, w = 0;
            for (const PatientCourse &p : courses) {
                if (p.site != site)
                    continue;
                ++reg;
                fail += p.status == QLatin1String("screen_failed");
                w += p.status == QLatin1String("withdrawn");
                e += p.arm == armExperimental();
                c += p.arm == armControl();
            }
            rows << QStringList{site, QString::number(reg), QString::number(fail), QString::number(e), QString::number(c), QString::number(e + c), QString::number(w)};
            registered += reg;
            failures += fail;
            experimental += e;
            control += c;
            withdrawn += w;
        }
        rows << QStringList{Tr::tr("All sites"), QString::number(registered), QString::number(failures), QString::number(experimental),
                            QString::number(control), QString::number(experimental + control), QString::number(withdrawn)};
        doc.table({Tr::tr("Site"), Tr::tr("Registered"), Tr::tr("Screen failures"), Tr::tr("Experimental"), Tr::tr("Control"),
                   Tr::tr("Randomized"), Tr::tr("Withdrawn")},
                  rows, {1.3, 1, 1.1, 1.1, 1, 1, 1});
        doc.paragraph(Tr::tr("Randomized %1 of the target of %2 (%3).").arg(experimental + control).arg(kEnrolmentTarget)
                          .arg(pct(experimental + control, kEnrolmentTarget)));
        if (experimental + control > 0)
            enrolmentChart(doc, courses, s.sites);
        else
            doc.paragraph(Tr::tr("No patient has been randomized yet."));

        const EndpointResult &pe = endpoints.first();
        const QList<PatientVisits> visits = patientVisits(s, courses, s.takenUtc.toUTC().date());

        // 2. Participant flow and screen failures
        doc.heading(Tr::tr("2. Participant flow (CONSORT)"), mm(120));
        doc.paragraph(Tr::tr("Counted from the same data as the primary endpoint. Lost to follow-up: not withdrawn, and the window of "
                             "the last scheduled visit closed without it. Completed: the status says so, or the last scheduled visit "
                             "was recorded. Analysed: in the primary endpoint's n."), 8.5);
        consort(doc, consortFlow(courses, visits, pe));
        screenFailureSection(doc, screenFailures(s, courses));

        // 3. Primary endpoint
        doc.heading(Tr::tr("3. Primary endpoint: %1").arg(primary.label()));
        doc.paragraph(Tr::tr("n: randomized patients with at least one signed graded visit on or after the day of randomization; "
                             "events: those with a signed grade >= %1. Risk difference with Newcombe's hybrid score 95% interval, "
                             "relative risk with the log (Katz) 95% interval, Fisher's exact test (two-sided), Cochran-Mantel-Haenszel "
                             "test stratified by site without continuity correction. n/e: not estimable.").arg(pe.threshold), 8.5);
        QList<QStringList> endpointRows;
        for (const EndpointResult &r : endpoints)
            endpointRows << QStringList{r.scale.toUpper() + QStringLiteral(" >= ") + QString::number(r.threshold) + (&r == &endpoints.first() ? QStringLiteral(" *") : QString()),
                                        QStringLiteral("%1/%2 (%3)").arg(r.experimental.events).arg(r.experimental.n).arg(pct(r.experimental.events, r.experimental.n)),
                                        QStringLiteral("%1/%2 (%3)").arg(r.control.events).arg(r.control.n).arg(pct(r.control.events, r.control.n)),
                                        r.riskDifference ? QStringLiteral("%1 (%2, %3)").arg(formatBesideNull(r.riskDifference->estimate, 3, 0),
                                                                                             formatBesideNull(r.riskDifference->ci.lower, 3, 0),
                                                                                             formatBesideNull(r.riskDifference->ci.upper, 3, 0))
                                                         : Tr::tr("n/e"),
                                        r.relativeRisk ? QStringLiteral("%1 (%2, %3)").arg(formatBesideNull(r.relativeRisk->estimate, 3, 1),
                                                                                           formatBesideNull(r.relativeRisk->ci.lower, 3, 1),
                                                                                           formatBesideNull(r.relativeRisk->ci.upper, 3, 1))
                                                       : Tr::tr("n/e"),
                                        pValue(r.fisherP), pValue(r.cmh ? std::optional<double>(r.cmh->p) : std::nullopt)};
        doc.table({Tr::tr("Scale"), Tr::tr("Experimental"), Tr::tr("Control"), Tr::tr("Risk difference (95% CI)"),
                   Tr::tr("Relative risk (95% CI)"), Tr::tr("Fisher p"), Tr::tr("CMH p")},
                  endpointRows, {1.3, 1.45, 1.45, 2.2, 2.3, 0.75, 0.75});
        doc.paragraph(Tr::tr("* the primary endpoint; the other scales at the same threshold are secondary."), 8);
        QList<QStringList> siteRows;
        for (auto it = pe.bySite.cbegin(); it != pe.bySite.cend(); ++it)
            siteRows << QStringList{it.key(), QStringLiteral("%1/%2 (%3)").arg(it->first.events).arg(it->first.n).arg(pct(it->first.events, it->first.n)),
                                    QStringLiteral("%1/%2 (%3)").arg(it->second.events).arg(it->second.n).arg(pct(it->second.events, it->second.n))};
        if (!siteRows.isEmpty())
            doc.table({Tr::tr("Site (primary endpoint)"), Tr::tr("Experimental"), Tr::tr("Control")}, siteRows, {1.5, 1, 1});
        QMap<QString, int> whys;
        for (const EndpointExclusion &e : pe.excluded)
            ++whys[e.why];
        QStringList excluded;
        for (auto it = whys.cbegin(); it != whys.cend(); ++it)
            excluded << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        doc.paragraph(Tr::tr("Not in the analysis (%1 patients): %2.").arg(pe.excluded.size()).arg(excluded.isEmpty() ? Tr::tr("none") : excluded.join(QStringLiteral("; "))), 8.5);

        // 3. Time to the first grade >= threshold
        doc.heading(Tr::tr("4. Time to the first %1").arg(primary.label()), mm(110));
        doc.paragraph(Tr::tr("Kaplan-Meier estimates per arm, censored at the last signed graded visit; medians with the "
                             "Brookmeyer-Crowley 95% interval (n/r: not reached). Ticks mark censored patients."), 8.5);
        kmChart(doc, timeToEvent(courses, pe.scale, pe.threshold, TimeScale::DaysFromRtStart), Tr::tr("Days from the start of radiotherapy"), Tr::tr("days"));
        kmChart(doc, timeToEvent(courses, pe.scale, pe.threshold, TimeScale::CumulativeDoseGy), Tr::tr("Cumulative radiotherapy dose (Gy)"), Tr::tr("Gy"));

        // 4. Severity per patient
        const SeveritySummary severity = summarizeSeverity(patientSeverity(courses, pe.scale, pe.threshold), pe.scale, pe.threshold);
        doc.heading(Tr::tr("5. Severity per patient"));
        doc.paragraph(Tr::tr("Randomized patients with a signed graded visit on or after the day of randomization: how many had each "
                             "worst grade; the days at grade >= %1 (%2), from the first visit at or above it to the next visit below it, "
                             "episodes added up, an episode open at the last visit counted to it; the OMAS area under the curve "
                             "(trapezoids over days) per day of follow-up. n/e: not estimable.").arg(pe.threshold).arg(pe.scale.toUpper()), 8.5);
        QList<QStringList> worstRows;
        for (const QString &scale : {QStringLiteral("who"), QStringLiteral("ctcae"), QStringLiteral("rtog")}) {
            for (const auto &[label, arm] : {std::pair{Tr::tr("Experimental"), &severity.experimental}, std::pair{Tr::tr("Control"), &severity.control}}) {
                const QList<int> counts = arm->worstGradeCounts.value(scale, QList<int>(5, 0));
                QStringList row{scale.toUpper(), label};
                for (int c : counts)
                    row << QStringLiteral("%1 (%2)").arg(c).arg(pct(c, arm->n));
                worstRows << row;
            }
        }
        doc.table({Tr::tr("Scale"), Tr::tr("Arm"), Tr::tr("Worst 0"), Tr::tr("Worst 1"), Tr::tr("Worst 2"), Tr::tr("Worst 3"), Tr::tr("Worst 4")},
                  worstRows, {0.8, 1.2, 1, 1, 1, 1, 1});
        QList<QStringList> durationRows;
        for (const auto &[label, arm] : {std::pair{Tr::tr("Experimental"), &severity.experimental}, std::pair{Tr::tr("Control"), &severity.control}})
            durationRows << QStringList{label, QString::number(arm->n),
                                        QStringLiteral("%1 (%2)").arg(arm->patientsSevere).arg(pct(arm->patientsSevere, arm->n)),
                                        arm->medianSevereDays ? QString::number(*arm->medianSevereDays, 'f', 1) : Tr::tr("n/e"),
                                        QString::number(arm->ongoing),
                                        arm->meanOmasAucPerDay ? QStringLiteral("%1 (%2)").arg(QString::number(*arm->meanOmasAucPerDay, 'f', 2)).arg(arm->omasScored)
                                                               : Tr::tr("n/e")};
        doc.table({Tr::tr("Arm"), Tr::tr("Patients"), Tr::tr("Grade >= %1").arg(pe.threshold), Tr::tr("Median days"), Tr::tr("Open at last visit"),
                   Tr::tr("OMAS AUC/day, mean (n)")},
                  durationRows, {1.2, 0.8, 1.1, 1, 1.1, 1.5});

        // 5. Adverse events
        doc.heading(Tr::tr("6. Adverse events by CTCAE term and grade"));
        QHash<QString, const PatientCourse *> byPatient;
        for (const PatientCourse &c : courses)
            byPatient.insert(c.patientId, &c);
        // term -> arm -> grade -> patients (worst grade per patient and term)
        QMap<QString, QMap<QString, QMap<QString, int>>> worst;
        QList<QStringList> serious;
        for (const SnapshotRecord &ae : s.rows(QStringLiteral("adverse_events"))) {
            const PatientCourse *c = byPatient.value(ae.text(QStringLiteral("patient_id")));
            if (!c)
                continue;
            const QString arm = c->arm.isEmpty() ? QStringLiteral("none") : c->arm;
            int &g = worst[ae.text(QStringLiteral("term"))][arm][c->patientId];
            g = std::max(g, ae.fields.value(QStringLiteral("grade")).toInt());
            if (ae.fields.value(QStringLiteral("serious")).toInt() != 0)
                serious << QStringList{c->subjectId, c->arm.isEmpty() ? Tr::tr("not randomized") : c->arm, ae.text(QStringLiteral("term")),
                                       ae.text(QStringLiteral("grade")), ae.text(QStringLiteral("onset_date")), ae.text(QStringLiteral("outcome"))};
        }
        QList<QStringList> aeRows;
        for (auto t = worst.cbegin(); t != worst.cend(); ++t) {
            QStringList row{t.key()};
            for (const QString &arm : {armExperimental(), armControl()}) {
                int low = 0, high = 0;
                for (int g : t->value(arm))
                    (g >= 3 ? high : low)++;
                row << QString::number(low) << QString::number(high);
            }
            aeRows << row;
        }
        if (aeRows.isEmpty())
            doc.paragraph(Tr::tr("No adverse event recorded."));
        else
            doc.table({Tr::tr("Term (patients, worst grade)"), Tr::tr("Exp. grade 1-2"), Tr::tr("Exp. grade >= 3"), Tr::tr("Ctl. grade 1-2"),
                       Tr::tr("Ctl. grade >= 3")},
                      aeRows, {2.6, 1, 1, 1, 1});
        doc.paragraph(Tr::tr("Serious adverse events: %1.").arg(serious.size()), 9.5);
        std::sort(serious.begin(), serious.end());
        if (!serious.isEmpty())
            doc.table({Tr::tr("Subject"), Tr::tr("Arm"), Tr::tr("Term"), Tr::tr("Grade"), Tr::tr("Onset"), Tr::tr("Outcome")}, serious,
                      {1.1, 1.1, 2.2, 0.6, 1, 1.2});
        deviationSection(doc, protocolDeviations(s, visits));
        completenessSection(doc, dataCompleteness(visits, s.sites));
    });
}

} // namespace muco::exports
