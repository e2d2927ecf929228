#include "ColumnsToWidth.h"
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace muco::ui {

ColumnsToWidth *ColumnsToWidth::install(QTableView *table, QList<int> givingWay)
{
    return new ColumnsToWidth(table, std::move(givingWay));
}

ColumnsToWidth::ColumnsToWidth(QTableView *table, QList<int> givingWay)
    : QObject(table), m_table(table), m_givingWay(std::move(givingWay))
{
    m_table->viewport()->installEventFilter(this);
}

void ColumnsToWidth::setKeptHidden(int column, bool hidden)
{
    if (hidden)
        m_keptHidden.insert(column);
    else
        m_keptHidden.remove(column);
    m_fitting = true;
    m_table->setColumnHidden(column, hidden);
    m_fitting = false;
}

void ColumnsToWidth::showAll()
{
    m_fitting = true;
    for (int c : std::as_const(m_givingWay))
        if (!m_keptHidden.contains(c) && m_table->isColumnHidden(c))
            m_table->setColumnHidden(c, false);
    m_fitting = false;
}

void ColumnsToWidth::fit()
{
    if (m_fitting)
        return;
    // Every column that may be shown, at the width it had (a hidden section keeps it), then
    // hidden in order until the rest fit.
    showAll();
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int room = m_table->viewport()->width();
    for (int c : std::as_const(m_givingWay)) {
        if (header->length() <= room)
            break;
        if (!m_table->isColumnHidden(c))
            m_table->setColumnHidden(c, true);
    }
    m_fitting = false;
}

bool ColumnsToWidth::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &ColumnsToWidth::fit, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

} // namespace muco::ui
