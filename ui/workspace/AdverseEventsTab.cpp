#include "workspace/AdverseEventsTab.h"
#include "EmptyListHint.h"
#include "models/AdverseEventListModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "workspace/InlineRow.h"
#include "models/QueryListModel.h"
#include "records/Queries.h"
#include "SignatureDialog.h"
#include "records/RecordStore.h"
#include "clinical/CtcaeTerms.h"
#include "records/AdverseEvents.h"
#include "records/Radiotherapy.h"
#include "security/Session.h"
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

namespace {
const QDate kNoDate(1900, 1, 1);   // the resolution date's minimum, shown blank: no date entered
}

namespace {
QComboBox *choices(const QStringList &ids, QString (*label)(const QString &))
{
    auto *c = new QComboBox;
    for (const QString &id : ids)
        c->addItem(label(id), id);
    return c;
}
} // namespace

AdverseEventsTab::AdverseEventsTab(QWidget *parent)
    : WorkspaceTab(parent), m_model(new AdverseEventListModel(this)), m_table(new QTableView), m_term(new QLineEdit), m_grade(new QSpinBox), m_onset(new QDateEdit),
      m_resolved(new QCheckBox(tr("Resolved on"))), m_resolution(new QDateEdit), m_serious(new QCheckBox(tr("Serious"))),
      m_relation(choices(AdverseEvents::relations(), aeRelationLabel)), m_action(choices(AdverseEvents::actions(), aeActionLabel)),
      m_outcome(choices(AdverseEvents::outcomes(), aeOutcomeLabel)), m_error(new QLabel), m_save(new QPushButton(tr("&Save event")))
{
    m_termSpecify = new QLineEdit;
    m_gradeText = new QLabel;
    setObjectName(QStringLiteral("adverseEventsTab"));
    showsTables({AdverseEvents::table().name});
    marksFrom({Queries::table().name, Queries::messageTable().name});
    m_table->setObjectName(QStringLiteral("aeTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_empty = EmptyListHint::install(m_table, QString());
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { edit(index.row()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { edit(index.row()); });
    // The row selected is the event in the form (master and detail): a walkthrough selected the
    // drafted event, saw a blank new one beside it, and would have entered it twice. Not over
    // changes not saved (a new event being typed, an event being changed): they stay.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && unsavedWork().isEmpty())
            edit(current.row());
    });
    m_term->setObjectName(QStringLiteral("aeTerm"));
    // The hint fits the field at 1366x768; the whole instruction is its tooltip.
    m_term->setPlaceholderText(tr("CTCAE v5.0 term, e.g. mucositis"));
    m_term->setToolTip(tr("Type part of a CTCAE v5.0 term, e.g. mucositis"));
    // The completer matches words anywhere in the term ("oral" finds "Mucositis oral"), with
    // the keyboard: Down to the list, Enter to take one. Core refuses any other text.
    auto *completer = new QCompleter(CtcaeTerms::names(), m_term);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_term->setCompleter(completer);
    connect(m_term, &QLineEdit::textChanged, this, &AdverseEventsTab::showTerm);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &AdverseEventsTab::showTerm);
    m_termSpecify->setObjectName(QStringLiteral("aeTermSpecify"));
    m_termSpecify->setPlaceholderText(tr("The event in your words"));
    m_termSpecify->setToolTip(tr("Describe the event in your words"));
    m_termSpecify->setEnabled(false);
    m_gradeText->setObjectName(QStringLiteral("aeGradeText"));
    m_gradeText->setWordWrap(true);
    m_gradeText->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_grade->setRange(1, 5);
    connect(m_grade, &QSpinBox::valueChanged, this, &AdverseEventsTab::showTerm);
    for (QDateEdit *d : {m_onset, m_resolution}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(dateFormat());
    }
    // Blank until someone enters it: never QDateEdit's 2000-01-01 or another event's date.
    m_resolution->setMinimumDate(kNoDate);
    m_resolution->setSpecialValueText(tr("enter the date"));
    m_resolution->setDate(kNoDate);
    m_resolution->setEnabled(false);
    connect(m_resolved, &QCheckBox::toggled, m_resolution, &QWidget::setEnabled);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    QWidget *resolutionBox = inlineRow({m_resolved, m_resolution});
    auto *box = new QGroupBox(tr("Adverse event"));
    box->setMaximumWidth(440);   // the list of events gets the room (the form's hints still whole at 1366x768)
    auto *form = new QFormLayout(box);
    m_errors.addRow(form, tr("&Term:"), m_term, QStringLiteral("term"));
    m_errors.addRow(form, tr("S&pecify:"), m_termSpecify, QStringLiteral("term_specify"));
    m_errors.addRow(form, tr("&Grade (CTCAE):"), m_grade, QStringLiteral("grade"));
    form->addRow(m_gradeText);   // the whole row's width: in the field column its lines were cut
    m_errors.addRow(form, tr("&Onset:"), m_onset, QStringLiteral("onset_date"));
    m_errors.addRow(form, tr("Resolution:"), resolutionBox, QStringLiteral("resolution_date"));
    form->addRow(QString(), m_serious);
    m_errors.addRow(form, tr("Relation to stud&y drug:"), m_relation, QStringLiteral("relation"));
    form->addRow(tr("Action ta&ken:"), m_action);
    m_errors.addRow(form, tr("O&utcome:"), m_outcome, QStringLiteral("outcome"));
    form->addRow(m_error);
    auto *buttons = new QHBoxLayout;
    m_form = box;
    m_fresh = new QPushButton(tr("&New event"));
    auto *fresh = m_fresh;
    buttons->addWidget(m_save);
    buttons->addWidget(fresh);
    form->addRow(buttons);
    connect(m_save, &QPushButton::clicked, this, &AdverseEventsTab::save);
    connect(fresh, &QPushButton::clicked, this, &AdverseEventsTab::clearForm);
    auto *h = new QHBoxLayout(this);
    h->addWidget(m_table, 3);
    h->addWidget(box, 2);
}

