#pragma once
// Screening: every input the criteria need, and beside it the live checklist of all 21
// criteria (pass / fail / missing, with the reason), the labs used, and the signed decision.
#include "workspace/WorkspaceTab.h"
#include "records/Screenings.h"
#include <optional>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace muco::ui {

class EligibilityChecklistModel;

class ScreeningTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit ScreeningTab(QWidget *parent = nullptr);
    void reload() override;
    QJsonObject form() const;
    QString unsavedWork() const override;
    bool saveUnsaved() override;
    EligibilityChecklistModel *checklist() const { return m_checklistModel; }
    QComboBox *answer(const QString &fact) const { return m_answers.value(fact); }
    QLineEdit *numberField(const QString &fact) const { return m_numbers.value(fact); }
    QLabel *statusLabel() const { return m_status; }
    // Under the signed decision when the patient's birth date was corrected since (hidden otherwise).
    QLabel *birthDateNote() const { return m_birthNote; }
    // What that note says: the dates, and the criteria that decide otherwise with the date now.
    static QString birthDateSinceSignedText(const BirthDateSinceSigned &since);
    QComboBox *intent() const { return m_intent; }
    QComboBox *dateChoice(const QString &fact) const { return m_dateChoice.value(fact); }   // not recorded, none, on date
    QDateEdit *dateField(const QString &fact) const { return m_dates.value(fact); }

    QDateEdit *assessmentDate() const { return m_date; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *screenAgainButton() const { return m_again; }
    bool showsSignedScreening() const { return m_signed.has_value(); }

public slots:
    void evaluate();
    void save();
    void signDecision();
    // A screen failure's signed screening, taken again as a new one dated today.
    void screenAgain();

private:
    void fill(const QJsonObject &inputs);   // the form from a screening's inputs
    void showEvaluation(const ScreeningEvaluation &ev);
    void setEditable(bool editable);
    QJsonObject shown() const;   // the form and its date, as on screen
    QJsonObject m_saved;         // shown() when the patient's screening was last loaded or saved
    QWidget *m_formBox;   // every field of the form: read only for whoever may not screen
    QDateEdit *m_date;
    QComboBox *m_intent;
    QComboBox *m_ecog;
    QHash<QString, QLineEdit *> m_numbers;
    QHash<QString, QComboBox *> m_answers;
    QHash<QString, QComboBox *> m_dateChoice;
    QHash<QString, QDateEdit *> m_dates;
    EligibilityChecklistModel *m_checklistModel;
    QTreeView *m_checklist;
    QLabel *m_status;
    QLabel *m_birthNote;
    QLabel *m_labsUsed;
    QLabel *m_history;
    QPushButton *m_save;
    QPushButton *m_sign;
    QPushButton *m_again;
    std::optional<Screening> m_signed;   // the signed screening shown, read only
    QHash<QString, QString> m_signerNames;   // its signers' display names (Accounts::displayNames)
    std::optional<Screening> m_draft;    // the draft shown, as saved
    QString m_formFor;                   // the patient whose screening the form holds
    bool m_rescreening = false;          // "Screen again" pressed for that patient
    Result<Screening> saveShown();
    bool m_loading = false;
};

} // namespace muco::ui
