#include "AddPatientDialog.h"
#include "SharedMrnQuestion.h"
#include "records/Patients.h"
#include "security/Session.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace muco::ui {

AddPatientDialog::AddPatientDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_subjectId(new QLineEdit), m_name(new QLineEdit), m_mrn(new QLineEdit),
      m_phone(new QLineEdit), m_birthDate(new QLineEdit), m_sex(new QComboBox), m_general(new QLabel)
{
    setWindowTitle(tr("New patient"));
    setObjectName(QStringLiteral("addPatientDialog"));
    m_subjectId->setObjectName(QStringLiteral("subjectIdField"));
    m_name->setObjectName(QStringLiteral("nameField"));
    m_mrn->setObjectName(QStringLiteral("mrnField"));
    m_phone->setObjectName(QStringLiteral("phoneField"));
    m_birthDate->setObjectName(QStringLiteral("birthDateField"));
    m_sex->setObjectName(QStringLiteral("sexField"));
    m_subjectId->setPlaceholderText(tr("Allocated automatically (%1-NNNN)").arg(session.site()));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_birthDate->setInputMethodHints(Qt::ImhDate);
    m_sex->addItem(tr("Choose..."), QString());
    m_sex->addItem(tr("Male"), QStringLiteral("male"));
    m_sex->addItem(tr("Female"), QStringLiteral("female"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Subject ID:"), m_subjectId, QStringLiteral("subject-id"));
    m_errors.addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Medical record number:"), m_mrn, QStringLiteral("mrn"));
    m_errors.addRow(form, tr("P&hone:"), m_phone, QStringLiteral("phone"));
    m_errors.addRow(form, tr("&Birth date:"), m_birthDate, QStringLiteral("birth-date"));
    m_errors.addRow(form, tr("S&ex:"), m_sex, QStringLiteral("sex"));

    auto *note = new QLabel(tr("Name, record number and phone stay at this site. "
                               "The central site only ever sees the subject ID."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(note);
    v->addWidget(m_general);
    v->addWidget(buttons);
    setMinimumWidth(440);
    auto *required = new QLabel(tr("Required: name or medical record number, birth date and sex."));
    required->setWordWrap(true);
    form->addRow(required);
    m_name->setFocus();
}

void AddPatientDialog::accept()
{
    NewPatient p{m_subjectId->text().trimmed(), m_name->text().trimmed(), m_mrn->text().trimmed(),
                 m_phone->text().trimmed(), m_birthDate->text().trimmed(), m_sex->currentData().toString(), true};
    if (const QList<Error> problems = Patients::problems(m_session, p); !problems.isEmpty()) {
        m_errors.showAll(problems, m_general);
        return;   // nothing saved; every field's problem is shown
    }
    if (!mayShareMrn(this, m_session, p.mrn)) {
        m_mrn->setFocus();
        return;   // nothing saved; the form keeps what was typed
    }
    auto added = Patients::add(m_session, p);
    if (!added.ok()) {
        m_errors.show(added.error(), m_general);
        return;   // nothing was saved; the form keeps what was typed
    }
    m_createdId = added->id;
    QDialog::accept();
}

} // namespace muco::ui