void AdverseEventsTab::reload()
{
    Session *s = session();
    if (!s)
        return;
    // Who may not record events reads them: the form shows the event chosen, greyed, and offers
    // no button core would refuse (a monitor, or anyone on a monitor's device).
    const bool mayRecord = s->can(Permission::ManageAdverseEvents);
    m_save->setEnabled(mayRecord);
    m_save->setVisible(mayRecord);
    m_fresh->setVisible(mayRecord);
    m_form->setEnabled(mayRecord);   // a field disabled on its own (Specify) stays so when re-enabled
    const Status loaded = m_model->load(*s, patientId());
    m_empty->setText(loaded.ok() ? tr("No adverse events recorded for this patient. A signed oral mucositis grade of 3 or more drafts one here for the investigator to confirm.")
                                 : tr("The adverse events could not be read: %1").arg(errorText(loaded.error())));
    m_table->resizeColumnsToContents();
    clearForm();
}

void AdverseEventsTab::refreshMarks()
{
    Session *s = session();
    if (!s)
        return;
    m_model->refreshQueried(*s, patientId());
    if (!m_editing.isEmpty())
        m_errors.markQueried(openQueryNotes(*s, patientId(), AdverseEvents::table().name, m_editing));
}

// The chosen term's MedDRA code and the grade's CTCAE v5.0 text, as the investigator grades;
// "Other, specify" opens the field for their words.
void AdverseEventsTab::showTerm()
{
    const CtcaeTerm *term = CtcaeTerms::find(m_term->text());
    m_termSpecify->setEnabled(term && term->isOtherSpecify());
    if (!term) {
        m_gradeText->setText(m_term->text().trimmed().isEmpty() ? QString() : tr("Not a CTCAE v5.0 term yet: choose one from the list."));
        return;
    }
    const QString grade = term->hasGrade(m_grade->value()) ? term->gradeText(m_grade->value())
                                                          : tr("CTCAE v5.0 has no grade %1 for this term.").arg(m_grade->value());
    m_gradeText->setText(tr("MedDRA %1 · grade %2: %3").arg(term->meddraCode).arg(m_grade->value()).arg(grade));
}

