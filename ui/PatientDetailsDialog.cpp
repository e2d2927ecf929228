#include "PatientDetailsDialog.h"
#include "SharedMrnQuestion.h"
#include "models/PatientListModel.h"
#include "DisplayFormat.h"
#include "models/QueryListModel.h"
#include "records/Patients.h"
#include "records/Screenings.h"
#include "workspace/ScreeningTab.h"
#include "security/Session.h"
#include <QComboBox>
#include <QMessageBox>
#include <algorithm>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace muco::ui {

PatientDetailsDialog::PatientDetailsDialog(Session &session, const QString &patientId, QWidget *parent)
    : QDialog(parent), m_session(session), m_patientId(patientId), m_birthDate(new QLineEdit), m_sex(new QComboBox),
      m_name(new QLineEdit), m_mrn(new QLineEdit), m_phone(new QLineEdit), m_status(new QComboBox),
      m_statusDate(new QDateEdit), m_reason(new QLineEdit), m_general(new QLabel)
{
    setObjectName(QStringLiteral("patientDetailsDialog"));
    m_birthDate->setObjectName(QStringLiteral("birthDateField"));
    m_sex->setObjectName(QStringLiteral("sexField"));
    m_name->setObjectName(QStringLiteral("nameField"));
    m_mrn->setObjectName(QStringLiteral("mrnField"));
    m_phone->setObjectName(QStringLiteral("phoneField"));
    m_status->setObjectName(QStringLiteral("statusField"));
    m_statusDate->setObjectName(QStringLiteral("statusDateField"));
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_sex->addItem(tr("Choose..."), QString());
    m_sex->addItem(tr("Male"), QStringLiteral("male"));
    m_sex->addItem(tr("Female"), QStringLiteral("female"));
    m_statusDate->setCalendarPopup(true);
    m_statusDate->setDisplayFormat(dateFormat());
    m_statusDate->setDate(session.today());
    m_statusDate->setMaximumDate(session.today());
    m_reason->setPlaceholderText(tr("Why the record is being changed"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();

    auto p = Patients::get(session, patientId);
    QString status;
    if (p.ok()) {
        setWindowTitle(tr("Patient %1").arg(p->subjectId));
        m_identity = p->identityVisible;
        m_birthWas = p->birthDate;
        m_sexWas = p->sex;
        m_nameWas = p->name;
        m_mrnWas = p->mrn;
        m_phoneWas = p->phone;
        status = p->status;
    }
    m_birthDate->setText(m_birthWas);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(m_sexWas)));
    m_name->setText(m_nameWas);
    m_mrn->setText(m_mrnWas);
    m_phone->setText(m_phoneWas);

    auto *details = new QGroupBox(tr("Details"));
    auto *form = new QFormLayout(details);
    if (m_identity) {
        m_errors.addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
        m_errors.addRow(form, tr("&Medical record number:"), m_mrn, QStringLiteral("mrn"));
        m_errors.addRow(form, tr("P&hone:"), m_phone, QStringLiteral("phone"));
    } else {
        m_name->hide();
        m_mrn->hide();
        m_phone->hide();
    }
    m_errors.addRow(form, tr("&Birth date:"), m_birthDate, QStringLiteral("birth-date"));
    m_errors.addRow(form, tr("S&ex:"), m_sex, QStringLiteral("sex"));
    // A field the monitor asked about says so under it (issue 17); the form's keys are its own.
    QHash<QString, QString> queried = openQueryNotes(session, patientId, Patients::table().name, patientId);
    if (queried.contains(QStringLiteral("birth_date")))
        queried.insert(QStringLiteral("birth-date"), queried.take(QStringLiteral("birth_date")));
    m_errors.markQueried(queried);

    auto *statusBox = new QGroupBox(tr("Participation"));
    auto *statusForm = new QFormLayout(statusBox);
    statusForm->addRow(tr("Now:"), new QLabel(Patients::statusLabel(status)));
    m_status->addItem(tr("No change"), QString());
    for (const QString &next : Patients::nextStatuses(status))
        m_status->addItem(Patients::statusLabel(next), next);
    m_status->setEnabled(m_status->count() > 1);
    m_errors.addRow(statusForm, tr("&Change to:"), m_status, QStringLiteral("status"));
    m_errors.addRow(statusForm, tr("Effecti&ve date:"), m_statusDate, QStringLiteral("status_date"));
    m_statusDate->setEnabled(false);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { m_statusDate->setEnabled(m_status->currentIndex() > 0); });

    auto *reasonForm = new QFormLayout;
    m_errors.addRow(reasonForm, tr("&Reason:"), m_reason, QStringLiteral("reason"));

    auto *note = new QLabel(tr("Nothing is deleted: every change keeps the old value, who changed it, when and why."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(details);
    v->addWidget(statusBox);
    v->addLayout(reasonForm);
    v->addWidget(note);
    v->addWidget(m_general);
    v->addWidget(buttons);
    setMinimumWidth(460);
    m_birthDate->setFocus();
    if (!session.can(Permission::EditPatient)) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_general->setText(tr("You may read these details but not change them."));
        m_general->show();
    }
}

void PatientDetailsDialog::accept()
{
    m_errors.clear();
    m_general->hide();
    const PatientDetails d{m_birthDate->text().trimmed(), m_sex->currentData().toString(), m_name->text().trimmed(),
                           m_mrn->text().trimmed(), m_phone->text().trimmed()};
    const bool detailsChanged = d.birthDate != m_birthWas || d.sex != m_sexWas
                             || (m_identity && (d.name != m_nameWas || d.mrn != m_mrnWas || d.phone != m_phoneWas));
    const QString status = m_status->currentData().toString();
    if (!detailsChanged && status.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_errors.show(Error::invalid(QStringLiteral("reason"), tr("say why the record is being changed")), m_general);
        return;
    }
    if (m_identity && d.mrn != m_mrnWas && !mayShareMrn(this, m_session, d.mrn, m_patientId)) {
        m_mrn->setFocus();
        return;
    }
    if (detailsChanged) {
        PatientDetails write = d;
        if (!m_identity) {   // fields this session cannot see are not written
            write.name = m_nameWas;
            write.mrn = m_mrnWas;
            write.phone = m_phoneWas;
        }
        auto saved = Patients::update(m_session, m_patientId, write, m_reason->text());
        if (!saved.ok()) {
            m_errors.show(saved.error(), m_general);
            return;
        }
        // A birth date corrected after the eligibility was signed: said at once, with what the
        // decision's criteria say with the date now (the Screening tab keeps saying it).
        if (d.birthDate != m_birthWas)
            if (auto since = Screenings::birthDateSinceSigned(m_session, m_patientId); since.ok() && since.value()
                                                                                      && !since.value()->changed.isEmpty())
                m_eligibilityNote = ScreeningTab::birthDateSinceSignedText(**since);
        m_birthWas = d.birthDate;
        m_sexWas = d.sex;
        m_nameWas = write.name;
        m_mrnWas = write.mrn;
        m_phoneWas = write.phone;
    }
    if (!status.isEmpty()) {
        auto changed = Patients::setStatus(m_session, m_patientId, status, m_statusDate->date(), m_reason->text());
        if (!changed.ok()) {
            m_errors.show(changed.error(), m_general);
            return;
        }
    }
    QDialog::accept();
    if (!m_eligibilityNote.isEmpty() && parentWidget()) {
        // Window-modal and not waited for: the change is saved; this tells what it means.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Eligibility to review"), m_eligibilityNote, QMessageBox::Ok, parentWidget());
        box->setObjectName(QStringLiteral("eligibilityToReview"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace muco::ui
