#pragma once
// An injectable clock (after KeePassXC's core/Clock.h): core code never calls
// QDateTime::currentDateTimeUtc() directly, so tests can freeze and move time.
#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <memory>

namespace muco {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayIn(const QTimeZone &zone) const { return nowUtc().toTimeZone(zone).date(); }
    static std::shared_ptr<Clock> system();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime t) : m_now(std::move(t)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
private:
    QDateTime m_now;
};

// ISO 8601 UTC with milliseconds, the one timestamp format stored and exchanged.
QString isoUtc(const QDateTime &t);
// Exactly what isoUtc writes (24 characters, a real date and time): such texts order as times.
bool isIsoUtc(const QString &text);

} // namespace muco
