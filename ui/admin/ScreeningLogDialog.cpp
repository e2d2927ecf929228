#include "admin/ScreeningLogDialog.h"
#include "models/ScreeningLogModel.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollBar>
#include "WindowGeometry.h"

namespace muco::ui {

ScreeningLogDialog::ScreeningLogDialog(Session &session, QWidget *parent) : QDialog(parent), m_model(new ScreeningLogModel(this)), m_table(new QTableView)
{
    setWindowTitle(tr("Screening log"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    (void)m_model->load(session);   // a log that cannot be read is shown empty
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_table);
    v->addWidget(buttons);
    // Wide enough for every column (the criteria not met are a long line), never wider than the screen.
    // Measured before the last column stretches: its contents, not the room left to it.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->resizeColumnsToContents();
    const int table = m_table->horizontalHeader()->length() + m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QSize available = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry().size();
    resize(fittedSize(QSize(std::max(760, table + 2 * layout()->contentsMargins().left()), 460), available));
}

} // namespace muco::ui
