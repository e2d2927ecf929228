#pragma once
// The workspace's randomization line (issue 15): the patient's arm once randomized, or, for
// an enrolled patient and a coordinator or investigator, the Randomize... button. Randomizing
// is an electronic signature (SignatureDialog); it runs without blocking the window, online
// first, else from the device's sealed reserve (sync/RandomizeClient). Errors stay in the line.
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace muco {
class Session;
class SyncTransport;
}

namespace muco::ui {

class RandomizePanel : public QWidget {
    Q_OBJECT
public:
    explicit RandomizePanel(QWidget *parent = nullptr);
    ~RandomizePanel() override;
    void setPatient(Session *session, const QString &patientId);
    void reload();
    QPushButton *button() const { return m_button; }
    QLabel *armLabel() const { return m_arm; }
    QLabel *messageLabel() const { return m_message; }

    // How the desktop reaches the central site: from the device's sync settings (HTTPS), or,
    // in tests, an in-process transport. nullptr: no central site, the reserve is used.
    using TransportFactory = std::function<std::unique_ptr<SyncTransport>(Session &)>;
    static void setTransportFactoryForTests(TransportFactory factory);

signals:
    void randomized(const QString &patientId);

private:
    void randomize();
    Session *m_session = nullptr;
    QString m_patientId;
    QLabel *m_arm;
    QLabel *m_message;
    QPushButton *m_button;
    std::unique_ptr<SyncTransport> m_transport;
    bool m_running = false;
};

// "Experimental (exosome spray)" / "Control (no intervention)".
QString armLabel(const QString &arm);

} // namespace muco::ui
