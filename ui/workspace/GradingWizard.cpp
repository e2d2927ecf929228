#include "workspace/GradingWizard.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "records/Assessments.h"
#include "records/Patients.h"
#include "clinical/Protocol.h"
#include "records/Radiotherapy.h"
#include "security/Session.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QAbstractButton>
#include <QKeyEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

namespace muco::ui {

namespace {

QComboBox *combo(const QStringList &items)
{
    auto *c = new QComboBox;
    c->addItems(items);
    return c;
}

QString gradeLine(const GradeResult &r)
{
    QString line = QStringLiteral("<p><b>%1</b><br><i>%2</i></p>")
                       .arg(GradingWizard::tr("%1: grade %2").arg(scaleName(r.scale)).arg(r.grade), r.label.toHtmlEscaped());
    for (const QString &w : r.warnings)
        line += QStringLiteral("<p style='color:#8a4b00'>&#9888; %1</p>").arg(w.toHtmlEscaped());
    return line;
}

} // namespace

GradingWizard::GradingWizard(Session &session, const QString &patientId, QWidget *parent)
    : QWizard(parent), m_session(session), m_patientId(patientId), m_live(new QLabel), m_review(new QLabel),
      m_password(new QLineEdit), m_error(new QLabel)
{
    // Whom the exam is of, on every page (the title and the grades beside each page).
    if (auto p = Patients::get(session, patientId); p.ok())
        m_subject = p->name.isEmpty() ? p->subjectId : QStringLiteral("%1 · %2").arg(p->subjectId, p->name);
    setWindowTitle(tr("Grade oral mucositis: %1").arg(m_subject));
    setObjectName(QStringLiteral("gradingWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    m_live->setObjectName(QStringLiteral("liveGrades"));
    m_live->setWordWrap(true);
    m_live->setTextFormat(Qt::RichText);
    m_live->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_live->setStyleSheet(QStringLiteral("background: palette(alternate-base); padding: 8px;"));
    // Scrolled, not cut: with several warnings the grades below them (OMAS last) fell off the
    // bottom of the panel on a 768-pixel screen, with no way to reach them.
    auto *side = new QScrollArea;
    side->setObjectName(QStringLiteral("liveGradesScroll"));
    side->setWidget(m_live);
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setMinimumWidth(320);
    side->setMaximumWidth(360);
    setSideWidget(side);
    addPage(findingsPage());
    addPage(omasPage());
    addPage(proPage());
    addPage(reviewPage());
    setButtonText(QWizard::FinishButton, session.can(Permission::SignGrade) ? tr("&Save and sign") : tr("&Save draft"));
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        updateLive();
        if (id == pageIds().last() && m_password->isVisible())
            m_password->setFocus();   // the signature is what is left to type
        if (id == pageIds().at(1)) {
            m_omasUlceration.first()->setFocus();   // the first site's ulceration, ready to overwrite
            m_omasUlceration.first()->selectAll();
        }
        if (id == pageIds().at(2))
            m_proSeverity->setFocus();   // the first question, answered with one digit
    });
    startFromLastVisit();
    updateLive();
    resize(980, 620);
}

QWizardPage *GradingWizard::findingsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Examination"));
    page->setSubTitle(tr("Record what you see and what the patient reports, once; every scale is derived from it. Ulceration is scored at the OMAS sites on the next page."));
    m_date = new QDateEdit(m_session.today());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_dateError = new QLabel;
    m_dateError->setObjectName(QStringLiteral("visitDateError"));
    m_dateError->setWordWrap(true);
    m_dateError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dateError->hide();
    connect(m_date, &QDateEdit::dateChanged, m_dateError, &QLabel::hide);
    m_startedFrom = new QLabel;
    m_startedFrom->setObjectName(QStringLiteral("startedFromLastVisit"));
    m_startedFrom->setWordWrap(true);
    m_startedFrom->setStyleSheet(QStringLiteral("background: #fff3cd; color: #000; padding: 4px;"));
    m_startedFrom->hide();
    m_soreness = new QCheckBox(tr("&Soreness reported"));
    m_erythema = new QCheckBox(tr("&Erythema seen"));
    m_appearance = combo({tr("No pseudomembranes"), tr("Erythematous"), tr("Patchy pseudomembranes"), tr("Confluent (fibrinous) pseudomembranes")});
    m_deepUlceration = new QCheckBox(tr("Deep ulceration, hemorrhage or necrosis"));
    m_diet = combo({tr("Normal solid diet"), tr("Soft or modified diet"), tr("Liquid diet only"), tr("Nothing by mouth")});
    m_pain = combo({tr("None"), tr("Mild"), tr("Moderate"), tr("Severe")});
    m_analgesia = combo({tr("None"), tr("Non-opioid"), tr("Opioid")});
    m_lifeThreatening = new QCheckBox(tr("Life-threatening consequences"));
    m_urgent = new QCheckBox(tr("Urgent intervention indicated"));
    m_death = new QCheckBox(tr("Death"));
    m_appearance->setObjectName(QStringLiteral("examAppearance"));
    m_diet->setObjectName(QStringLiteral("examDiet"));
    m_pain->setObjectName(QStringLiteral("examPain"));
    m_analgesia->setObjectName(QStringLiteral("examAnalgesia"));
    auto *form = new QFormLayout(page);
    form->addRow(m_startedFrom);
    form->addRow(tr("Visit &date:"), m_date);
    form->addRow(QString(), m_dateError);
    form->addRow(tr("Mucosa:"), m_soreness);
    form->addRow(QString(), m_erythema);
    form->addRow(tr("Appea&rance:"), m_appearance);
    form->addRow(QString(), m_deepUlceration);
    form->addRow(tr("D&iet tolerated:"), m_diet);
    form->addRow(tr("&Pain:"), m_pain);
    form->addRow(tr("&Analgesia:"), m_analgesia);
    form->addRow(tr("Severe signs:"), m_lifeThreatening);
    form->addRow(QString(), m_urgent);
    form->addRow(QString(), m_death);
    for (QCheckBox *c : {m_soreness, m_erythema, m_deepUlceration, m_lifeThreatening, m_urgent, m_death})
        connect(c, &QCheckBox::toggled, this, &GradingWizard::updateLive);
    for (QComboBox *c : {m_appearance, m_pain, m_analgesia, m_diet})
        connect(c, &QComboBox::currentIndexChanged, this, &GradingWizard::updateLive);
    // Keyboard first: the first finding has the focus when the wizard opens.
    QWidget::setTabOrder(m_soreness, m_erythema);
    m_soreness->setFocus();
    return page;
}

