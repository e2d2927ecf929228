#include "workspace/QueryDialog.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "workspace/PatientRecords.h"
#include "models/QueryListModel.h"
#include "SignatureDialog.h"
#include "records/AdverseEvents.h"
#include "records/QueryTargets.h"
#include "security/Session.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace muco::ui {

namespace {

// A correction of a coded field is chosen from its codes, shown by their labels.
QList<QPair<QString, QString>> choicesFor(const QString &field)
{
    QList<QPair<QString, QString>> out;
    QStringList codes;
    if (field == QLatin1String("relation"))
        codes = AdverseEvents::relations();
    else if (field == QLatin1String("action"))
        codes = AdverseEvents::actions();
    else if (field == QLatin1String("outcome"))
        codes = AdverseEvents::outcomes();
    else if (field == QLatin1String("sex"))
        codes = {QStringLiteral("female"), QStringLiteral("male")};
    else if (field == QLatin1String("taken") || field == QLatin1String("serious"))
        return {{QStringLiteral("1"), QueryDialog::tr("yes")}, {QStringLiteral("0"), QueryDialog::tr("no")}};
    for (const QString &c : codes)
        out.append({c, fieldValueLabel(field, c)});
    return out;
}

QString stepLabel(const QString &kind)
{
    if (kind == QLatin1String("raise"))
        return QueryDialog::tr("Raised");
    if (kind == QLatin1String("answer"))
        return QueryDialog::tr("Answered");
    if (kind == QLatin1String("close"))
        return QueryDialog::tr("Closed");
    if (kind == QLatin1String("reopen"))
        return QueryDialog::tr("Re-opened");
    return kind;
}

} // namespace

