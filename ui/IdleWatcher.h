#pragma once
// Locks the app after a period without keyboard or mouse input (shared clinic PCs).
#include <QObject>
#include <QTimer>

namespace muco::ui {

class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    void start(int minutes);
    void stop();
    int intervalMs() const { return m_timer.interval(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace muco::ui
