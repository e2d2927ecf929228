#pragma once
// Grading a visit: findings recorded once (pages: findings, OMAS sites, the patient's
// PRO-CTCAE answers, review and signature), with every scale's grade derived live beside
// them, with its definition text and any contradiction to confirm.
#include "clinical/Grading.h"
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
    Findings findings() const;
    ProCtcaeMouthSores pro() const;
    QString liveText() const;
    QString savedId() const { return m_savedId; }
    // Field handles for keyboard tests.
    QCheckBox *soreness() const { return m_soreness; }
    QCheckBox *erythema() const { return m_erythema; }
    QCheckBox *ulcers() const { return m_ulcers; }
    QComboBox *diet() const { return m_diet; }
    QLineEdit *signaturePassword() const { return m_password; }
    void accept() override;
protected:
    void showEvent(QShowEvent *event) override;
public:
    // Correction of a signed assessment: prefilled with its findings; saved as a new version.
    void setCorrection(const QString &signedId, const QString &reason, const QDate &visitDate, const Findings &f,
                       const ProCtcaeMouthSores &pro);

private:
    void updateLive();
    QWizardPage *findingsPage();
    QWizardPage *omasPage();
    QWizardPage *proPage();
    QWizardPage *reviewPage();

    Session &m_session;
    QString m_patientId;
    QString m_savedId;
    QString m_correcting;
    QString m_reason;
    QDateEdit *m_date;
    QCheckBox *m_soreness, *m_erythema, *m_ulcers, *m_deepUlceration, *m_lifeThreatening, *m_urgent, *m_death;
    QComboBox *m_pain, *m_analgesia, *m_diet, *m_intake, *m_extent;
    QList<QCheckBox *> m_omasScored;
    QList<QSpinBox *> m_omasUlceration, m_omasErythema;
    QComboBox *m_proSeverity, *m_proInterference;
    QLabel *m_live;
    QLabel *m_review;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace muco::ui