// The thread as people read it: when, who, which step, what was said, any correction.
QString queryThreadHtml(const Query &q, const QTimeZone &zone)
{
    QString html;
    for (const QueryMessage &m : q.thread) {
        html += QStringLiteral("<p><b>%1</b> · %2 · %3<br>%4")
                    .arg(stepLabel(m.kind).toHtmlEscaped(), displayDateTime(m.atUtc, zone).toHtmlEscaped(), m.author.toHtmlEscaped(),
                         m.text.toHtmlEscaped());
        if (m.correctedValue)
            html += QStringLiteral("<br><i>%1</i>")
                        .arg(QueryDialog::tr("Value corrected to: %1").arg(displayValue(q.field, *m.correctedValue)).toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    return html;
}

QueryDialog::QueryDialog(Session &session, const QString &patientId, QWidget *parent, const QString &table, const QString &recordId,
                         const QString &field)
    : QDialog(parent), m_session(session), m_step(Step::Raise), m_patientId(patientId)
{
    setObjectName(QStringLiteral("queryDialog"));
    setWindowTitle(tr("Raise a data query"));
    auto *form = new QFormLayout;
    m_record = new QComboBox;
    m_record->setObjectName(QStringLiteral("queryRecord"));
    for (const PatientRecord &r : patientRecords(session, patientId))
        m_record->addItem(r.summary, QStringList{r.table, r.id});
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("queryField"));
    m_value = new QLabel;
    m_value->setObjectName(QStringLiteral("queryValue"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors.addRow(form, tr("&Record:"), m_record, QStringLiteral("record"));
    m_errors.addRow(form, tr("&Field:"), m_field, QStringLiteral("field"));
    form->addRow(tr("Recorded value:"), m_value);
    buildText(form, tr("&Question:"));
    connect(m_record, &QComboBox::currentIndexChanged, this, &QueryDialog::showFields);
    connect(m_field, &QComboBox::currentIndexChanged, this, &QueryDialog::showValue);
    const int at = m_record->findData(QStringList{table, recordId});
    if (at >= 0)
        m_record->setCurrentIndex(at);
    showFields();
    if (const int f = m_field->findData(field); f >= 0)
        m_field->setCurrentIndex(f);
}

QueryDialog::QueryDialog(Session &session, Step step, const Query &q, QWidget *parent)
    : QDialog(parent), m_session(session), m_step(step), m_patientId(q.patientId), m_queryId(q.id), m_fieldName(q.field)
{
    setObjectName(QStringLiteral("queryDialog"));
    setWindowTitle(step == Step::Answer ? tr("Answer a data query") : step == Step::Close ? tr("Close a data query") : tr("Re-open a data query"));
    auto *form = new QFormLayout;
    const PatientRecord record = patientRecord(session, q.table, q.recordId);
    form->addRow(tr("Record:"), new QLabel(record.summary.isEmpty() ? tableLabel(q.table) : record.summary));
    form->addRow(tr("Field:"), new QLabel(fieldLabel(q.field)));
    form->addRow(tr("Value when raised:"), new QLabel(displayValue(record, q.field, q.valueAtRaise.isEmpty() ? QVariant() : QVariant(q.valueAtRaise))));
    form->addRow(tr("Value now:"), new QLabel(displayValue(record, q.field, q.currentValue)));
    auto *thread = new QTextBrowser;
    thread->setObjectName(QStringLiteral("queryDialogThread"));
    thread->setHtml(queryThreadHtml(q, session.siteZone()));
    thread->setMinimumHeight(90);
    thread->setMaximumHeight(160);
    form->addRow(tr("Thread:"), thread);
    buildText(form, step == Step::Answer ? tr("&Answer:") : step == Step::Close ? tr("&Comment (optional):") : tr("&Why re-open:"));
    if (step == Step::Answer)
        buildCorrection(form, q);
}

void QueryDialog::buildText(QFormLayout *form, const QString &label)
{
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("queryText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_errors.addRow(form, label, m_text, QStringLiteral("text"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("queryError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(m_step == Step::Raise ? tr("&Sign and raise") : m_step == Step::Answer ? tr("&Sign and answer")
                                                   : m_step == Step::Close ? tr("&Sign and close") : tr("&Sign and re-open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QueryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(buttons);
    setMinimumWidth(520);
}

void QueryDialog::buildCorrection(QFormLayout *form, const Query &q)
{
    m_correct = new QCheckBox(tr("&Correct the value in the same step"));
    m_correct->setObjectName(QStringLiteral("queryCorrect"));
    m_newValue = new QLineEdit;
    m_newValue->setObjectName(QStringLiteral("queryNewValue"));
    m_newChoice = new QComboBox;
    m_newChoice->setObjectName(QStringLiteral("queryNewChoice"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("queryReason"));
    m_reason->setPlaceholderText(tr("Why the saved value changes (audited)"));
    const auto choices = choicesFor(q.field);
    for (const auto &c : choices)
        m_newChoice->addItem(c.second, c.first);
    const QString now = q.currentValue.isNull() ? QString() : q.currentValue.toString();
    if (choices.isEmpty()) {
        m_newChoice->hide();
        m_newValue->setText(now);
        if (q.field.endsWith(QLatin1String("_date")) || q.field == QLatin1String("date"))
            m_newValue->setPlaceholderText(tr("YYYY-MM-DD"));
    } else {
        m_newValue->hide();
        m_newChoice->setCurrentIndex(std::max(0, m_newChoice->findData(now)));
    }
    auto *valueBox = new QWidget;
    auto *h = new QHBoxLayout(valueBox);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_newValue);
    h->addWidget(m_newChoice);
    form->addRow(QString(), m_correct);
    m_errors.addRow(form, tr("&New value:"), valueBox, QStringLiteral("correct"));
    m_errors.addRow(form, tr("R&eason for the change:"), m_reason, QStringLiteral("reason"));
    // Only someone who may change the record on its own form may correct it here (core checks
    // again); a field that cannot be corrected through a query says so when saved.
    bool may = false;
    if (auto table = QueryTargets::table(q.table); table.ok()) {
        auto permission = QueryTargets::permissionToCorrect(*table.value());
        may = permission.ok() && m_session.can(permission.value());
    }
    m_correct->setEnabled(may);
    if (!may)
        m_correct->setToolTip(tr("You cannot change this record: answer, and the person who records it corrects it."));
    for (QWidget *w : {static_cast<QWidget *>(m_newValue), static_cast<QWidget *>(m_newChoice), static_cast<QWidget *>(m_reason)})
        w->setEnabled(false);
    connect(m_correct, &QCheckBox::toggled, this, [this](bool on) {
        m_newValue->setEnabled(on);
        m_newChoice->setEnabled(on);
        m_reason->setEnabled(on);
    });
}

void QueryDialog::showFields()
{
    m_field->clear();
    const QStringList target = m_record->currentData().toStringList();
    if (target.size() != 2)
        return;
    for (const QString &f : queryableFields(target.at(0)))
        m_field->addItem(fieldLabel(f), f);
    showValue();
}

void QueryDialog::showValue()
{
    const QStringList target = m_record->currentData().toStringList();
    const QString field = m_field->currentData().toString();
    if (target.size() != 2 || field.isEmpty()) {
        m_value->clear();
        return;
    }
    const PatientRecord r = patientRecord(m_session, target.at(0), target.at(1));
    m_value->setText(displayValue(r, field, r.values.value(field)));
}

QString QueryDialog::kind() const
{
    switch (m_step) {
    case Step::Raise: return QStringLiteral("raise");
    case Step::Answer: return QStringLiteral("answer");
    case Step::Close: return QStringLiteral("close");
    case Step::Reopen: return QStringLiteral("reopen");
    }
    return {};
}

void QueryDialog::accept()
{
    m_errors.clear();
    m_error->hide();
    const QString text = m_text->toPlainText();
    // Empty text is refused before the password is asked for (core refuses it too).
    if (text.trimmed().isEmpty() && m_step != Step::Close) {
        m_errors.show(Error::invalid(QStringLiteral("text"), m_step == Step::Raise ? tr("say what the query asks") : m_step == Step::Answer
                                                                 ? tr("write the answer") : tr("say why the query is re-opened")),
                      m_error);
        return;
    }
    const auto password = SignatureDialog::ask(this, m_session.user().displayName, Queries::signatureMeaning(kind()));
    if (!password)
        return;   // cancelled: the form stays as typed
    Result<Query> done = Error::invalid(QString(), QString());
    switch (m_step) {
    case Step::Raise: {
        const QStringList target = m_record->currentData().toStringList();
        done = Queries::raise(m_session, m_patientId, target.value(0), target.value(1), m_field->currentData().toString(), text, *password);
        break;
    }
    case Step::Answer: {
        std::optional<QueryCorrection> correction;
        if (m_correct->isChecked())
            correction = QueryCorrection{m_newChoice->isHidden() ? m_newValue->text() : m_newChoice->currentData().toString(), m_reason->text()};
        done = Queries::answer(m_session, m_queryId, text, *password, correction);
        break;
    }
    case Step::Close: done = Queries::close(m_session, m_queryId, text, *password); break;
    case Step::Reopen: done = Queries::reopen(m_session, m_queryId, text, *password); break;
    }
    if (!done.ok()) {
        m_errors.show(done.error(), m_error);
        return;
    }
    m_queryId = done->id;
    QDialog::accept();
}

} // namespace muco::ui
