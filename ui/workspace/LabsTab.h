#pragma once
// Lab entry by panel: value and unit per analyte, the SI value beside it, the site's
// reference range, out-of-range highlighting; Tab through a panel, Enter saves.
#include "workspace/WorkspaceTab.h"
#include "records/Labs.h"
#include <QMap>
#include <QMessageBox>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace muco::ui {

class LabResultsModel;

class LabsTab : public WorkspaceTab {
    Q_OBJECT
public:
    explicit LabsTab(QWidget *parent = nullptr);
    void reload() override;
    QLineEdit *valueField(const QString &analyte) const;
    QComboBox *unitField(const QString &analyte) const;
    QLabel *siLabel(const QString &analyte) const;
    QLabel *rangeLabel(const QString &analyte) const;   // the range that applies to this patient
    QComboBox *panelChooser() const { return m_panel; }
    void focusEntry();   // the keyboard on the panel chooser, the first field of the entry
    QTableView *results() const { return m_results; }
    LabResultsModel *resultsModel() const { return m_model; }
    QLabel *errorLabel() const { return m_error; }
    QDateTimeEdit *collectedField() const { return m_collected; }
    // The unit an analyte's field starts at: the site's setting lab_unit.<key>, else the SI unit.
    QString defaultUnit(const QString &analyte) const;
    // Test seam: answers the questions save() asks (a unit that makes the value implausible,
    // an old collection date). Yes / No / Cancel as the message box would.
    static void setQuestionForTests(std::function<QMessageBox::StandardButton(const QString &)> answer);

    QString unsavedWork() const override;
    bool saveUnsaved() override;

public slots:
    void save();

private:
    struct Row {
        QString analyte;
        QLineEdit *value;
        QComboBox *unit;
        QLabel *si;
        QLabel *range;
    };
    void updateRow(const Row &row);
    QString rangeText(const QMap<QString, ReferenceRange> &bySex, const QString &unit) const;
    QMessageBox::StandardButton ask(const QString &question, QMessageBox::StandardButtons buttons);
    QComboBox *m_panel;
    QDateTimeEdit *m_collected;
    QStackedWidget *m_pages;
    QList<Row> m_rows;
    QLabel *m_error;
    LabResultsModel *m_model;
    QTableView *m_results;
    QPushButton *m_save = nullptr;
    QMap<QString, QMap<QString, ReferenceRange>> m_ranges;   // the site's by analyte and sex, read on reload
    QString m_sex;                                           // the patient's: which range applies
};

} // namespace muco::ui
