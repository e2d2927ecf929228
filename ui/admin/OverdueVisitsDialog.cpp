#include "admin/OverdueVisitsDialog.h"
#include "models/OverdueVisitsModel.h"
#include "DisplayFormat.h"
#include "records/Schedule.h"
#include "security/Session.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

OverdueVisitsDialog::OverdueVisitsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel), m_model(new OverdueVisitsModel(this)), m_table(new QTableView)
{
    setObjectName(QStringLiteral("overdueVisitsDialog"));
    setWindowTitle(tr("Overdue visits"));
    m_table->setObjectName(QStringLiteral("overdueTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setObjectName(QStringLiteral("overdueSummary"));
    m_summary->setWordWrap(true);
    const Status read = m_model->load(session);
    const QDate today = m_model->today();
    if (!read.ok()) {
        m_summary->setText(read.error().message);
    } else {
        // Per site: how many visits, how many patients (a monitor's device holds every site).
        QMap<QString, QPair<int, QSet<QString>>> bySite;
        for (const OverdueVisit &o : m_model->visits()) {
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
