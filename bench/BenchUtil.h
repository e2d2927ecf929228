#pragma once
// Timing helpers shared by the benchmarks. Speed is measured and reported, never asserted.
#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <functional>
#include <sys/resource.h>

namespace muco::bench {

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Median over `runs` of the time of `body`, in milliseconds.
inline double timeMs(int runs, const std::function<void()> &body)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        samples << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    return median(samples);
}

// CPU time of this process so far (user and system), in seconds: on a machine shared with
// other work, what a figure cost beside how long it took.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const auto secs = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return secs(u.ru_utime) + secs(u.ru_stime);
}

} // namespace muco::bench
