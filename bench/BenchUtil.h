#pragma once
// Timing helpers shared by the benchmarks. Speed is measured and reported, never asserted.
#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <functional>

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

} // namespace muco::bench
