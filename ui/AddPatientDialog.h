#pragma once
// Registers a patient: pseudonymous record plus the identity that stays at the site.
#include "FieldErrors.h"
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace muco {
class Session;
}

namespace muco::ui {

class AddPatientDialog : public QDialog {
    Q_OBJECT
public:
    AddPatientDialog(Session &session, QWidget *parent = nullptr);
    QString createdPatientId() const { return m_createdId; }
    void accept() override;

private:
    Session &m_session;
    QLineEdit *m_subjectId;
    QLineEdit *m_name;
    QLineEdit *m_mrn;
    QLineEdit *m_phone;
    QLineEdit *m_birthDate;
    QComboBox *m_sex;
    QLabel *m_general;
    FieldErrors m_errors;
    QString m_createdId;
};

} // namespace muco::ui