QWizardPage *GradingWizard::omasPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("OMAS sites"));
    page->setSubTitle(tr("All nine sites are examined and score 0 until you enter a score. Ulceration/pseudomembrane: 0 none, 1 < 1 cm², 2 1-3 cm², 3 > 3 cm². Erythema: 0 none, 1 not severe, 2 severe. Tick \"Not assessable\" only for a site you could not examine."));
    auto *grid = new QGridLayout(page);
    grid->addWidget(new QLabel(tr("<b>Site</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Ulceration</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Erythema</b>")), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Not assessable</b>")), 0, 3);
    int row = 1;
    for (OmasSite site : omasSites()) {
        auto *label = new QLabel(omasSiteLabel(site));
        auto *ulc = new QSpinBox;
        ulc->setRange(0, 3);
        ulc->setObjectName(QStringLiteral("omasUlceration_%1").arg(omasSiteId(site)));
        auto *ery = new QSpinBox;
        ery->setRange(0, 2);
        ery->setObjectName(QStringLiteral("omasErythema_%1").arg(omasSiteId(site)));
        auto *notAssessable = new QCheckBox;
        notAssessable->setObjectName(QStringLiteral("omasNotAssessable_%1").arg(omasSiteId(site)));
        notAssessable->setAccessibleName(tr("%1 not assessable").arg(omasSiteLabel(site)));
        label->setBuddy(ulc);
        for (QSpinBox *sb : {ulc, ery}) {
            connect(notAssessable, &QCheckBox::toggled, sb, &QWidget::setDisabled);
            connect(sb, &QSpinBox::valueChanged, this, &GradingWizard::updateLive);
        }
        connect(notAssessable, &QCheckBox::toggled, this, &GradingWizard::updateLive);
        grid->addWidget(label, row, 0);
        grid->addWidget(ulc, row, 1);
        grid->addWidget(ery, row, 2);
        grid->addWidget(notAssessable, row, 3);
        m_omasNotAssessable << notAssessable;
        m_omasUlceration << ulc;
        m_omasErythema << ery;
        ++row;
    }
    return page;
}