void AdverseEventsTab::clearForm()
{
    m_editing.clear();
    m_editingDraft = false;
    m_term->clear();
    m_termSpecify->clear();
    m_grade->setValue(1);
    m_onset->setDate(session() ? Radiotherapy::today(*session()) : QDate::currentDate());
    m_resolved->setChecked(false);
    m_resolution->setDate(kNoDate);
    m_serious->setChecked(false);
    m_relation->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    m_error->clear();
    m_errors.clear();
    m_errors.markQueried({});
    m_save->setText(tr("&Save event"));
    m_shownValues = formValues();
}

void AdverseEventsTab::edit(int row)
{
    Session *s = session();
    if (!s || row < 0)
        return;
    const AdverseEvent *shown = m_model->eventAt(row);
    if (!shown)
        return;
    const QString id = shown->id;
    auto list = AdverseEvents::list(*s, patientId());
    if (!list.ok())
        return;
    for (const AdverseEvent &e : list.value()) {
        if (e.id != id)
            continue;
        m_editing = id;
        m_term->setText(e.term);
        m_termSpecify->setText(e.termSpecify);
        m_grade->setValue(e.grade);
        m_onset->setDate(e.onset);
        m_resolved->setChecked(e.resolution.isValid());
        m_resolution->setDate(e.resolution.isValid() ? e.resolution : kNoDate);
        m_serious->setChecked(e.serious);
        m_relation->setCurrentIndex(m_relation->findData(e.relation));
        m_action->setCurrentIndex(m_action->findData(e.action));
        m_outcome->setCurrentIndex(m_outcome->findData(e.outcome));
        m_editingDraft = e.state == QLatin1String("draft");
        m_errors.markQueried(openQueryNotes(*s, patientId(), AdverseEvents::table().name, id));
        m_save->setText(m_editingDraft ? tr("&Confirm event") : tr("&Save changes"));
        m_shownValues = formValues();
    }
}

void AdverseEventsTab::save()
{
    Session *s = session();
    if (!s)
        return;
    AdverseEvent e;
    e.id = m_editing;
    e.patientId = patientId();
    e.term = m_term->text();
    e.termSpecify = m_termSpecify->text();
    e.grade = m_grade->value();
    e.onset = m_onset->date();
    if (m_resolved->isChecked()) {
        // Ticked without a date would save the event as unresolved: ask for the date instead.
        if (m_resolution->date() == kNoDate) {
            m_errors.show(Error::invalid(QStringLiteral("resolution_date"), tr("enter the date it resolved")), m_error);
            return;
        }
        e.resolution = m_resolution->date();
    }
    e.serious = m_serious->isChecked();
    e.relation = m_relation->currentData().toString();
    e.action = m_action->currentData().toString();
    e.outcome = m_outcome->currentData().toString();
    e.state = QStringLiteral("confirmed");
    QString reason;
    if (m_editingDraft) {
        // A draft is the program's proposal; confirming it (as proposed or changed) is the
        // investigator's first decision, not a change of saved data: no "why" is asked.
        reason = QStringLiteral("drafted adverse event confirmed by the investigator");
    } else if (!m_editing.isEmpty()) {
        reason = askReason(this, tr("A recorded adverse event is being changed."));
        if (reason.isEmpty())
            return;
    }
    auto saved = AdverseEvents::save(*s, e, reason);
    if (!saved.ok())
        m_errors.show(saved.error(), m_error);
}

QStringList AdverseEventsTab::formValues() const
{
    return {m_term->text(), m_termSpecify->text(), QString::number(m_grade->value()), m_onset->date().toString(Qt::ISODate),
            m_resolved->isChecked() ? m_resolution->date().toString(Qt::ISODate) : QString(), m_serious->isChecked() ? QStringLiteral("1") : QString(),
            m_relation->currentData().toString(), m_action->currentData().toString(), m_outcome->currentData().toString()};
}

// A new event typed, or an event's fields changed, and not saved: asked about before the
// workspace shows another patient (the form is cleared once it is saved).
QString AdverseEventsTab::unsavedWork() const
{
    Session *s = session();
    if (!s || !m_form->isEnabled() || formValues() == m_shownValues)
        return {};
    return tr("The adverse event");
}

bool AdverseEventsTab::saveUnsaved()
{
    save();
    return unsavedWork().isEmpty();
}

} // namespace muco::ui
