#pragma once
// One tab of a patient's workspace. It (re)loads from core whenever the patient changes
// or ChangeNotifier reports a change to this patient's record.
#include <QWidget>

namespace muco {
class Session;
}

namespace muco::ui {

class WorkspaceTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setPatient(Session *session, const QString &patientId)
    {
        m_session = session;
        m_patientId = patientId;
        reload();
    }
    virtual void reload() = 0;

protected:
    Session *session() const { return m_session; }
    const QString &patientId() const { return m_patientId; }
    // Shows a core error to the user (a message box); the field-level ones are handled by forms.
    void showError(const QString &message);

private:
    Session *m_session = nullptr;
    QString m_patientId;
};

} // namespace muco::ui
