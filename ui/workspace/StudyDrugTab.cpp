#include "workspace/StudyDrugTab.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "SignatureDialog.h"
#include "records/RecordStore.h"
#include "records/Radiotherapy.h"
#include "records/Randomizations.h"
#include "records/StudyDrug.h"
#include "security/Session.h"
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muco::ui {

StudyDrugTab::StudyDrugTab(QWidget *parent) : WorkspaceTab(parent), m_table(new QTableWidget(0, 3)), m_adherence(new QLabel)
{
    setObjectName(QStringLiteral("studyDrugTab"));
    showsTables({Radiotherapy::planTable().name, Radiotherapy::fractionTable().name, StudyDrug::table().name,
                Randomizations::table().name});
    m_table->setObjectName(QStringLiteral("drugDiary"));
    m_table->setHorizontalHeaderLabels({tr("After breakfast"), tr("After lunch"), tr("After dinner")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_adherence->setObjectName(QStringLiteral("adherence"));
    m_adherence->setStyleSheet(QStringLiteral("font-weight: bold; padding: 6px;"));
    auto *note = new QLabel(tr("Exosome spray, about 1.5 mL, three times a day 30 minutes after each main meal, "
                               "from the first day of radiotherapy through the end of the course. Space checks the selected dose."));
    note->setWordWrap(true);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_adherence);
    v->addWidget(note);
    v->addWidget(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, &StudyDrugTab::onChanged);
}

void StudyDrugTab::reload()
{
    Session *s = session();
    if (!s)
        return;
    m_loading = true;
    m_table->setRowCount(0);
    // The control arm receives no drug: the diary exists for the experimental arm only (issue 15).
    auto arm = Randomizations::forPatient(s->db(), patientId());
    if (!arm.ok() || !arm->has_value() || arm->value().arm != Randomizations::experimental()) {
        m_adherence->setText(!arm.ok() ? errorText(arm.error())
                             : !arm->has_value() ? tr("The diary opens once the patient is randomized to the experimental arm.")
                                                 : tr("Control arm: no study drug is given, so there is no diary."));
        m_table->setEnabled(false);
        m_loading = false;
        return;
    }
    m_table->setEnabled(true);
    auto plan = Radiotherapy::plan(*s, patientId());
    if (!plan.ok() || !plan.value()) {
        m_adherence->setText(tr("The diary starts with the radiotherapy plan; none is recorded yet."));
        m_loading = false;
        return;
    }
    const QDate today = Radiotherapy::today(*s);
    auto summary = Radiotherapy::summary(*s, patientId(), today);
    QDate end = today;
    if (summary.ok() && summary->remainingFractions == 0 && summary->lastFractionDate)
        end = std::min(end, *summary->lastFractionDate);
    auto doses = StudyDrug::doses(*s, patientId());
    QHash<QString, bool> taken;
    if (doses.ok())
        for (const DrugDose &d : doses.value())
            taken.insert(d.date.toString(Qt::ISODate) + d.slot, d.taken);
    const QStringList slotNames = StudyDrug::doseSlots();
    const bool editable = s->can(Permission::RecordStudyDrug);
    QStringList labels;
    for (QDate d = plan.value()->startDate; d <= end; d = d.addDays(1)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        labels << displayDateWithDay(d);
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem;
            item->setFlags(editable ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled);
            item->setCheckState(taken.value(d.toString(Qt::ISODate) + slotNames[c]) ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::UserRole, d);
            item->setData(Qt::UserRole + 1, slotNames[c]);
            m_table->setItem(row, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(labels);
    m_table->scrollToBottom();
    auto a = StudyDrug::adherence(*s, patientId());
    if (a.ok())
        m_adherence->setText(tr("Adherence: %1 of %2 doses (%3%)").arg(displayNumber(a->taken), displayNumber(a->expected), displayNumber(a->percent(), 0)));
    m_loading = false;
}

void StudyDrugTab::onChanged(QTableWidgetItem *item)
{
    Session *s = session();
    if (!s || m_loading || !item)
        return;
    const bool checked = item->checkState() == Qt::Checked;
    QString reason;
    if (!checked) {
        reason = askReason(this, tr("A recorded dose is being unchecked."));
        if (reason.isEmpty()) {
            m_loading = true;
            item->setCheckState(Qt::Checked);
            m_loading = false;
            return;
        }
    }
    const Status st = StudyDrug::setTaken(*s, patientId(), item->data(Qt::UserRole).toDate(), item->data(Qt::UserRole + 1).toString(),
                                          checked, reason);
    if (!st.ok())
        showError(errorText(st.error()));
}

} // namespace muco::ui
