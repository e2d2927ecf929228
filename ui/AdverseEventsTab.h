#pragma once
// Adverse events: the list (drafts raised by severe grades first to confirm) and a form.
#include "FieldErrors.h"
#include "WorkspaceTab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace muco::ui {

class AdverseEventsTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit AdverseEventsTab(QWidget *parent = nullptr);
    void reload() override;
    QTableWidget *table() const { return m_table; }

public slots:
    void save();
    void edit(int row);
    void clearForm();

private:
    QTableWidget *m_table;
    QString m_editing;
    bool m_editingDraft = false;
    QLineEdit *m_term;
    QSpinBox *m_grade;
    QDateEdit *m_onset;
    QCheckBox *m_resolved;
    QDateEdit *m_resolution;
    QCheckBox *m_serious;
    QComboBox *m_relation, *m_action, *m_outcome;
    QLabel *m_error;
    QPushButton *m_save;
    FieldErrors m_errors;
};

} // namespace muco::ui
