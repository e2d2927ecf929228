#include "admin/OverdueVisitsDialog.h"
#include "DisplayFormat.h"
#include "records/Schedule.h"
#include "security/Session.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muco::ui {

OverdueVisitsDialog::OverdueVisitsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel), m_table(new QTableWidget(0, 6))
{
    setObjectName(QStringLiteral("overdueVisitsDialog"));
    setWindowTitle(tr("Overdue visits"));
    m_table->setObjectName(QStringLiteral("overdueTable"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Subject"), tr("Visit"), tr("Window"), tr("Missing"), tr("Days overdue")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setObjectName(QStringLiteral("overdueSummary"));
    m_summary->setWordWrap(true);
    const QDate today = session.today();
    auto overdue = Schedule::overdue(session);
    if (!overdue.ok()) {
        m_summary->setText(overdue.error().message);
    } else {
        // Per site: how many visits, how many patients (a monitor's device holds every site).
        QMap<QString, QPair<int, QSet<QString>>> bySite;
        for (const OverdueVisit &o : overdue.value()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(o.site));
            m_table->setItem(row, 1, new QTableWidgetItem(o.subjectId));
            m_table->setItem(row, 2, new QTableWidgetItem(Schedule::visitLabel(o.visit)));
            m_table->setItem(row, 3, new QTableWidgetItem(tr("%1 to %2").arg(displayDate(o.visit.windowStart), displayDate(o.visit.windowEnd))));
            m_table->setItem(row, 4, new QTableWidgetItem(Schedule::missingLabel(o.visit)));
            auto *days = new QTableWidgetItem;
            days->setData(Qt::DisplayRole, static_cast<int>(o.visit.windowEnd.daysTo(today)));
            m_table->setItem(row, 5, days);
            bySite[o.site].first += 1;
            bySite[o.site].second.insert(o.patientId);
        }
        QStringList lines;
        for (auto it = bySite.cbegin(); it != bySite.cend(); ++it)
            lines << tr("Site %1: overdue visits: %2; patients: %3").arg(it.key()).arg(it.value().first).arg(it.value().second.size());
        m_summary->setText(lines.isEmpty() ? tr("No visit is overdue on %1.").arg(displayDate(today))
                                           : tr("On %1:").arg(displayDate(today)) + QLatin1Char(' ') + lines.join(QStringLiteral("  ")));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_summary);
    v->addWidget(m_table, 1);
    v->addWidget(buttons);
    resize(900, 480);
}

} // namespace muco::ui
