#pragma once
// Radiotherapy: the plan, the dose summary (always in view), the fraction log,
// today's fraction in one action, missed or held fractions, and CSV import.
#include "FieldErrors.h"
#include "workspace/WorkspaceTab.h"
#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace muco::ui {

class FractionLogModel;

class RadiotherapyTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit RadiotherapyTab(QWidget *parent = nullptr);
    void reload() override;
    QString unsavedWork() const override;
    bool saveUnsaved() override;
    QString summaryText() const;
    bool canDeliver() const;
    // The keyboard on "Deliver today's fraction" (on the fraction log when it cannot be pressed).
    void focusFractionEntry();

public slots:
    void deliverToday();
    void savePlan();
    void recordMissed();
    void chooseAndImport();
    void voidSelected();
public:
    // Test seam: answers "record anyway?" questions (a non-treatment day, a patient in screening).
    static void setConfirmForTests(std::function<bool(const QString &)> confirm);
    QTableView *fractionTable() const { return m_table; }
    QLineEdit *totalField() const { return m_total; }
    QSpinBox *fractionsField() const { return m_fractions; }
    QPushButton *saveButton() const { return m_save; }
    FractionLogModel *fractionLog() const { return m_log; }
    // Imports a file and returns the report shown to the user.
    QString importCsv(const QString &path);

private:
    QLabel *m_summary;
    QLineEdit *m_total;
    QSpinBox *m_fractions;
    QLineEdit *m_perFraction;
    QLineEdit *m_technique;
    QDateEdit *m_start;
    QList<QCheckBox *> m_weekdays;
    QCheckBox *m_oralCavity;
    QCheckBox *m_oropharynx;
    QCheckBox *m_chemo;
    QLineEdit *m_agent;
    QLabel *m_planError;
    FieldErrors m_errors;
    FractionLogModel *m_log;
    QTableView *m_table;
    QPushButton *m_deliver;
    QPushButton *m_missed;
    QPushButton *m_import;
    QPushButton *m_save;
    QPushButton *m_void;
    QLabel *m_readOnlyNote;
    bool m_hasPlan = false;
    QStringList m_loadedForm;   // planForm() as loaded or last saved
    QString m_formFor;          // the patient whose plan the form holds
    QStringList planForm() const;   // every field of the plan, as on screen
    bool trySavePlan();
    void resetPlanForm();
    void setPlanEditable(bool editable);
    bool confirm(const QString &question);
    QString whyNotATreatmentDay(const QDate &day) const;
};

} // namespace muco::ui
