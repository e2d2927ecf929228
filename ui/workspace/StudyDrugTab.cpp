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
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

StudyDrugTab::StudyDrugTab(QWidget *parent)
    : WorkspaceTab(parent), m_model(new DrugDiaryModel(this)), m_table(new QTableView), m_adherence(new QLabel),
      m_notTaken(new QAction(tr("Record as &not taken"), this)), m_clear(new QAction(tr("&Clear (recorded in error)..."), this)),
      m_notTakenButton(new QPushButton), m_clearButton(new QPushButton)
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
                               "from the first day of radiotherapy through the end of the course. Space checks the selected dose "
                               "as taken; N records a dose missed as not taken. A blank dose is not documented yet."));
    note->setWordWrap(true);
    // N on the diary, the context menu and the button: one action.
    m_notTaken->setObjectName(QStringLiteral("doseNotTaken"));
    m_notTaken->setShortcut(QKeySequence(Qt::Key_N));
    m_notTaken->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_notTaken);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_notTakenButton->setObjectName(QStringLiteral("doseNotTakenButton"));
    m_notTakenButton->setText(m_notTaken->text());
    m_notTakenButton->setToolTip(tr("Record the selected dose as not taken (N)"));
    connect(m_notTakenButton, &QPushButton::clicked, m_notTaken, &QAction::trigger);
    connect(m_notTaken, &QAction::triggered, this, [this] { m_model->markNotTaken(m_table->currentIndex()); });
    m_clear->setObjectName(QStringLiteral("doseClear"));
    m_clear->setShortcut(QKeySequence::Delete);
    m_clear->setShortcutContext(Qt::WidgetShortcut);
    m_clear->setToolTip(tr("Remove a dose recorded in error: it reads as not documented yet (Delete)"));
    m_table->addAction(m_clear);
    connect(m_clear, &QAction::triggered, this, &StudyDrugTab::clearSelected);
    m_clearButton->setObjectName(QStringLiteral("doseClearButton"));
    m_clearButton->setText(m_clear->text());
    m_clearButton->setToolTip(tr("Remove the selected dose recorded in error: it reads as not documented yet"));
    connect(m_clearButton, &QPushButton::clicked, m_clear, &QAction::trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_notTakenButton);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_adherence);
    v->addWidget(note);
    v->addWidget(m_table);
    v->addLayout(buttons);
    connect(m_model, &DrugDiaryModel::doseToggled, this, &StudyDrugTab::onToggled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StudyDrugTab::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &StudyDrugTab::updateActions);
    updateActions();
}

namespace {

// The dose as the prompts name it: 'The dose "After dinner" of 2026-11-17 Tue'.
QString doseName(const QDate &date, const QString &slot)
{
    return StudyDrugTab::tr("The dose \"%1\" of %2").arg(DrugDiaryModel::slotLabel(slot), displayDateWithDay(date));
}

} // namespace

void StudyDrugTab::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool editable = m_table->isEnabled() && (m_model->flags(current) & Qt::ItemIsUserCheckable);
    const auto state = current.data(DrugDiaryModel::StateRole).value<DrugDiaryModel::DoseState>();
    m_notTaken->setEnabled(editable && state != DrugDiaryModel::DoseState::NotTaken);
    m_notTakenButton->setEnabled(m_notTaken->isEnabled());
    m_clear->setEnabled(editable && state != DrugDiaryModel::DoseState::Undocumented);
    m_clearButton->setEnabled(m_clear->isEnabled());
}

void StudyDrugTab::clearSelected()
{
    Session *s = session();
    const QModelIndex current = m_table->currentIndex();
    if (!s || !current.isValid())
        return;
    const QDate date = current.data(DrugDiaryModel::DateRole).toDate();
    const QString slot = current.data(DrugDiaryModel::SlotRole).toString();
    const QString reason = askReason(this, tr("%1 is being cleared as recorded in error: it will read as not documented yet.").arg(doseName(date, slot)));
    if (reason.isEmpty())
        return;
    if (const Status st = StudyDrug::clear(*s, patientId(), date, slot, reason); !st.ok())
        showError(errorText(st.error()));
}

