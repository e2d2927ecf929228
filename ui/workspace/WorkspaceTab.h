#pragma once
// One tab of a patient's workspace. It (re)loads from core whenever the patient changes
// or a committed transaction (ChangeNotifier) changed a table it shows in this patient's record.
#include <QStringList>
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
    // The tables this tab shows: a committed change to one of them, in this patient's
    // record, reloads the tab (PatientWorkspace).
    const QStringList &shownTables() const { return m_tables; }
    // Tables whose committed change only refreshes the tab's marks (an open query beside a
    // row or field), never its form: a query raised or answered elsewhere must not clear what
    // someone is typing.
    const QStringList &markedTables() const { return m_markTables; }
    virtual void refreshMarks() {}
    // What the tab's form holds that is not saved, for people ("the screening"), or empty:
    // asked before the workspace shows another patient (PatientWorkspace::mayLeave).
    virtual QString unsavedWork() const { return {}; }
    // Saves it; false when it could not be (the tab has said why).
    virtual bool saveUnsaved() { return true; }

protected:
    Session *session() const { return m_session; }
    const QString &patientId() const { return m_patientId; }
    // Shows a core error to the user (a message box); the field-level ones are handled by forms.
    void showError(const QString &message);
    void showsTables(QStringList tables) { m_tables = std::move(tables); }
    void marksFrom(QStringList tables) { m_markTables = std::move(tables); }

private:
    Session *m_session = nullptr;
    QString m_patientId;
    QStringList m_tables;
    QStringList m_markTables;
};

} // namespace muco::ui
