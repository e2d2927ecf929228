#include "admin/ReferenceRangesDialog.h"
#include "records/Labs.h"
#include "security/Session.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muco::ui {

namespace {
// Columns 2..7: lower and upper limit for any patient, then for women and men. A sex's pair
// left empty means "as for any patient" (creatinine is the usual one that differs).
const QStringList kSexes{QStringLiteral("any"), QStringLiteral("female"), QStringLiteral("male")};
int lowerColumn(int sexIndex) { return 2 + 2 * sexIndex; }

QString text(const std::optional<Decimal> &d) { return d ? d->toString() : QString(); }
} // namespace

ReferenceRangesDialog::ReferenceRangesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, 8)), m_error(new QLabel)
{
    setWindowTitle(tr("Laboratory reference ranges"));
    m_table->setHorizontalHeaderLabels({tr("Test"), tr("SI unit"), tr("Lower limit"), tr("Upper limit (ULN)"),
                                        tr("Women: lower"), tr("Women: ULN"), tr("Men: lower"), tr("Men: ULN")});
    const QString sexTip = tr("Only where the range differs by sex; leave empty to use the range for all patients.");
    for (int col = 4; col < 8; ++col)
        m_table->horizontalHeaderItem(col)->setToolTip(sexTip);
    // The six limit columns share the spare width, so no one of them stands out as wider.
    for (int col = 2; col < 8; ++col)
        m_table->horizontalHeader()->setSectionResizeMode(col, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    const auto read = Labs::referenceRangesBySex(session);
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
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, unit);
        for (int i = 0; i < kSexes.size(); ++i) {
            const ReferenceRange r = ranges.value(a.key).value(kSexes.at(i));
            auto *lln = new QTableWidgetItem(text(r.lln));
            auto *uln = new QTableWidgetItem(text(r.uln));
            if (!editable) {
                lln->setFlags(Qt::ItemIsEnabled);
                uln->setFlags(Qt::ItemIsEnabled);
            }
            m_table->setItem(row, lowerColumn(i), lln);
            m_table->setItem(row, lowerColumn(i) + 1, uln);
        }
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
    resize(860, 460);
}

void ReferenceRangesDialog::accept()
{
    const auto read = Labs::referenceRangesBySex(m_session);
    if (!read.ok()) {
        m_error->setText(read.error().message);
        return;
    }
    const auto &before = read.value();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0)->data(Qt::UserRole).toString();
        for (int i = 0; i < kSexes.size(); ++i) {
            ReferenceRange r;
            for (int col : {lowerColumn(i), lowerColumn(i) + 1}) {
                const QString cell = m_table->item(row, col)->text().trimmed();
                if (cell.isEmpty())
                    continue;
                const auto v = Decimal::parse(cell);
                if (!v) {
                    m_error->setText(tr("%1, %2: \"%3\" is not a number.")
                                         .arg(m_table->item(row, 0)->text(), m_table->horizontalHeaderItem(col)->text(), cell));
                    m_table->setCurrentCell(row, col);
                    return;
                }
                (col == lowerColumn(i) ? r.lln : r.uln) = v;
            }
            const ReferenceRange old = before.value(key).value(kSexes.at(i));
            if (text(old.lln) == text(r.lln) && text(old.uln) == text(r.uln))
                continue;
            const Status s = Labs::setReferenceRange(m_session, key, r, kSexes.at(i));
            if (!s.ok()) {
                m_error->setText(QStringLiteral("%1, %2: %3")
                                     .arg(m_table->item(row, 0)->text(), m_table->horizontalHeaderItem(lowerColumn(i) + 1)->text(),
                                          s.error().why()));
                m_table->setCurrentCell(row, lowerColumn(i) + 1);
                return;
            }
        }
    }
    QDialog::accept();
}

} // namespace muco::ui
