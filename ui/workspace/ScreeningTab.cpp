#include "workspace/ScreeningTab.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "SignatureDialog.h"
#include "models/EligibilityChecklistModel.h"
#include "clinical/EligibilityJson.h"
#include "clinical/Protocol.h"
#include "records/RecordStore.h"
#include "records/Labs.h"
#include "records/Radiotherapy.h"
#include "records/Patients.h"
#include "security/Accounts.h"
#include "security/Session.h"
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

namespace muco::ui {

namespace {

const QStringList kAttestations = {
    QStringLiteral("malignancy_confirmed"), QStringLiteral("ecg_clinically_significant_abnormality"),
    QStringLiteral("oral_mucosa_intact"), QStringLiteral("active_oral_infection"), QStringLiteral("severe_periodontal_disease"),
    QStringLiteral("informed_consent_signed"), QStringLiteral("prior_head_neck_radiotherapy"), QStringLiteral("current_other_trial"),
    QStringLiteral("significant_cardiovascular_disease"), QStringLiteral("cirrhosis"), QStringLiteral("chronic_renal_insufficiency"),
    QStringLiteral("active_systemic_infection_on_antimicrobials"), QStringLiteral("autoimmune_disease_on_immunosuppression"),
    QStringLiteral("severe_psychiatric_disorder"), QStringLiteral("non_discontinuable_mucosal_protectant_or_anti_inflammatory"),
    QStringLiteral("long_term_immunosuppressants"), QStringLiteral("unable_to_comply"), QStringLiteral("investigator_judges_unsuitable")};

const QStringList kNumbers = {QStringLiteral("weight_kg"), QStringLiteral("life_expectancy_months"),
                              QStringLiteral("long_term_corticosteroid_prednisone_eq_mg_per_day")};

const QStringList kDates = {QStringLiteral("last_head_neck_surgery_date"), QStringLiteral("last_other_interventional_study_date")};
const QDate kNoDate(1900, 1, 1);   // the date fields' minimum, shown blank: no date entered

// ECOG performance status (Oken et al. 1982), verbatim.
QStringList ecogTexts()
{
    return {ScreeningTab::tr("0 Fully active, able to carry on all pre-disease performance without restriction"),
            ScreeningTab::tr("1 Restricted in physically strenuous activity but ambulatory and able to carry out work of a light or sedentary nature, e.g., light house work, office work"),
            ScreeningTab::tr("2 Ambulatory and capable of all selfcare but unable to carry out any work activities. Up and about more than 50% of waking hours"),
            ScreeningTab::tr("3 Capable of only limited selfcare, confined to bed or chair more than 50% of waking hours"),
            ScreeningTab::tr("4 Completely disabled. Cannot carry on any selfcare. Totally confined to bed or chair"),
            ScreeningTab::tr("5 Dead")};
}

} // namespace

ScreeningTab::ScreeningTab(QWidget *parent)
    : WorkspaceTab(parent), m_formBox(new QWidget), m_date(new QDateEdit), m_intent(new QComboBox), m_ecog(new QComboBox),
      m_checklistModel(new EligibilityChecklistModel(this)), m_checklist(new QTreeView),
      m_status(new QLabel), m_birthNote(new QLabel), m_labsUsed(new QLabel), m_history(new QLabel), m_save(new QPushButton(tr("&Save screening"))),
      m_sign(new QPushButton(tr("Si&gn decision..."))), m_again(new QPushButton(tr("Screen &again")))
{
    setObjectName(QStringLiteral("screeningTab"));
    // The patient's record too: the birth date and sex are screened (the age, the ULN by sex),
    // and a birth date corrected after the decision is said beside it.
    showsTables({Radiotherapy::planTable().name, Labs::table().name, Screenings::table().name, Patients::table().name});
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    // No default: an intent nobody recorded leaves I3 missing, never a silent "radical".
    m_intent->addItem(tr("Not recorded"), QString());
    m_intent->addItem(tr("Radical"), QStringLiteral("radical"));
    m_intent->addItem(tr("Palliative"), QStringLiteral("palliative"));
    m_ecog->setObjectName(QStringLiteral("ecog"));
    m_ecog->addItem(tr("Not recorded"));
    // The grade and a few words of it in the box (bare numbers had to be hovered to be read),
    // Oken's whole description wrapped below it and in the tooltip: the descriptions are longer
    // than the form's column on a laptop, and a cut one read as another grade's.
    const QStringList shortTexts{tr("0 Fully active"), tr("1 Restricted in strenuous activity"), tr("2 Ambulatory, capable of self-care"),
                                 tr("3 Limited self-care"), tr("4 Completely disabled"), tr("5 Dead")};
    for (int grade = 0; grade < ecogTexts().size(); ++grade) {
        m_ecog->addItem(shortTexts.value(grade));
        m_ecog->setItemData(grade + 1, ecogTexts()[grade], Qt::ToolTipRole);
    }
    auto *ecogText = new QLabel;
    ecogText->setObjectName(QStringLiteral("ecogDescription"));
    ecogText->setWordWrap(true);
    connect(m_ecog, &QComboBox::currentIndexChanged, ecogText, [ecogText](int i) {
        ecogText->setText(i > 0 ? ecogTexts()[i - 1] : QString());
    });

    QWidget *formBox = m_formBox;
    auto *form = new QFormLayout(formBox);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);   // long criterion labels above their fields
    form->addRow(tr("Assessment &date:"), m_date);
    form->addRow(tr("Radiotherapy &intent:"), m_intent);
    form->addRow(tr("&ECOG:"), m_ecog);
    form->addRow(ecogText);   // a row of its own: the form gives it the height its wrapped lines need
    for (const QString &fact : kNumbers) {
        auto *e = new QLineEdit;
        e->setObjectName(fact);
        e->setPlaceholderText(factUnit(fact));
        m_numbers.insert(fact, e);
        form->addRow(factLabel(fact) + QLatin1Char(':'), e);
        connect(e, &QLineEdit::textChanged, this, &ScreeningTab::evaluate);
    }
    for (const QString &fact : kDates) {
        auto *choice = new QComboBox;
        choice->addItems({tr("Not recorded"), tr("None"), tr("On date:")});
        auto *date = new QDateEdit;
        date->setObjectName(fact);
        date->setCalendarPopup(true);
        date->setDisplayFormat(dateFormat());
        // Blank until someone enters a date: QDateEdit's own 2000-01-01 (or the previous
        // patient's date) must never stand for a date nobody chose. A blank date is not
        // recorded, so the criterion stays "missing" until it is entered.
        date->setMinimumDate(kNoDate);
        date->setSpecialValueText(tr("enter the date"));
        date->setDate(kNoDate);
        date->setEnabled(false);
        connect(choice, &QComboBox::currentIndexChanged, date, [this, date](int i) {
            date->setEnabled(i == 2);
            if (date->date() == kNoDate)   // the calendar opens on the assessment's month
                date->calendarWidget()->setCurrentPage(m_date->date().year(), m_date->date().month());
        });
        connect(choice, &QComboBox::currentIndexChanged, this, &ScreeningTab::evaluate);
        connect(date, &QDateEdit::dateChanged, this, &ScreeningTab::evaluate);
        auto *row = new QHBoxLayout;
        row->addWidget(choice);
        row->addWidget(date);
        m_dateChoice.insert(fact, choice);
        m_dates.insert(fact, date);
        form->addRow(factLabel(fact) + QLatin1Char(':'), row);
    }
    for (const QString &fact : kAttestations) {
        auto *c = new QComboBox;
        c->setObjectName(fact);
        c->addItems({tr("Not recorded"), tr("Yes"), tr("No")});
        m_answers.insert(fact, c);
        form->addRow(factLabel(fact) + QLatin1Char(':'), c);
        connect(c, &QComboBox::currentIndexChanged, this, &ScreeningTab::evaluate);
    }
    connect(m_date, &QDateEdit::dateChanged, this, &ScreeningTab::evaluate);
    connect(m_intent, &QComboBox::currentIndexChanged, this, &ScreeningTab::evaluate);
    connect(m_ecog, &QComboBox::currentIndexChanged, this, &ScreeningTab::evaluate);
    // Choices as wide as the column, not as their longest item (ECOG 0's description pushed
    // the form sideways at 1366x768); the full text is in the open list.
    for (QComboBox *c : formBox->findChildren<QComboBox *>()) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    // Long criterion labels wrap, so the form never scrolls sideways (its fields were cut).
    for (QLabel *l : formBox->findChildren<QLabel *>())
        l->setWordWrap(true);
    auto *scroll = new QScrollArea;
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(formBox);
    scroll->setWidgetResizable(true);

