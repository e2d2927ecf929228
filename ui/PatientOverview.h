#pragma once
// The selected patient's workspace: who the patient is, then the clinic's tabs.
#include <QWidget>

class QLabel;
class QTabWidget;

namespace muco {
class Session;
struct Patient;
}

namespace muco::ui {

class PatientOverview : public QWidget {
    Q_OBJECT
public:
    explicit PatientOverview(QWidget *parent = nullptr);
    void show(Session &session, const Patient &patient);
    QTabWidget *tabs() const { return m_tabs; }

private:
    QLabel *m_subject;
    QLabel *m_details;
    QTabWidget *m_tabs;
    QLabel *m_summary;
};

} // namespace muco::ui
