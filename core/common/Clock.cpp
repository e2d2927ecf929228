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
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace muco