    m_checklist->setObjectName(QStringLiteral("eligibilityChecklist"));
    m_checklist->setModel(m_checklistModel);
    m_checklist->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checklist->setRootIsDecorated(false);
    m_checklist->setWordWrap(true);
    m_checklist->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("eligibilityStatus"));
    m_status->setStyleSheet(QStringLiteral("font-weight: bold; padding: 6px;"));
    m_birthNote->setObjectName(QStringLiteral("birthDateSinceSigned"));
    m_birthNote->setWordWrap(true);
    m_birthNote->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; padding: 6px;"));
    m_birthNote->hide();
    m_labsUsed->setWordWrap(true);
    m_history->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_again);
    buttons->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_status);
    right->addWidget(m_birthNote);
    right->addWidget(m_checklist, 1);
    right->addWidget(m_labsUsed);
    right->addLayout(buttons);
    right->addWidget(m_history);
    auto *h = new QHBoxLayout(this);
    h->addWidget(scroll, 2);
    h->addLayout(right, 3);
    connect(m_save, &QPushButton::clicked, this, &ScreeningTab::save);
    connect(m_sign, &QPushButton::clicked, this, &ScreeningTab::signDecision);
    connect(m_again, &QPushButton::clicked, this, &ScreeningTab::screenAgain);
    m_again->setToolTip(tr("Start a new screening of this screen failure, dated today, from the answers signed"));
}

