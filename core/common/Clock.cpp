#include "common/Clock.h"

namespace muco {

namespace {
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

std::shared_ptr<Clock> Clock::system()
{
    static auto clock = std::make_shared<SystemClock>();
    return clock;
}

QString isoUtc(const QDateTime &t)
{
    // Every audited field formats its time: QDateTime::toString goes through vasprintf, so the
    // usual case is written here, the same characters as Qt::ISODateWithMs for a UTC time
    // (tst_audit isoUtcIsQtsIsoDateWithMs compares the two).
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime time = utc.time();
    if (!d.isValid() || !time.isValid() || d.year() < 1000 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char16_t text[25] = u"0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int digits, int value) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, 4, d.year());
    put(5, 2, d.month());
    put(8, 2, d.day());
    put(11, 2, time.hour());
    put(14, 2, time.minute());
    put(17, 2, time.second());
    put(20, 3, time.msec());
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

bool isIsoUtc(const QString &text)
{
    if (text.size() != 24)
        return false;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() && isoUtc(t) == text;
}

} // namespace muco
