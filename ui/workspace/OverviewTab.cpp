#include "workspace/OverviewTab.h"
#include "DisplayFormat.h"
#include "FontCoverage.h"
#include "workspace/RandomizePanel.h"
#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include "records/Assessments.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "security/Session.h"
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace muco::ui {

namespace {
// How far beyond zero and their top the axes reach, as a share of their height (withMargins).
constexpr double kAxisMargin = 0.05;
qreal ms(const QDate &d) { return static_cast<qreal>(QDateTime(d, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch()); }
QDate dayOf(qreal x) { return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x), QTimeZone::utc()).date(); }
} // namespace

OverviewTab::OverviewTab(QWidget *parent) : WorkspaceTab(parent), m_summary(new QLabel), m_view(new QChartView)
{
    setObjectName(QStringLiteral("overviewTab"));
    showsTables({Radiotherapy::planTable().name, Radiotherapy::fractionTable().name, Assessments::table().name,
                Randomizations::table().name});
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(320);
    auto *exportButton = new QPushButton(tr("E&xport chart as PNG..."));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_subjectId + QStringLiteral("-mucositis-chart.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            showError(tr("%1 could not be written.").arg(path));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(exportButton);
    auto *v = new QVBoxLayout(this);
    v->addLayout(row);
    v->addWidget(m_view, 1);
}

QChart *OverviewTab::chart() const { return m_view->chart(); }
QString OverviewTab::summaryText() const { return m_summary->text(); }
bool OverviewTab::exportPng(const QString &path) const { return m_view->grab().save(path, "PNG"); }

void OverviewTab::reload()
{
    Session *s = session();
    if (!s)
        return;
    auto *chart = new QChart;
    // The subject ID (and the arm, once randomized) is in the chart itself, so an exported or
    // printed chart says whose it is and what the patient receives.
    auto patient = Patients::get(*s, patientId());
    m_subjectId = patient.ok() ? patient->subjectId : QString();
    auto allocation = Randomizations::forPatient(s->db(), patientId());
    if (allocation.ok() && allocation->has_value())
        chart->setTitle(tr("%1 (%2): cumulative dose and oral mucositis grade").arg(m_subjectId, armLabel((*allocation)->arm)));
    else
        chart->setTitle(tr("%1: cumulative dose and oral mucositis grade").arg(m_subjectId));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *xAxis = new QDateTimeAxis;
    // The language's own short date (Chinese reads "11月23日", not "11月 23"): a Qt date format
    // the translation gives.
    xAxis->setFormat(tr("MMM d", "the chart's date axis: a QDateTime format"));
    xAxis->setTitleText(tr("Date"));
    auto *doseAxis = new QValueAxis;
    doseAxis->setTitleText(tr("Cumulative dose (Gy)"));
    doseAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto *gradeAxis = new QValueAxis;
    gradeAxis->setTitleText(tr("Grade"));
    gradeAxis->setLabelFormat(QStringLiteral("%d"));
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{xAxis, doseAxis, gradeAxis})
        axis->setTitleFont(fontCovering(axis->titleFont(), axis->titleText()));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(doseAxis, Qt::AlignLeft);
    chart->addAxis(gradeAxis, Qt::AlignRight);

    const QDate today = Radiotherapy::today(*s);
    QDate first = today.addDays(-7), last = today;
    QStringList summary;

    auto plan = Radiotherapy::plan(*s, patientId());
    auto fractions = Radiotherapy::fractions(*s, patientId());
    auto *dose = new QLineSeries;
    dose->setName(tr("Cumulative dose"));
    // Colours no grade line has: the theme's first colour was the CTCAE line's blue, and the
    // endpoint's red the WHO line's (a walkthrough could not tell them apart).
    QPen dosePen(QColor(0x37, 0x47, 0x4f));
    dosePen.setWidthF(2.0);
    dose->setPen(dosePen);
    if (plan.ok() && plan.value() && fractions.ok()) {
        first = plan.value()->startDate;
        Decimal total(0);
        dose->append(ms(first), 0);
        for (const auto &[day, cumulative] : cumulativeDoseByDate(Radiotherapy::doseFractions(fractions.value()))) {
            total = cumulative;
            dose->append(ms(day), total.toDouble());
            last = std::max(last, day);
        }
        doseAxis->setRange(0, std::max(plan.value()->totalDoseGy.toDouble(), total.toDouble()));
        doseAxis->applyNiceNumbers();
        auto sum = Radiotherapy::summaryNow(*s, patientId());
        if (sum.ok())
            summary << tr("Dose %1 of %2 Gy, fraction %3 of %4").arg(displayNumber(sum->cumulativeDoseGy), displayNumber(plan.value()->totalDoseGy))
                           .arg(sum->deliveredFractions).arg(plan.value()->fractions);
        if (sum.ok() && sum->projectedCompletionDate)
            last = std::max(last, *sum->projectedCompletionDate);
    } else {
        doseAxis->setRange(0, 70);
        doseAxis->applyNiceNumbers();
        summary << tr("No radiotherapy plan yet");
    }
    // Both axes reach a little beyond zero and their top, zeros at the same height, ticks from
    // zero: a grade-0 line on the plot's bottom edge was cut in half, WHO's stripe under CTCAE's
    // and RTOG's lost (and a grade 5 on its top edge).
    const auto withMargins = [](QValueAxis *axis, double top, double interval) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(interval);
        axis->setRange(-top * kAxisMargin, top * (1 + kAxisMargin));
    };
    withMargins(doseAxis, doseAxis->max(), doseAxis->max() / (doseAxis->tickCount() - 1));
    withMargins(gradeAxis, 5, 1);
    chart->addSeries(dose);
    dose->attachAxis(xAxis);
    dose->attachAxis(doseAxis);
    connect(dose, &QLineSeries::hovered, this, [](const QPointF &p, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tr("%1: %2 Gy").arg(displayDate(dayOf(p.x())), displayNumber(p.y(), 1)));
    });

    auto assessments = Assessments::list(*s, patientId());
    // The three scales often give the same grade: each line drawn later is narrower than the one
    // under it (WHO widest, RTOG thinnest, dashed), so equal grades show as nested stripes
    // instead of RTOG hiding WHO and CTCAE.
    struct Style {
        Scale scale;
        QColor color;
        qreal width;
        Qt::PenStyle style;
    };
    const QList<Style> scales = {{Scale::Who, QColor(0xc6, 0x28, 0x28), 7.0, Qt::SolidLine},
                                 {Scale::Ctcae, QColor(0x15, 0x65, 0xc0), 3.5, Qt::SolidLine},
                                 {Scale::Rtog, QColor(0xf9, 0xa8, 0x25), 1.5, Qt::DashLine}};
    for (const auto &[scale, color, width, style] : scales) {
        auto *series = new QLineSeries;
        series->setName(scaleName(scale));
        QPen pen(color);
        pen.setWidthF(width);
        pen.setStyle(style);
        series->setPen(pen);
        int previous = 0;
        bool any = false;
        if (assessments.ok()) {
            for (const Assessment &a : assessments.value()) {
                const int g = scale == Scale::Who ? a.who.grade : scale == Scale::Ctcae ? a.ctcae.grade : a.rtog.grade;
                if (any)
                    series->append(ms(a.visitDate), previous);   // a step: the grade holds until the next visit
                series->append(ms(a.visitDate), g);
                previous = g;
                any = true;
                last = std::max(last, a.visitDate);
                first = std::min(first, a.visitDate);
            }
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(gradeAxis);
        const QString name = scaleName(scale);
        connect(series, &QLineSeries::hovered, this, [name](const QPointF &p, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tr("%1 grade %2 on %3").arg(name).arg(qRound(p.y())).arg(displayDate(dayOf(p.x()))));
        });
    }
    if (assessments.ok() && !assessments->isEmpty()) {
        const Assessment &latest = assessments->last();
        summary << tr("Latest visit %1: WHO %2, CTCAE %3, RTOG %4").arg(displayDate(latest.visitDate))
                       .arg(latest.who.grade).arg(latest.ctcae.grade).arg(latest.rtog.grade);
    } else {
        summary << tr("No graded visit yet");
    }

    auto *endpoint = new QLineSeries;
    endpoint->setName(tr("Grade 3 (primary endpoint)"));
    QPen dashed(QColor(0x8e, 0x24, 0xaa));
    dashed.setStyle(Qt::DashDotLine);
    endpoint->setPen(dashed);
    endpoint->append(ms(first), 3);
    endpoint->append(ms(last), 3);
    chart->addSeries(endpoint);
    endpoint->attachAxis(xAxis);
    endpoint->attachAxis(gradeAxis);
    xAxis->setRange(QDateTime(first, QTime(0, 0), QTimeZone::utc()), QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc()));

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_summary->setText(summary.join(QStringLiteral("  ·  ")));
}

} // namespace muco::ui