QJsonObject ScreeningTab::form() const
{
    QJsonObject o;
    if (!m_intent->currentData().toString().isEmpty())
        o.insert(QStringLiteral("rt_intent"), m_intent->currentData().toString());
    if (m_ecog->currentIndex() > 0)
        o.insert(QStringLiteral("ecog"), m_ecog->currentIndex() - 1);
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        const auto v = Decimal::parse(it.value()->text());
        if (v)
            o.insert(it.key(), v->toDouble());
    }
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        if (it.value()->currentIndex() > 0)
            o.insert(it.key(), it.value()->currentIndex() == 1);
    for (auto it = m_dateChoice.cbegin(); it != m_dateChoice.cend(); ++it) {
        if (it.value()->currentIndex() == 1)
            o.insert(it.key(), QJsonValue::Null);
        else if (it.value()->currentIndex() == 2 && m_dates[it.key()]->date() != kNoDate)
            o.insert(it.key(), m_dates[it.key()]->date().toString(Qt::ISODate));
    }
    return o;
}

void ScreeningTab::fill(const QJsonObject &in)
{
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        it.value()->setCurrentIndex(in.contains(it.key()) ? (in.value(it.key()).toBool() ? 1 : 2) : 0);
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
        it.value()->setText(in.contains(it.key()) ? QString::number(in.value(it.key()).toDouble()) : QString());
    m_ecog->setCurrentIndex(in.contains(QStringLiteral("ecog")) ? in.value(QStringLiteral("ecog")).toInt() + 1 : 0);
    const QString intent = in.value(QStringLiteral("rt_plan")).toObject().value(QStringLiteral("intent")).toString();
    m_intent->setCurrentIndex(std::max(0, m_intent->findData(intent)));   // nothing carries over from the previous patient
    for (auto it = m_dateChoice.cbegin(); it != m_dateChoice.cend(); ++it) {
        m_dates[it.key()]->setDate(kNoDate);
        if (!in.contains(it.key())) {
            it.value()->setCurrentIndex(0);
        } else if (in.value(it.key()).isNull()) {
            it.value()->setCurrentIndex(1);
        } else {
            it.value()->setCurrentIndex(2);
            m_dates[it.key()]->setDate(QDate::fromString(in.value(it.key()).toString(), Qt::ISODate));
        }
    }
}

void ScreeningTab::setEditable(bool editable)
{
    Session *s = session();
    const bool screens = editable && s && s->can(Permission::ScreenPatient);
    m_save->setEnabled(screens);
    m_sign->setEnabled(editable && s && s->can(Permission::SignEligibility));
    // Whoever may not screen (a monitor, anyone on a monitor's device) reads the form: typing
    // into fields that nothing can save would look like an edit that was lost.
    m_formBox->setEnabled(screens);
}