void StudyDrugTab::showEvent(QShowEvent *event)
{
    WorkspaceTab::showEvent(event);
    if (m_scrollToEnd)
        QTimer::singleShot(0, this, [this] { scrollToEnd(); });
}

void StudyDrugTab::scrollToEnd()
{
    if (!m_scrollToEnd || !isVisible())
        return;
    m_scrollToEnd = false;
    m_table->scrollToBottom();
}

void StudyDrugTab::reload()
{
    Session *s = session();
    if (!s)
        return;
    // A dose saved reloads the diary: the same patient's keeps its place (the cell and the scroll),
    // so a diary card is entered dose after dose; another patient's opens on its latest day.
    const bool samePatient = m_shownFor == patientId();
    const QModelIndex was = m_table->currentIndex();
    const int row = was.row(), column = was.column(), scrolled = m_table->verticalScrollBar()->value();
    m_shownFor.clear();
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
    if (plan.value()->startDate > today) {
        m_adherence->setText(tr("The diary starts with radiotherapy, on %1.").arg(displayDateWithDay(plan.value()->startDate)));
        m_shownFor = patientId();
        updateActions();
        return;
    }
    const QDate end = StudyDrug::diaryEnd(*s, patientId(), today);
    // Doses that cannot be read show unchecked, as before the model.
    (void)m_model->load(*s, patientId(), plan.value()->startDate, end, s->can(Permission::RecordStudyDrug));
    m_shownFor = patientId();
    if (samePatient && m_model->rowCount() > 0) {
        if (row >= 0 && row < m_model->rowCount())
            m_table->setCurrentIndex(m_model->index(row, column));
        m_table->verticalScrollBar()->setValue(scrolled);
    } else {
        // When shown and laid out: scrolled while the tab was hidden, the view used its hidden
        // size and stopped two days short of today.
        m_scrollToEnd = true;
        if (isVisible())
            QTimer::singleShot(0, this, [this] { scrollToEnd(); });
    }
    auto a = StudyDrug::adherence(*s, patientId());
    if (a.ok() && a->expected == 0)
        m_adherence->setText(tr("No dose is due yet: the first is after breakfast today."));
    else if (a.ok())
        m_adherence->setText(tr("Adherence: %1 of %2 doses (%3%); %4 not taken, %5 not documented yet")
                                 .arg(displayNumber(a->taken), displayNumber(a->expected), displayNumber(a->percent(), 0),
                                      displayNumber(a->notTaken), displayNumber(a->undocumented())));
    updateActions();
}

// The diary shows what core stored: the change notice of a saved dose reloads it; a cancelled
// uncheck or a refused change leaves it as it was.
void StudyDrugTab::onToggled(const QDate &date, const QString &slot, bool taken)
{
    Session *s = session();
    if (!s)
        return;
    // The dose clicked is the one selected (its box toggles without selecting it, and the next N
    // went to the dose selected before, a walkthrough), and the place the reload keeps.
    if (const QModelIndex clicked = m_model->indexOf(date, slot); clicked.isValid())
        m_table->setCurrentIndex(clicked);
    // Changing what was recorded is a correction, asked why; documenting a dose is not.
    QString reason;
    const DrugDiaryModel::DoseState was = m_model->state(date, slot);
    if (was != DrugDiaryModel::DoseState::Undocumented) {
        const QString dose = doseName(date, slot);
        reason = askReason(this, taken ? tr("%1 is recorded as not taken; checking it records it as taken.").arg(dose)
                                       : tr("%1 is recorded as taken; unchecking it records it as not taken. "
                                            "A dose checked by mistake is cleared instead: Cancel, then Clear (recorded in error).").arg(dose));
        if (reason.isEmpty())
            return;
    }
    const Status st = StudyDrug::setTaken(*s, patientId(), date, slot, taken, reason);
    if (!st.ok())
        showError(errorText(st.error()));
}

} // namespace muco::ui
