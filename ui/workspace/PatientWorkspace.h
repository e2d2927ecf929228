#pragma once
// The selected patient's workspace: who the patient is, then the clinic's tabs.
#include <QHash>
#include "storage/ChangeNotifier.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace muco {
class Session;
struct Patient;
}

namespace muco::ui {

class AdverseEventsTab;
class GradingWizard;
class LabsTab;
class OverviewTab;
class QueriesTab;
class SourceVerificationTab;
class RadiotherapyTab;
class RandomizePanel;
class ScreeningTab;
class StudyDrugTab;
class VisitsTab;
class WorkspaceTab;

class PatientWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit PatientWorkspace(QWidget *parent = nullptr);
    void showPatient(Session &session, const Patient &patient);
    void clear();
    const QString &patientId() const { return m_patientId; }
    QTabWidget *tabs() const { return m_tabs; }
    // Every tab's title at its widest (the Queries and SDV tabs' counts at three digits): the
    // main window sizes the list beside the tabs by these, so that it keeps its width when a
    // patient's counts appear (a walkthrough: the list narrowed under the first click).
    QStringList widestTabTitles() const;
    OverviewTab *overview() const { return m_overview; }
    ScreeningTab *screening() const { return m_screening; }
    VisitsTab *visits() const { return m_visits; }
    RadiotherapyTab *radiotherapy() const { return m_radiotherapy; }
    LabsTab *labs() const { return m_labs; }
    StudyDrugTab *studyDrug() const { return m_drug; }
    AdverseEventsTab *adverseEvents() const { return m_ae; }
    RandomizePanel *randomization() const { return m_randomize; }
    QueriesTab *queries() const { return m_queries; }
    QPushButton *casebookButton() const { return m_casebook; }
    SourceVerificationTab *sourceVerification() const { return m_sdv; }

    // The clinic's forms, each with its tab brought forward (Ctrl+G, Ctrl+D, the Today view).
    GradingWizard *startGrading();   // the wizard, opened with open(); nullptr when not allowed
    void showFractionEntry();        // the Radiotherapy tab, the keyboard on "Deliver today's fraction"
    void showDraftToSign();          // the Visits tab, the first unsigned visit selected
    void showLabEntry();             // the Labs tab, the keyboard on its first field
    // Whether another patient (or none) may be shown, or the screen locked: each tab's unsaved
    // work is saved, discarded, or the move cancelled (false), as the user chooses.
    // `goingTo` names the patient the user chose instead (their subject ID), when there is one.
    bool mayLeave(const QString &goingTo = {});
    bool hasUnsavedWork() const;

private:
    void onCommitted(const muco::ChangeSet &changes);
    void showHeader(const Patient &patient);
    void retitle(QWidget *tab, const QString &title);
    static QString queriesTitle(int open);
    static QString sdvTitle(int remaining);
    QLabel *m_subject;
    QLabel *m_details;
    QPushButton *m_casebook = nullptr;
    RandomizePanel *m_randomize;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    ScreeningTab *m_screening;
    VisitsTab *m_visits;
    RadiotherapyTab *m_radiotherapy;
    LabsTab *m_labs;
    StudyDrugTab *m_drug;
    AdverseEventsTab *m_ae;
    QueriesTab *m_queries;
    SourceVerificationTab *m_sdv;
    QList<WorkspaceTab *> m_all;
    Session *m_session = nullptr;
    QString m_patientId;
};

} // namespace muco::ui
