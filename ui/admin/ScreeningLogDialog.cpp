#include "admin/ScreeningLogDialog.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "records/Screenings.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muco::ui {

ScreeningLogDialog::ScreeningLogDialog(Session &session, QWidget *parent) : QDialog(parent), m_table(new QTableWidget(0, 6))
{
    setWindowTitle(tr("Screening log"));
    m_table->setHorizontalHeaderLabels({tr("Subject"), tr("Date"), tr("Outcome"), tr("Decision"), tr("Failed criteria"), tr("Missing")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto log = Screenings::log(session);
    if (log.ok()) {
        for (const ScreeningLogEntry &e : log.value()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(e.subjectId));
            m_table->setItem(row, 1, new QTableWidgetItem(displayDate(e.assessmentDate)));
            m_table->setItem(row, 2, new QTableWidgetItem(screeningOutcomeLabel(e.outcome)));
            m_table->setItem(row, 3, new QTableWidgetItem(e.state == QLatin1String("signed") ? tr("signed by %1").arg(e.signedBy) : tr("draft")));
            m_table->setItem(row, 4, new QTableWidgetItem(e.failed.join(QStringLiteral(", "))));
            m_table->setItem(row, 5, new QTableWidgetItem(e.missing.join(QStringLiteral(", "))));
        }
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_table);
    v->addWidget(buttons);
    resize(760, 460);
}

} // namespace muco::ui
