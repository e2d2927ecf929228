#include "workspace/StudyDrugTab.h"
#include "models/DrugDiaryModel.h"
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
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

StudyDrugTab::StudyDrugTab(QWidget *parent) : WorkspaceTab(parent), m_model(new DrugDiaryModel(this)), m_table(new QTableView), m_adherence(new QLabel)
{
    setObjectName(QStringLiteral("studyDrugTab"));
    showsTables({Radiotherapy::planTable().name, Radiotherapy::fractionTable().name, StudyDrug::table().name,
                Randomizations::table().name});
    m_table->setObjectName(QStringLiteral("drugDiary"));
    m_table->setModel(m_model);
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
    connect(m_model, &DrugDiaryModel::doseToggled, this, &StudyDrugTab::onToggled);
}

void StudyDrugTab::reload()
{
    Session *s = session();
    if (!s)
        return;
    m_model->clear();
    // The control arm receives no drug: the diary exists for the experimental arm only (issue 15).
    auto arm = Randomizations::forPatient(s->db(), patientId());
    if (!arm.ok() || !arm->has_value() || arm->value().arm != Randomizations::experimental()) {
        m_adherence->setText(!arm.ok() ? errorText(arm.error())
                             : !arm->has_value() ? tr("The diary opens once the patient is randomized to the experimental arm.")
                                                 : tr("Control arm: no study drug is given, so there is no diary."));
        m_table->setEnabled(false);
        return;
    }
    m_table->setEnabled(true);
    auto plan = Radiotherapy::plan(*s, patientId());
    if (!plan.ok() || !plan.value()) {
        m_adherence->setText(tr("The diary starts with the radiotherapy plan; none is recorded yet."));
        return;
    }
    const QDate today = Radiotherapy::today(*s);
    auto summary = Radiotherapy::summary(*s, patientId(), today);
    QDate end = today;
    if (summary.ok() && summary->remainingFractions == 0 && summary->lastFractionDate)
        end = std::min(end, *summary->lastFractionDate);
    // Doses that cannot be read show unchecked, as before the model.
    (void)m_model->load(*s, patientId(), plan.value()->startDate, end, s->can(Permission::RecordStudyDrug));
    m_table->scrollToBottom();
    auto a = StudyDrug::adherence(*s, patientId());
    if (a.ok())
        m_adherence->setText(tr("Adherence: %1 of %2 doses (%3%)").arg(displayNumber(a->taken), displayNumber(a->expected), displayNumber(a->percent(), 0)));
}

// The diary shows what core stored: the change notice of a saved dose reloads it; a cancelled
// uncheck or a refused change leaves it as it was.
void StudyDrugTab::onToggled(const QDate &date, const QString &slot, bool taken)
{
    Session *s = session();
    if (!s)
        return;
    QString reason;
    if (!taken) {
        reason = askReason(this, tr("A recorded dose is being unchecked."));
        if (reason.isEmpty())
            return;
    }
    const Status st = StudyDrug::setTaken(*s, patientId(), date, slot, taken, reason);
    if (!st.ok())
        showError(errorText(st.error()));
}

} // namespace muco::ui