QWizardPage *GradingWizard::proPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Patient-reported (PRO-CTCAE)"));
    page->setSubTitle(tr("Ask the patient and record the patient's own answer: the digit of the answer (0 for the first) "
                         "answers and moves on."));
    QStringList severity{tr("Not asked")};
    severity += proCtcaeSeverityChoices();
    QStringList interference{tr("Not asked")};
    interference += proCtcaeInterferenceChoices();
    m_proSeverity = combo(severity);
    m_proInterference = combo(interference);
    m_proSeverity->setObjectName(QStringLiteral("proSeverity"));
    m_proInterference->setObjectName(QStringLiteral("proInterference"));
    m_proSeverity->installEventFilter(this);
    m_proInterference->installEventFilter(this);
    auto *q1 = new QLabel(proCtcaeSeverityQuestion());
    auto *q2 = new QLabel(proCtcaeInterferenceQuestion());
    q1->setWordWrap(true);
    q2->setWordWrap(true);
    auto *v = new QVBoxLayout(page);
    v->addWidget(q1);
    v->addWidget(m_proSeverity);
    v->addSpacing(12);
    v->addWidget(q2);
    v->addWidget(m_proInterference);
    v->addStretch();
    return page;
}

QWizardPage *GradingWizard::reviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Review and sign"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("gradingPassword"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("gradingError"));
    auto *meaning = new QLabel(tr("<b>Meaning of the signature:</b> %1").arg(Assessments::signatureMeaning().toHtmlEscaped()));
    meaning->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Your &password:"), m_password);
    auto *v = new QVBoxLayout(page);
    v->addWidget(m_review);
    if (m_session.can(Permission::SignGrade)) {
        v->addWidget(meaning);
        v->addLayout(form);
    } else {
        m_password->hide();
        v->addWidget(new QLabel(tr("You may record the findings; an investigator signs them.")));
    }
    v->addWidget(m_error);
    v->addStretch();
    return page;
}

Exam GradingWizard::exam() const
{
    Exam e;
    e.sorenessReported = m_soreness->isChecked();
    e.erythemaSeen = m_erythema->isChecked();
    e.appearance = static_cast<MucosaAppearance>(m_appearance->currentIndex());
    e.deepUlcerationHemorrhageNecrosis = m_deepUlceration->isChecked();
    e.diet = static_cast<DietTolerated>(m_diet->currentIndex());
    e.pain = static_cast<Severity>(m_pain->currentIndex());
    e.analgesia = static_cast<Analgesia>(m_analgesia->currentIndex());
    e.lifeThreatening = m_lifeThreatening->isChecked();
    e.urgentInterventionIndicated = m_urgent->isChecked();
    e.death = m_death->isChecked();
    // Every site examined and scored 0 unless marked not assessable.
    const QList<OmasSite> sites = omasSites();
    for (int i = 0; i < sites.size(); ++i) {
        if (m_omasNotAssessable[i]->isChecked())
            e.omas.markNotAssessable(sites[i]);
        else
            e.omas.insert(sites[i], {m_omasUlceration[i]->value(), m_omasErythema[i]->value()});
    }
    return e;
}

ProCtcaeMouthSores GradingWizard::pro() const
{
    ProCtcaeMouthSores p;
    if (m_proSeverity->currentIndex() > 0)
        p.severity = m_proSeverity->currentIndex() - 1;
    if (m_proInterference->currentIndex() > 0)
        p.interference = m_proInterference->currentIndex() - 1;
    return p;
}

