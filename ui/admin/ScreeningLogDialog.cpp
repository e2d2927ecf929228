#include "admin/ScreeningLogDialog.h"
#include "models/ScreeningLogModel.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

ScreeningLogDialog::ScreeningLogDialog(Session &session, QWidget *parent) : QDialog(parent), m_model(new ScreeningLogModel(this)), m_table(new QTableView)
{
    setWindowTitle(tr("Screening log"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    (void)m_model->load(session);   // a log that cannot be read is shown empty
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_table);
    v->addWidget(buttons);
    resize(760, 460);
}

} // namespace muco::ui
