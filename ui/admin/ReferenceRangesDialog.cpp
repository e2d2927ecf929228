#include "admin/ReferenceRangesDialog.h"
#include "models/ReferenceRangeModel.h"
#include "security/Session.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

ReferenceRangesDialog::ReferenceRangesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new ReferenceRangeModel(this)), m_table(new QTableView), m_error(new QLabel)
{
    setWindowTitle(tr("Laboratory reference ranges"));
    const Status read = m_model->load(session);
    if (!read.ok())
        m_error->setText(read.error().message);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->resizeColumnsToContents();
    // The six limit columns share the spare width, so no one of them stands out as wider.
    for (int col = ReferenceRangeModel::AnyLower; col < ReferenceRangeModel::ColumnCount; ++col)
        m_table->horizontalHeader()->setSectionResizeMode(col, QHeaderView::Stretch);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_model->editable());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Creatinine's range differs by sex: one common range judged a woman's creatinine against a
    // man's ULN at screening (a walkthrough). Said where the ranges are entered.
    auto *note = new QLabel(tr("Where a test's range differs by sex (creatinine; hemoglobin, ALT and AST in most laboratories), "
                               "enter the female and the male limits: the common range is for tests both sexes share."));
    note->setWordWrap(true);
    auto *v = new QVBoxLayout(this);
    v->addWidget(note);
    v->addWidget(m_table);
    v->addWidget(m_error);
    v->addWidget(buttons);
    resize(860, 460);
}

void ReferenceRangesDialog::accept()
{
    if (const auto problem = m_model->save(m_session)) {
        m_error->setText(problem->message);
        m_table->setCurrentIndex(problem->cell);
        return;
    }
    QDialog::accept();
}

} // namespace muco::ui
