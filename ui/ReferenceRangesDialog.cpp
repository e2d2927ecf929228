#include "ReferenceRangesDialog.h"
#include "records/Labs.h"
#include "security/Session.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muco::ui {

ReferenceRangesDialog::ReferenceRangesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, 4)), m_error(new QLabel)
{
    setWindowTitle(tr("Laboratory reference ranges"));
    m_table->setHorizontalHeaderLabels({tr("Test"), tr("SI unit"), tr("Lower limit"), tr("Upper limit (ULN)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    const auto read = Labs::referenceRanges(session);
    if (!read.ok())
        m_error->setText(read.error().message);
    const auto ranges = read.value_or({});
    const bool editable = session.can(Permission::ManageSettings);
    for (const AnalyteInfo &a : analytes()) {
        if (a.analyte == Analyte::CreatinineClearance)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(analyteLabel(a.analyte));
        name->setData(Qt::UserRole, a.key);
        name->setFlags(Qt::ItemIsEnabled);
        auto *unit = new QTableWidgetItem(a.siUnit);
        unit->setFlags(Qt::ItemIsEnabled);
        const ReferenceRange r = ranges.value(a.key);
        auto *lln = new QTableWidgetItem(r.lln ? r.lln->toString() : QString());
        auto *uln = new QTableWidgetItem(r.uln ? r.uln->toString() : QString());
        if (!editable) {
            lln->setFlags(Qt::ItemIsEnabled);
            uln->setFlags(Qt::ItemIsEnabled);
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, unit);
        m_table->setItem(row, 2, lln);
        m_table->setItem(row, 3, uln);
    }
    m_table->resizeColumnsToContents();
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_table);
    v->addWidget(m_error);
    v->addWidget(buttons);
    resize(560, 420);
}

void ReferenceRangesDialog::accept()
{
    const auto read = Labs::referenceRanges(m_session);
    if (!read.ok()) {
        m_error->setText(read.error().message);
        return;
    }
    const auto &before = read.value();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0)->data(Qt::UserRole).toString();
        ReferenceRange r;
        for (int col : {2, 3}) {
            const QString text = m_table->item(row, col)->text().trimmed();
            if (text.isEmpty())
                continue;
            const auto v = Decimal::parse(text);
            if (!v) {
                m_error->setText(tr("%1: \"%2\" is not a number.").arg(m_table->item(row, 0)->text(), text));
                m_table->setCurrentCell(row, col);
                return;
            }
            (col == 2 ? r.lln : r.uln) = v;
        }
        const ReferenceRange old = before.value(key);
        const bool same = (old.lln.has_value() == r.lln.has_value() && (!r.lln || *old.lln == *r.lln))
                       && (old.uln.has_value() == r.uln.has_value() && (!r.uln || *old.uln == *r.uln));
        if (same)
            continue;
        const Status s = Labs::setReferenceRange(m_session, key, r);
        if (!s.ok()) {
            m_error->setText(QStringLiteral("%1: %2").arg(m_table->item(row, 0)->text(), s.error().why()));
            m_table->setCurrentCell(row, 3);
            return;
        }
    }
    QDialog::accept();
}

} // namespace muco::ui
