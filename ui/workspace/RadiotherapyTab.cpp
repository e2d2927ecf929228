#include "workspace/RadiotherapyTab.h"
#include "models/FractionLogModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "ReadOnlyLook.h"
#include "workspace/InlineRow.h"
#include "SignatureDialog.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "records/Radiotherapy.h"
#include "security/Session.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace muco::ui {

namespace {
std::function<bool(const QString &)> &confirmSeam()
{
    static std::function<bool(const QString &)> seam;
    return seam;
}

} // namespace

RadiotherapyTab::RadiotherapyTab(QWidget *parent)
    : WorkspaceTab(parent), m_summary(new QLabel), m_total(new QLineEdit), m_fractions(new QSpinBox),
      m_perFraction(new QLineEdit), m_technique(new QLineEdit), m_start(new QDateEdit), m_oralCavity(new QCheckBox(tr("Oral cavity"))),
      m_oropharynx(new QCheckBox(tr("Oropharynx"))), m_chemo(new QCheckBox(tr("Concurrent chemotherapy"))), m_agent(new QLineEdit),
      m_planError(new QLabel), m_log(new FractionLogModel(this)), m_table(new QTableView), m_deliver(new QPushButton(tr("&Deliver today's fraction"))),
      m_missed(new QPushButton(tr("&Missed or held..."))), m_import(new QPushButton(tr("&Import CSV..."))),
      m_save(new QPushButton(tr("Save &plan"))), m_void(new QPushButton(tr("&Void..."))), m_readOnlyNote(new QLabel)
{
    m_void->setObjectName(QStringLiteral("voidFraction"));
    m_void->setToolTip(tr("A fraction recorded in error: kept, struck through, with the reason"));
    setObjectName(QStringLiteral("radiotherapyTab"));
    showsTables({Radiotherapy::planTable().name, Radiotherapy::fractionTable().name});
    m_summary->setObjectName(QStringLiteral("doseSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("background: palette(alternate-base); padding: 8px; font-weight: bold;"));
    m_deliver->setObjectName(QStringLiteral("deliverToday"));
    m_deliver->setToolTip(tr("Ctrl+D from any tab of the patient"));   // the key is the workspace's (ShortcutMap)
    m_deliver->setMinimumHeight(34);
    m_fractions->setRange(1, 100);
    m_fractions->setValue(35);
    m_total->setText(QStringLiteral("70"));
    m_perFraction->setText(QStringLiteral("2"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(dateFormat());
    m_agent->setPlaceholderText(tr("e.g. cisplatin"));
    m_planError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_planError->hide();

    const QStringList names{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int i = 0; i < 7; ++i) {
        auto *c = new QCheckBox(names[i]);
        c->setChecked(i < 5);
        m_weekdays << c;
    }
    // Two rows (Mon-Thu, Fri-Sun): seven boxes in one row were cut off in the plan's column at 1366x768.
    auto *daysBox = new QWidget;
    daysBox->setObjectName(QStringLiteral("treatmentDays"));
    auto *daysGrid = new QGridLayout(daysBox);
    daysGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 7; ++i)
        daysGrid->addWidget(m_weekdays[i], i / 4, i % 4);
    QWidget *fieldsBox = inlineRow({m_oralCavity, m_oropharynx});

    auto *planBox = new QGroupBox(tr("Plan"));
    planBox->setMaximumWidth(470);
    // The form, then its message and Save under it in a plain column: as spanning rows of the
    // form, Save went out of sight once a wrapped error line grew a row (a walkthrough).
    auto *planColumn = new QVBoxLayout(planBox);
    auto *form = new QFormLayout;
    planColumn->addLayout(form);
    m_errors.addRow(form, tr("Total dose (Gy):"), m_total, QStringLiteral("total_dose_gy"));
    m_errors.addRow(form, tr("Fractions:"), m_fractions, QStringLiteral("fractions"));
    m_errors.addRow(form, tr("Dose per fraction (Gy):"), m_perFraction, QStringLiteral("dose_per_fraction_gy"));
    form->addRow(tr("Technique:"), m_technique);
    m_errors.addRow(form, tr("Start date:"), m_start, QStringLiteral("start_date"));
    m_errors.addRow(form, tr("Treatment days:"), daysBox, QStringLiteral("weekdays"));
    form->addRow(tr("Fields include:"), fieldsBox);
    form->addRow(tr("Chemotherapy:"), m_chemo);   // the agent on its own row: beside the box it was cut at 1366x768
    m_errors.addRow(form, tr("Agent:"), m_agent, QStringLiteral("chemo_agent"));
    m_planError->setWordWrap(true);
    planColumn->addWidget(m_planError);
    planColumn->addWidget(m_save);
    m_readOnlyNote->setObjectName(QStringLiteral("planReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setText(tr("The plan is the investigator's prescription: read only for your role."));
    m_readOnlyNote->hide();
    planColumn->addWidget(m_readOnlyNote);
    planColumn->addStretch(1);
    // Total, fractions and dose per fraction must agree: correcting any one of them answers a
    // message about their sum, wherever it was shown.
    const QStringList doseKeys{QStringLiteral("total_dose_gy"), QStringLiteral("fractions"), QStringLiteral("dose_per_fraction_gy")};
    const auto doseEdited = [this, doseKeys] {
        m_errors.clear(doseKeys);
        m_planError->clear();
        m_planError->hide();
    };
    connect(m_total, &QLineEdit::textEdited, this, doseEdited);
    connect(m_perFraction, &QLineEdit::textEdited, this, doseEdited);
    connect(m_fractions, &QSpinBox::valueChanged, this, doseEdited);

    m_table->setObjectName(QStringLiteral("fractionTable"));
    m_table->setModel(m_log);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deliver);
    buttons->addWidget(m_missed);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto *below = new QHBoxLayout;   // under the log it corrects; keeps the top row narrow
    below->addStretch();
    below->addWidget(m_void);

    auto *right = new QVBoxLayout;
    right->addLayout(buttons);
    right->addWidget(m_table);
    right->addLayout(below);
    auto *columns = new QHBoxLayout;
    columns->addWidget(planBox);
    columns->addLayout(right, 1);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_summary);
    v->addLayout(columns, 1);

    connect(m_deliver, &QPushButton::clicked, this, &RadiotherapyTab::deliverToday);
    connect(m_save, &QPushButton::clicked, this, &RadiotherapyTab::savePlan);
    connect(m_missed, &QPushButton::clicked, this, &RadiotherapyTab::recordMissed);
    connect(m_import, &QPushButton::clicked, this, &RadiotherapyTab::chooseAndImport);
    connect(m_void, &QPushButton::clicked, this, &RadiotherapyTab::voidSelected);
}

void RadiotherapyTab::setConfirmForTests(std::function<bool(const QString &)> confirm) { confirmSeam() = std::move(confirm); }

bool RadiotherapyTab::confirm(const QString &question)
{
    if (confirmSeam())
        return confirmSeam()(question);
    return QMessageBox::question(this, tr("Record the fraction?"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

// A patient without a plan sees an empty form with the usual defaults, never the previous
// patient's plan (which Save would have recorded as this patient's).
void RadiotherapyTab::resetPlanForm()
{
    m_total->setText(QStringLiteral("70"));
    m_fractions->setValue(35);
    m_perFraction->setText(QStringLiteral("2"));
    m_technique->clear();
    m_start->setDate(session() ? Radiotherapy::today(*session()) : QDate::currentDate());
    for (int i = 0; i < 7; ++i)
        m_weekdays[i]->setChecked(i < 5);
    m_oralCavity->setChecked(false);
    m_oropharynx->setChecked(false);
    m_chemo->setChecked(false);
    m_agent->clear();
}

// The plan is the investigator's prescription: other roles see it read-only (core refuses
// their save anyway), with a note saying why instead of a button that fails.
void RadiotherapyTab::setPlanEditable(bool editable)
{
    for (QLineEdit *e : {m_total, m_perFraction, m_technique, m_agent})
        e->setReadOnly(!editable);
    m_fractions->setReadOnly(!editable);
    m_fractions->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    m_start->setReadOnly(!editable);
    for (QWidget *field : std::initializer_list<QWidget *>{m_total, m_perFraction, m_technique, m_agent, m_fractions, m_start})
        showReadOnly(field, !editable);
    m_start->setCalendarPopup(editable);
    for (QCheckBox *c : m_weekdays)
        c->setEnabled(editable);
    for (QCheckBox *c : {m_oralCavity, m_oropharynx, m_chemo})
        c->setEnabled(editable);
    m_save->setVisible(editable);
    m_save->setEnabled(editable);
    m_readOnlyNote->setVisible(!editable);
}

bool RadiotherapyTab::canDeliver() const { return m_deliver->isEnabled(); }

void RadiotherapyTab::focusFractionEntry()
{
    if (m_deliver->isEnabled())
        m_deliver->setFocus();
    else
        m_table->setFocus();
}

QString RadiotherapyTab::summaryText() const { return m_summary->text(); }

void RadiotherapyTab::reload()
{
    Session *s = session();
    if (!s) {
        m_formFor.clear();   // locked: what was typed goes with the session
        return;
    }
    // A commit reloads the tab (a fraction delivered, a sync pull): a plan being typed for this
    // patient is kept, never refilled from the database under the typing (review).
    const bool keepTyped = m_formFor == patientId() && !unsavedWork().isEmpty();
    m_formFor = patientId();
    const bool canEdit = s->can(Permission::EnterFractions);
    setPlanEditable(s->can(Permission::PrescribeRadiotherapy));
    auto plan = Radiotherapy::plan(*s, patientId());
    m_hasPlan = plan.ok() && plan.value();
    if (!keepTyped) {
        if (m_hasPlan) {
            const RtPlan &p = *plan.value();
            m_total->setText(p.totalDoseGy.toString());
            m_fractions->setValue(p.fractions);
            m_perFraction->setText(p.dosePerFractionGy.toString());
            m_technique->setText(p.technique);
            m_start->setDate(p.startDate);
            for (int i = 0; i < 7; ++i)
                m_weekdays[i]->setChecked(p.weekdays.contains(i + 1));
            m_oralCavity->setChecked(p.oralCavity);
            m_oropharynx->setChecked(p.oropharynx);
            m_chemo->setChecked(p.concurrentChemo);
            m_agent->setText(p.chemoAgent);
        } else {
            resetPlanForm();
        }
        m_errors.clear();
        m_planError->hide();
        m_loadedForm = planForm();
    }
    m_deliver->setEnabled(canEdit && m_hasPlan);
    m_missed->setEnabled(canEdit && m_hasPlan);
    m_import->setEnabled(canEdit && m_hasPlan);
    m_void->setEnabled(canEdit && m_hasPlan);

    // An unreadable log is shown empty; a failed read of the voided fractions leaves them out.
    (void)m_log->load(*s, patientId());
    m_table->resizeColumnsToContents();
    m_table->scrollToBottom();

    m_summary->setToolTip({});   // another patient's figures are not explained beside this one's
    if (!m_hasPlan) {
        m_summary->setText(tr("No radiotherapy plan recorded yet: enter it on the left."));
        return;
    }
    auto sum = Radiotherapy::summaryNow(*s, patientId());
    if (!sum.ok()) {
        m_summary->setText(errorText(sum.error()));
        return;
    }
    const DoseSummary &d = sum.value();
    // Delivered, in words: "Fraction 6 of 35" here read as the sixth due while the Today list
    // named the seventh, the one due (a walkthrough).
    QString text = tr("%1 of %2 fractions delivered  ·  %3 of %4 Gy (%5%)  ·  remaining %6 Gy  ·  BED %7 Gy, EQD2 %8 Gy (α/β 10)  ·  missed days %9")
                       .arg(d.deliveredFractions).arg(plan.value()->fractions)
                       .arg(displayNumber(d.cumulativeDoseGy), displayNumber(plan.value()->totalDoseGy))
                       .arg(displayNumber(d.percentComplete, 0), displayNumber(d.remainingDoseGy))
                       .arg(displayNumber(d.bedGy, 1), displayNumber(d.eqd2Gy, 1))
                       .arg(d.missedTreatmentDays);
    text += d.projectedCompletionDate ? tr("  ·  projected completion %1").arg(displayDate(*d.projectedCompletionDate))
                                      : tr("  ·  course complete");
    m_summary->setText(text);
    // How the figures are reached (a walkthrough found the projected date unexplained).
    QString how = tr("BED and EQD2: the biologically effective dose and its equivalent in 2 Gy fractions, summed over the "
                     "fractions delivered (linear-quadratic model, \u03B1/\u03B2 10 Gy).");
    if (d.projectedCompletionDate)
        how = tr("Projected completion: the fractions still to give (%1), one per treatment day of the plan, holidays "
                 "skipped, from today while today's fraction is still to come, otherwise from the next treatment day "
                 "(never before the plan's start). A missed day moves it later.")
                  .arg(d.remainingFractions)
              + QStringLiteral("\n\n") + how;
    m_summary->setToolTip(how);
}

QStringList RadiotherapyTab::planForm() const
{
    QStringList form{m_total->text(), QString::number(m_fractions->value()), m_perFraction->text(), m_technique->text(),
                     m_start->date().toString(Qt::ISODate), m_agent->text()};
    for (QCheckBox *c : m_weekdays)
        form << (c->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    for (QCheckBox *c : {m_oralCavity, m_oropharynx, m_chemo})
        form << (c->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    return form;
}

// A plan typed and not saved is asked about before another patient, as the other forms are
// (a walkthrough's 66 Gy typed over 70 was lost without a word).
QString RadiotherapyTab::unsavedWork() const
{
    Session *s = session();
    if (!s || patientId().isEmpty() || !s->can(Permission::PrescribeRadiotherapy) || planForm() == m_loadedForm)
        return {};
    return tr("The radiotherapy plan");
}

bool RadiotherapyTab::saveUnsaved()
{
    return trySavePlan();
}

void RadiotherapyTab::savePlan()
{
    (void)trySavePlan();
}

bool RadiotherapyTab::trySavePlan()
{
    Session *s = session();
    if (!s)
        return false;
    RtPlan p;
    p.patientId = patientId();
    const auto total = Decimal::parse(m_total->text());
    const auto per = Decimal::parse(m_perFraction->text());
    if (!total) {
        m_errors.show(Error::invalid(QStringLiteral("total_dose_gy"), tr("enter the total dose in Gy, e.g. 70")), m_planError);
        return false;
    }
    if (!per) {
        m_errors.show(Error::invalid(QStringLiteral("dose_per_fraction_gy"), tr("enter the dose per fraction in Gy, e.g. 2")), m_planError);
        return false;
    }
    p.totalDoseGy = *total;
    p.dosePerFractionGy = *per;
    p.fractions = m_fractions->value();
    p.technique = m_technique->text().trimmed();
    p.startDate = m_start->date();
    p.weekdays.clear();
    for (int i = 0; i < 7; ++i)
        if (m_weekdays[i]->isChecked())
            p.weekdays.insert(i + 1);
    p.oralCavity = m_oralCavity->isChecked();
    p.oropharynx = m_oropharynx->isChecked();
    p.concurrentChemo = m_chemo->isChecked();
    p.chemoAgent = m_agent->text();
    // What does not add up is said before a reason is asked for.
    if (Status checked = Radiotherapy::checkPlan(p); !checked.ok()) {
        m_errors.show(checked.error(), m_planError);
        return false;
    }
    QString reason;
    if (m_hasPlan) {
        reason = askReason(this, tr("The radiotherapy plan is being changed."));
        if (reason.isEmpty())
            return false;
    }
    auto saved = Radiotherapy::savePlan(*s, p, reason);
    if (!saved.ok()) {
        m_errors.show(saved.error(), m_planError);
        return false;
    }
    m_errors.clear();
    m_planError->hide();
    m_loadedForm = planForm();
    return true;
}

// Why the plan treats nobody on `day`, in a sentence, or nothing when it does. Before the
// plan's start it says so: "not a treatment day" read as a wrong weekday (a walkthrough).
QString RadiotherapyTab::whyNotATreatmentDay(const QDate &day) const
{
    Session *s = session();
    auto plan = s ? Radiotherapy::plan(*s, patientId()) : Result<std::optional<RtPlan>>(std::optional<RtPlan>());
    if (!plan.ok() || !plan.value())
        return {};
    auto why = Radiotherapy::whyNotATreatmentDay(*s, *plan.value(), day);
    return why.ok() ? why.value() : QString();
}

void RadiotherapyTab::deliverToday()
{
    Session *s = session();
    if (!s)
        return;
    if (Status onTreatment = Radiotherapy::requireOnTreatment(*s, patientId()); !onTreatment.ok()) {
        showError(errorText(onTreatment.error()));
        return;
    }
    auto patient = Patients::get(*s, patientId());
    if (patient.ok() && patient->status == QLatin1String("screening")
        && !confirm(tr("%1 is still in screening (not enrolled). Record a delivered fraction anyway?").arg(patient->subjectId)))
        return;
    const QString notTreated = whyNotATreatmentDay(Radiotherapy::today(*s));
    if (!notTreated.isEmpty() && !confirm(tr("%1 Record a delivered fraction today anyway?").arg(notTreated)))
        return;
    auto f = Radiotherapy::deliverToday(*s, patientId());
    if (!f.ok())
        showError(errorText(f.error()));
}

void RadiotherapyTab::voidSelected()
{
    Session *s = session();
    if (!s)
        return;
    const FractionRecord *f = m_log->fractionAt(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
    if (!f || f->voided) {
        showError(tr("Select the fraction recorded in error in the log first."));
        return;
    }
    const QString id = f->id;
    const QString reason = askReason(this, tr("The fraction of %1 is being voided: it stays in the log, struck through.")
                                               .arg(displayDate(f->date)));
    if (reason.isEmpty())
        return;
    Status done = Radiotherapy::voidFraction(*s, id, reason);
    if (!done.ok())
        showError(errorText(done.error()));
}

void RadiotherapyTab::recordMissed()
{
    Session *s = session();
    if (!s)
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Missed or held fraction"));
    d.setObjectName(QStringLiteral("missedFractionDialog"));
    d.setMinimumWidth(360);   // room for the reason, in any language
    auto *date = new QDateEdit(Radiotherapy::today(*s));
    date->setCalendarPopup(true);
    date->setDisplayFormat(dateFormat());
    auto *status = new QComboBox;
    status->addItem(tr("Missed"), static_cast<int>(FractionStatus::Missed));
    status->addItem(tr("Held"), static_cast<int>(FractionStatus::Held));
    auto *reason = new QLineEdit;
    auto *form = new QFormLayout(&d);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("Status:"), status);
    form->addRow(tr("Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        // A day the plan does not treat on is asked about (a Saturday was held without a word).
        const QString notTreated = whyNotATreatmentDay(date->date());
        if (!notTreated.isEmpty() && !confirm(tr("%1 Record it as missed or held anyway?").arg(notTreated)))
            return;
        auto r = Radiotherapy::record(*s, patientId(), date->date(), static_cast<FractionStatus>(status->currentData().toInt()),
                                      std::nullopt, reason->text());
        if (!r.ok()) {
            QMessageBox::warning(&d, tr("Not saved"), errorText(r.error()));
            return;
        }
        d.accept();
    });
    d.exec();
}

QString RadiotherapyTab::importCsv(const QString &path)
{
    Session *s = session();
    if (!s)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read.").arg(path);
    auto report = Radiotherapy::importCsv(*s, patientId(), f.readAll());
    if (!report.ok())
        return errorText(report.error());
    QString text = tr("Imported %1 fraction(s); %2 were already recorded.").arg(report->imported).arg(report->alreadyPresent);
    if (!report->refused.isEmpty())
        text += QStringLiteral("\n\n") + tr("Refused:") + QStringLiteral("\n") + report->refused.join(QLatin1Char('\n'));
    return text;
}

void RadiotherapyTab::chooseAndImport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import fractions"), {}, tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        QMessageBox::information(this, tr("Import"), importCsv(file));
}

} // namespace muco::ui