void GradingWizard::setCorrection(const QString &signedId, const QString &reason, const QDate &visitDate, const Exam &e,
                                  const ProCtcaeMouthSores &pro)
{
    m_correcting = signedId;
    m_reason = reason;
    setWindowTitle(tr("Correct a signed assessment: %1").arg(m_subject));
    // The grades the correction replaces stay in sight beside the new ones.
    Assessment signedOne;
    signedOne.exam = e;
    Assessments::derive(signedOne);
    m_replaces = tr("<p style='background:#fff3cd; color:#000; padding:4px'><b>Replaces the signed grades of %1:</b> %2 %3, %4 %5, %6 %7</p>")
                     .arg(displayDate(visitDate), scaleName(signedOne.who.scale)).arg(signedOne.who.grade)
                     .arg(scaleName(signedOne.ctcae.scale)).arg(signedOne.ctcae.grade)
                     .arg(scaleName(signedOne.rtog.scale)).arg(signedOne.rtog.grade);
    m_date->setDate(visitDate);
    m_date->setEnabled(false);
    m_startedFrom->hide();
    loadExam(e);
    m_proSeverity->setCurrentIndex(pro.severity ? *pro.severity + 1 : 0);
    m_proInterference->setCurrentIndex(pro.interference ? *pro.interference + 1 : 0);
    updateLive();
}

void GradingWizard::loadExam(const Exam &e)
{
    m_soreness->setChecked(e.sorenessReported);
    m_erythema->setChecked(e.erythemaSeen);
    m_appearance->setCurrentIndex(static_cast<int>(e.appearance));
    m_deepUlceration->setChecked(e.deepUlcerationHemorrhageNecrosis);
    m_diet->setCurrentIndex(static_cast<int>(e.diet));
    m_pain->setCurrentIndex(static_cast<int>(e.pain));
    m_analgesia->setCurrentIndex(static_cast<int>(e.analgesia));
    m_lifeThreatening->setChecked(e.lifeThreatening);
    m_urgent->setChecked(e.urgentInterventionIndicated);
    m_death->setChecked(e.death);
    const QList<OmasSite> sites = omasSites();
    for (int i = 0; i < sites.size(); ++i) {
        m_omasNotAssessable[i]->setChecked(!e.omas.isAssessable(sites[i]));
        m_omasUlceration[i]->setValue(e.omas.score(sites[i]).ulceration);
        m_omasErythema[i]->setValue(e.omas.score(sites[i]).erythema);
    }
}

// A routine visit starts from the patient's last visit (its exam, never its PRO answers, which
// are the patient's of the day): the clinician checks each finding and changes what differs.
void GradingWizard::startFromLastVisit()
{
    auto visits = Assessments::list(m_session, m_patientId);
    if (!visits.ok() || visits->isEmpty())
        return;
    const Assessment &last = visits->last();
    loadExam(last.exam);
    m_startedFrom->setText(tr("Started from the visit of %1: check each finding and change what differs today.")
                               .arg(displayDate(last.visitDate)));
    m_startedFrom->show();
    updateLive();
}

