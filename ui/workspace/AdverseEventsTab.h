#pragma once
// Adverse events: the list (drafts raised by severe grades first to confirm) and a form whose
// term is chosen from CTCAE v5.0 (a completer over the 837 terms, typed words matching anywhere),
// with the chosen grade's CTCAE text beside the grade.
#include "FieldErrors.h"
#include "workspace/WorkspaceTab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace muco::ui {

class AdverseEventListModel;
class EmptyListHint;

class AdverseEventsTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit AdverseEventsTab(QWidget *parent = nullptr);
    void reload() override;
    void refreshMarks() override;
    QTableView *table() const { return m_table; }
    EmptyListHint *emptyHint() const { return m_empty; }
    AdverseEventListModel *model() const { return m_model; }
    QLineEdit *termField() const { return m_term; }
    QLineEdit *termSpecifyField() const { return m_termSpecify; }
    QSpinBox *gradeField() const { return m_grade; }
    QLabel *gradeText() const { return m_gradeText; }
    QString unsavedWork() const override;
    bool saveUnsaved() override;

public slots:
    void save();
    void edit(int row);
    void clearForm();

private:
    void showTerm();
    AdverseEventListModel *m_model;
    QTableView *m_table;
    EmptyListHint *m_empty = nullptr;
    QStringList formValues() const;   // every field as shown, to compare with m_shownValues
    QStringList m_shownValues;        // the form as last cleared or loaded from an event
    QString m_editing;
    bool m_editingDraft = false;
    QLineEdit *m_term;
    QLineEdit *m_termSpecify;
    QLabel *m_gradeText;
    QSpinBox *m_grade;
    QDateEdit *m_onset;
    QCheckBox *m_resolved;
    QDateEdit *m_resolution;
    QCheckBox *m_serious;
    QComboBox *m_relation, *m_action, *m_outcome;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_fresh = nullptr;
    QWidget *m_form = nullptr;   // the event's fields and buttons
    FieldErrors m_errors;
};

} // namespace muco::ui
