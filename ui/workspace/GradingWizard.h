#pragma once
// Grading a visit: one exam recorded once (clinical/Exam; pages: observations, the nine
// OMAS sites, the patient's PRO-CTCAE answers, review and signature), with every scale's
// grade derived live beside it by core, with its definition text, the exam's
// contradictions to confirm, and the protocol's primary endpoint.
#include "clinical/Exam.h"
#include <QDate>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace muco {
class Session;
}

namespace muco::ui {

class GradingWizard : public QWizard {
    Q_OBJECT
public:
    GradingWizard(Session &session, const QString &patientId, QWidget *parent = nullptr);
    Exam exam() const;
    Findings findings() const { return findingsFromExam(exam()); }
    ProCtcaeMouthSores pro() const;
    QString liveText() const;
    QString reviewText() const;   // the review page: the findings as recorded
    QString savedId() const { return m_savedId; }
    // Field handles for keyboard tests.
    QCheckBox *soreness() const { return m_soreness; }
    QCheckBox *erythema() const { return m_erythema; }
    QComboBox *appearance() const { return m_appearance; }
    QComboBox *diet() const { return m_diet; }
    QSpinBox *omasUlceration(OmasSite site) const { return m_omasUlceration.value(omasSites().indexOf(site)); }
    QSpinBox *omasErythema(OmasSite site) const { return m_omasErythema.value(omasSites().indexOf(site)); }
    QCheckBox *omasNotAssessable(OmasSite site) const { return m_omasNotAssessable.value(omasSites().indexOf(site)); }
    QLineEdit *signaturePassword() const { return m_password; }
    QComboBox *proSeverity() const { return m_proSeverity; }
    QComboBox *proInterference() const { return m_proInterference; }
    QLabel *startedFrom() const { return m_startedFrom; }
    QDateEdit *visitDate() const { return m_date; }
    QLabel *dateError() const { return m_dateError; }
    void accept() override;
    // The visit date is checked (core: Assessments::checkVisitDate) before the exam page
    // closes, at its field, not after the whole exam has been typed.
    bool validateCurrentPage() override;
protected:
    void showEvent(QShowEvent *event) override;
public:
    // Correction of a signed assessment: prefilled with its exam; saved as a new version.
    void setCorrection(const QString &signedId, const QString &reason, const QDate &visitDate, const Exam &exam,
                       const ProCtcaeMouthSores &pro);

private:
    void updateLive();
    QString findingsText() const;
    void loadExam(const Exam &exam);
    void startFromLastVisit();
    QString sameDayVisit() const;   // what the visit list holds on the chosen date, for people; empty if nothing
    bool eventFilter(QObject *watched, QEvent *event) override;
    QWizardPage *findingsPage();
    QWizardPage *omasPage();
    QWizardPage *proPage();
    QWizardPage *reviewPage();

    Session &m_session;
    QString m_patientId;
    QString m_savedId;
    QString m_correcting;
    QDate m_sameDayConfirmed;   // the visit date whose earlier visit was pointed out (validateCurrentPage)
    QString m_reason;
    QString m_subject;    // "DEMO-0001 · name": whom the exam is of
    QString m_replaces;   // a correction: the signed grades it replaces
    QDateEdit *m_date;
    QLabel *m_dateError;
    QLabel *m_startedFrom;
    QCheckBox *m_soreness, *m_erythema, *m_deepUlceration, *m_lifeThreatening, *m_urgent, *m_death;
    QComboBox *m_appearance, *m_pain, *m_analgesia, *m_diet;
    QList<QCheckBox *> m_omasNotAssessable;
    QList<QSpinBox *> m_omasUlceration, m_omasErythema;
    QComboBox *m_proSeverity, *m_proInterference;
    QLabel *m_live;
    QLabel *m_review;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace muco::ui