void ScreeningTab::reload()
{
    Session *s = session();
    if (!s) {
        m_formFor.clear();   // locked: what was typed goes with the session
        return;
    }
    // A commit reloads the tab (labs saved for this patient, a sync pull): what is being typed
    // for this patient is kept and evaluated again, never refilled from the database under
    // the typing; so is a screening started again (review).
    const bool samePatient = m_formFor == patientId();
    m_formFor = patientId();
    if (samePatient && !unsavedWork().isEmpty()) {
        evaluate();
        return;
    }
    const bool rescreening = samePatient && m_rescreening;
    m_rescreening = false;
    m_loading = true;
    m_signed.reset();
    auto patient = Patients::get(*s, patientId());
    const bool open = patient.ok() && Screenings::isOpenFor(patient->status);
    auto list = Screenings::list(*s, patientId());
    QStringList history;
    std::optional<Screening> shownOne;
    m_signerNames.clear();
    if (list.ok()) {
        m_signerNames = Accounts::signerNames(*s, list.value(), [](const Screening &sc) { return sc.signedBy; });
        for (const Screening &sc : list.value()) {
            history << tr("%1: %2, %3%4").arg(displayDate(sc.assessmentDate), screeningOutcomeLabel(sc.outcome),
                                              sc.state == QLatin1String("signed") ? tr("signed") : tr("draft"),
                                              sc.signedBy.isEmpty() ? QString() : tr(" by %1").arg(m_signerNames.value(sc.signedBy, sc.signedBy)));
            // The latest screening, a coordinator continuing where it stopped; once the patient
            // is enrolled (or withdrawn, or completed), the one signed: it stands.
            if (open || sc.state == QLatin1String("signed"))
                shownOne = sc;
        }
    }
    if (shownOne && shownOne->state == QLatin1String("signed"))
        m_signed = shownOne;
    // The decision stands as signed; a birth date corrected since is said beside it, with what
    // it would decide now, for the investigator to review.
    m_birthNote->hide();
    if (m_signed && patient.ok())   // read above: the decision and the patient as they stand
        if (auto since = Screenings::birthDateSinceSigned(*m_signed, patient->birthDate); since.ok() && since.value()) {
            m_birthNote->setText(birthDateSinceSignedText(**since));
            m_birthNote->show();
        }
    m_draft.reset();
    if (shownOne && shownOne->state == QLatin1String("draft"))
        m_draft = shownOne;
    // A screening is shown on its own date: today's date made the labs of a screening from
    // weeks ago fall outside the window, and a patient screened eligible read "labs missing".
    m_date->setDate(shownOne ? shownOne->assessmentDate : Radiotherapy::today(*s));
    fill(shownOne ? shownOne->inputs : QJsonObject());
    m_history->setText(history.isEmpty() ? QString() : tr("Screenings: ") + history.join(QStringLiteral("; ")));
    setEditable(!m_signed && open);
    m_again->setVisible(m_signed && open);   // a screen failure, screened again
    m_again->setEnabled(s->can(Permission::ScreenPatient));
    m_loading = false;
    m_saved = shown();
    evaluate();
    if (!open && !m_signed && patient.ok())
        m_status->setText(tr("Screening is closed: the patient's status is %1.").arg(Patients::statusLabel(patient->status)));
    if (rescreening && open && m_signed)
        screenAgain();
}

QString ScreeningTab::birthDateSinceSignedText(const BirthDateSinceSigned &since)
{
    QStringList changed;
    for (const CriterionResult &c : since.changed) {
        const QString verdict = c.outcome == CriterionOutcome::Pass   ? tr("%1 passes").arg(c.id)
                                : c.outcome == CriterionOutcome::Fail ? tr("%1 fails").arg(c.id)
                                                                      : tr("%1 is missing").arg(c.id);
        changed << (c.detail.isEmpty() ? verdict : tr("%1 (%2)").arg(verdict, c.detail));
    }
    const QString then = displayDate(QDate::fromString(since.signedWith, Qt::ISODate));
    const QString now = displayDate(QDate::fromString(since.now, Qt::ISODate));
    const QString decided = changed.isEmpty() ? tr("no criterion decides otherwise.")
                                              : tr("%1; the screening would read \"%2\".").arg(changed.join(QStringLiteral("; ")),
                                                                                              screeningOutcomeLabel(since.outcomeNow));
    return tr("The birth date was corrected after this decision was signed: %1 then, %2 now. With the date now, %3 "
              "The investigator reviews the eligibility.")
        .arg(then, now, decided);
}

void ScreeningTab::screenAgain()
{
    Session *s = session();
    if (!s || !m_signed)
        return;
    m_signed.reset();
    m_draft.reset();
    m_rescreening = true;
    m_date->setDate(Radiotherapy::today(*s));
    m_again->hide();
    setEditable(true);
    m_saved = shown();   // nothing typed yet: leaving asks nothing
    evaluate();
}

