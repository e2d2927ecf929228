#pragma once
// The DEMO site: synthetic patients and demo accounts, clearly marked, for trying
// MucoTrack and for training. Never real data; the demo accounts share one password.
#include "common/Clock.h"
#include "common/Result.h"

namespace muco {

struct DemoSite {
    static QString siteCode() { return QStringLiteral("DEMO"); }
    static QString password() { return QStringLiteral("demo-password"); }
    // Users: admin, doctor, nurse, coord, monitor.
    static QStringList usernames();
    // Creates the demo site at path (if it does not exist yet) with about 20 patients.
    static Status ensure(const QString &path, const std::shared_ptr<Clock> &clock);
    static Status addHistories(const QString &path, const std::shared_ptr<Clock> &clock);
};

} // namespace muco