// PRO-CTCAE answers in one key each: the digit of the answer (0 = the first choice), and the
// keyboard moves on to the next question, then to Next.
bool GradingWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_proSeverity || watched == m_proInterference)) {
        auto *combo = static_cast<QComboBox *>(watched);
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key >= Qt::Key_0 && key < Qt::Key_0 + combo->count() - 1 && !(static_cast<QKeyEvent *>(event)->modifiers() & Qt::AltModifier)) {
            combo->setCurrentIndex(key - Qt::Key_0 + 1);   // item 0 is "Not asked"
            if (combo == m_proSeverity)
                m_proInterference->setFocus();
            else if (QAbstractButton *next = button(QWizard::NextButton))
                next->setFocus();
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

QString GradingWizard::liveText() const { return m_live->text(); }

QString GradingWizard::reviewText() const { return m_review->text(); }

void GradingWizard::updateLive()
{
    Assessment a;
    a.exam = exam();
    Assessments::derive(a);
    const PrimaryEndpoint &endpoint = Protocol::nct07312656().primaryEndpoint;
    auto line = [&](const GradeResult &r) -> QString {   // QString, not a QStringBuilder of temporaries
        return gradeLine(r) + (r.scale == endpoint.scale ? tr("<p><small>Primary endpoint scale (%1)</small></p>").arg(endpoint.label().toHtmlEscaped())
                                                         : tr("<p><small>Secondary</small></p>"));
    };
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(m_subject.toHtmlEscaped()) + m_replaces + tr("<h3>Derived grades</h3>");
    for (const QString &w : examWarnings(a.exam))
        html += QStringLiteral("<p style='color:#8a4b00'>&#9888; %1</p>").arg(w.toHtmlEscaped());
    html += line(a.who) + line(a.ctcae) + line(a.rtog);
    html += a.omas.sitesScored > 0
        ? tr("<p><b>OMAS:</b> total %1 (ulceration %2, erythema %3), mean %4 over %5 site(s)</p>")
              .arg(a.omas.total).arg(a.omas.ulcerationTotal).arg(a.omas.erythemaTotal)
              .arg(displayNumber(*a.omas.mean, 2)).arg(a.omas.sitesScored)
        : tr("<p><b>OMAS:</b> no site assessable</p>");
    if (Assessments::reachesPrimaryEndpoint(a))
        html += tr("<p style='color:#b00020'><b>%1 grade %2: the primary endpoint (%3) is reached.</b></p>")
                    .arg(scaleName(endpoint.scale)).arg(Assessments::primaryGrade(a)).arg(endpoint.label().toHtmlEscaped());
    if (Assessments::draftsAdverseEvent(a))
        html += tr("<p style='color:#b00020'><b>Signing drafts an adverse event \"Mucositis oral\", CTCAE grade %1, for you to confirm or change.</b></p>")
                    .arg(a.ctcae.grade);
    m_live->setText(html);
    m_review->setText(findingsText());
}

// The review page shows what was found, as recorded (the grades derived from it are beside it).
QString GradingWizard::findingsText() const
{
    // A form label without its accelerator ("&Pain:", "疼痛(&P)：") or colon.
    auto text = [](const QString &label) {
        static const QRegularExpression decoration(QStringLiteral("\\(&\\w\\)|&(?=\\S)|[:：]\\s*$"));
        return QString(label).remove(decoration).toHtmlEscaped();
    };
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>").arg(label, value);
    };
    const QString yes = tr("yes"), no = tr("no");
    QString html = tr("<h3>Findings</h3>") + QStringLiteral("<table>");
    html += row(text(tr("Visit &date:")), displayDate(m_date->date()));
    html += row(text(m_soreness->text()), m_soreness->isChecked() ? yes : no);
    html += row(text(m_erythema->text()), m_erythema->isChecked() ? yes : no);
    html += row(text(tr("Appea&rance:")), m_appearance->currentText().toHtmlEscaped());
    html += row(text(m_deepUlceration->text()), m_deepUlceration->isChecked() ? yes : no);
    html += row(text(tr("D&iet tolerated:")), m_diet->currentText().toHtmlEscaped());
    html += row(text(tr("&Pain:")), m_pain->currentText().toHtmlEscaped());
    html += row(text(tr("&Analgesia:")), m_analgesia->currentText().toHtmlEscaped());
    QStringList severe;
    for (const QCheckBox *c : {m_lifeThreatening, m_urgent, m_death})
        if (c->isChecked())
            severe << text(c->text());
    html += row(text(tr("Severe signs:")), severe.isEmpty() ? tr("none") : severe.join(QStringLiteral("; ")));
    // OMAS: the sites scored above 0 and those not assessable; the rest scored 0.
    QStringList scored, notAssessable;
    const QList<OmasSite> sites = omasSites();
    for (int i = 0; i < sites.size(); ++i) {
        if (m_omasNotAssessable[i]->isChecked())
            notAssessable << omasSiteLabel(sites[i]).toHtmlEscaped();
        else if (m_omasUlceration[i]->value() > 0 || m_omasErythema[i]->value() > 0)
            scored << tr("%1 (ulceration %2, erythema %3)").arg(omasSiteLabel(sites[i]).toHtmlEscaped()).arg(m_omasUlceration[i]->value()).arg(m_omasErythema[i]->value());
    }
    html += row(text(tr("OMAS sites")), scored.isEmpty() ? tr("every site examined scored 0") : scored.join(QStringLiteral("; ")));
    if (!notAssessable.isEmpty())
        html += row(text(tr("Not assessable")), notAssessable.join(QStringLiteral("; ")));
    html += row(proCtcaeSeverityQuestion().toHtmlEscaped(), m_proSeverity->currentText().toHtmlEscaped());
    html += row(proCtcaeInterferenceQuestion().toHtmlEscaped(), m_proInterference->currentText().toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void GradingWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    // Keyboard first: the first finding, not the date, has the focus.
    if (currentId() == startId())
        m_soreness->setFocus();
}

bool GradingWizard::validateCurrentPage()
{
    if (currentId() == pageIds().first() && m_correcting.isEmpty()) {
        const Status ok = Assessments::checkVisitDate(m_session, m_patientId, m_date->date());
        if (!ok.ok()) {
            m_dateError->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_dateError->setText(ok.error().why());
            m_dateError->show();
            m_date->setFocus();
            m_date->setSelectedSection(QDateTimeEdit::YearSection);   // typing replaces the date from its year
            return false;
        }
        // A second visit on one day is most often the first one entered again (the form starts
        // from the last visit's findings and today's date): said once, and Next again goes on.
        if (m_sameDayConfirmed != m_date->date()) {
            if (const QString same = sameDayVisit(); !same.isEmpty()) {
                m_sameDayConfirmed = m_date->date();
                m_dateError->setStyleSheet(QStringLiteral("color: #7a4f00;"));
                m_dateError->setText(same);
                m_dateError->show();
                return false;
            }
        }
    }
    return QWizard::validateCurrentPage();
}

QString GradingWizard::sameDayVisit() const
{
    auto visits = Assessments::list(m_session, m_patientId);
    if (!visits.ok())
        return {};
    for (const Assessment &a : visits.value()) {
        if (a.visitDate != m_date->date() || a.state == QLatin1String("superseded"))
            continue;
        return tr("A visit on %1 is already recorded (%2 %3, %4). To change it, open it from the visit list; "
                  "to record another visit on the same day, press Next again.")
            .arg(displayDate(a.visitDate), scaleName(a.who.scale)).arg(a.who.grade).arg(recordStateLabel(a.state));
    }
    return {};
}

void GradingWizard::accept()
{
    m_error->clear();
    const bool sign = m_session.can(Permission::SignGrade);
    if (sign && m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your password to sign."));
        m_password->setFocus();
        return;
    }
    if (sign) {
        // Check the password before anything is written, so a typo leaves no stray draft.
        const Status ok = m_session.confirmPassword(m_password->text());
        if (!ok.ok()) {
            m_error->setText(errorText(ok.error()));
            m_password->clear();
            m_password->setFocus();
            return;
        }
    }
    auto saved = m_correcting.isEmpty() ? Assessments::record(m_session, m_patientId, m_date->date(), exam(), pro())
                                        : Assessments::correct(m_session, m_correcting, exam(), pro(), m_reason);
    if (!saved.ok()) {
        m_error->setText(errorText(saved.error()));
        return;
    }
    m_savedId = saved->id;
    if (sign) {
        auto signedA = Assessments::sign(m_session, saved->id, m_password->text());
        m_password->clear();
        if (!signedA.ok()) {
            m_error->setText(tr("Saved as a draft, not signed: %1").arg(errorText(signedA.error())));
            return;
        }
    }
    QWizard::accept();
}

} // namespace muco::ui