void ScreeningTab::showEvaluation(const ScreeningEvaluation &ev)
{
    m_checklistModel->setCriteria(ev.result.criteria);
    m_checklist->resizeColumnToContents(0);
    m_checklist->resizeColumnToContents(1);
    const QString status = m_signed ? m_signed->outcome : statusId(ev.result.status);   // the decision signed
    const QString colour = status == QLatin1String("eligible") ? QStringLiteral("#1b5e20")
                           : status == QLatin1String("ineligible") ? QStringLiteral("#b00020") : QStringLiteral("#6c757d");
    m_status->setStyleSheet(QStringLiteral("font-weight: bold; padding: 6px; color: %1;").arg(colour));
    if (m_signed) {
        Session *s = session();
        const QString when = s ? displayDateTime(m_signed->signedUtc, s->siteZone()) : QString();
        m_status->setText((status == QLatin1String("eligible") ? tr("Signed eligible by %1 on %2.") : tr("Signed not eligible by %1 on %2."))
                              .arg(m_signerNames.value(m_signed->signedBy, m_signed->signedBy), when));
        m_labsUsed->setText(ev.labsUsed.isEmpty() ? tr("No lab results were used.") : tr("Labs as screened: ") + ev.labsUsed.join(QStringLiteral("; ")));
        return;
    }
    m_status->setText(status == QLatin1String("eligible") ? tr("Eligible: every criterion is met.")
                      : status == QLatin1String("ineligible") ? tr("Not eligible: a criterion fails.")
                                                              : tr("Incomplete: answer the criteria marked missing."));
    m_labsUsed->setText(ev.labsUsed.isEmpty() ? tr("No lab results inside the site's window.")
                                              : tr("Labs used: ") + ev.labsUsed.join(QStringLiteral("; ")));
}

void ScreeningTab::evaluate()
{
    Session *s = session();
    if (!s || m_loading)
        return;
    if (m_signed) {   // as it was signed, never evaluated again over today's records
        showEvaluation(Screenings::asScreened(*m_signed));
        return;
    }
    auto ev = Screenings::evaluate(*s, patientId(), m_date->date(), form());
    if (!ev.ok()) {
        m_checklistModel->clear();
        m_status->setText(errorText(ev.error()));
        m_status->setStyleSheet(QStringLiteral("font-weight: bold; padding: 6px; color: #b00020;"));
        return;
    }
    showEvaluation(ev.value());
}

void ScreeningTab::save()
{
    (void)saveUnsaved();
}

QJsonObject ScreeningTab::shown() const
{
    QJsonObject all = form();
    all.insert(QStringLiteral("assessment_date"), m_date->date().toString(Qt::ISODate));
    return all;
}

// A coordinator who types a screening and opens another patient is asked first: the entries
// vanished without a word (a walkthrough's weight and life expectancy).
QString ScreeningTab::unsavedWork() const
{
    Session *s = session();
    if (!s || patientId().isEmpty() || !s->can(Permission::ScreenPatient) || shown() == m_saved)
        return {};
    return tr("The screening");
}

// What is on screen as a saved screening: the draft shown when nothing changed, neither the
// form nor what the records give it (a lab since), else a new draft. Each Save and each Sign
// made another draft of the same screening: five in the history for one day (a walkthrough).
Result<Screening> ScreeningTab::saveShown()
{
    Session *s = session();
    if (!s)
        return Error::storage(tr("Not signed in."));
    if (m_draft && m_draft->assessmentDate == m_date->date()) {
        auto ev = Screenings::evaluate(*s, patientId(), m_date->date(), form());
        if (ev.ok() && ev->inputs == m_draft->inputs && eligibilityResultToJson(ev->result) == m_draft->result)
            return *m_draft;
    }
    auto saved = Screenings::save(*s, patientId(), m_date->date(), form());
    if (saved.ok())
        m_draft = saved.value();
    return saved;
}

bool ScreeningTab::saveUnsaved()
{
    auto r = saveShown();
    if (!r.ok()) {
        showError(errorText(r.error()));
        return false;
    }
    m_saved = shown();
    return true;
}

void ScreeningTab::signDecision()
{
    Session *s = session();
    if (!s)
        return;
    // What is signed is what is on screen: saved first (a new draft when it changed).
    auto saved = saveShown();
    if (!saved.ok()) {
        showError(errorText(saved.error()));
        return;
    }
    m_saved = shown();
    if (saved->outcome == QLatin1String("incomplete")) {   // core refuses it: no password asked for nothing
        showError(tr("The screening is incomplete: answer every criterion before signing the decision."));
        return;
    }
    const QString who = displaySubject(*s, patientId());
    const QString decision = saved->outcome == QLatin1String("eligible") ? tr("eligible") : tr("not eligible");
    const auto password = SignatureDialog::ask(this, s->user().displayName, Screenings::signatureMeaning(),
                                               tr("%1 is %2 (screening of %3)").arg(who, decision, displayDate(saved->assessmentDate)));
    if (!password)
        return;
    auto r = Screenings::sign(*s, saved->id, *password);
    if (!r.ok())
        showError(errorText(r.error()));
}

} // namespace muco::ui
