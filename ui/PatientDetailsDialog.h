#pragma once
// Corrects a patient's details (birth date, sex, identity) and ends participation
// (screen failure, withdrawal, completion) with a date and a reason. Everything goes
// through core (Patients::update, Patients::setStatus): audited, nothing deleted.
#include "FieldErrors.h"
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace muco {
class Session;
}

namespace muco::ui {

class PatientDetailsDialog : public QDialog {
    Q_OBJECT
public:
    PatientDetailsDialog(Session &session, const QString &patientId, QWidget *parent = nullptr);
    void accept() override;
    QComboBox *statusChooser() const { return m_status; }

private:
    Session &m_session;
    QString m_patientId;
    QString m_birthWas, m_sexWas, m_nameWas, m_mrnWas, m_phoneWas;
    QString m_eligibilityNote;   // set when a corrected birth date changes what the signed eligibility decides
    bool m_identity = false;
    QLineEdit *m_birthDate;
    QComboBox *m_sex;
    QLineEdit *m_name;
    QLineEdit *m_mrn;
    QLineEdit *m_phone;
    QComboBox *m_status;
    QDateEdit *m_statusDate;
    QLineEdit *m_reason;
    QLabel *m_general;
    FieldErrors m_errors;
};

} // namespace muco::ui
