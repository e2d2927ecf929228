#pragma once
// Timing helpers shared by the benchmarks. Speed is measured and reported, never asserted.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QList>
#include <QThread>
#include <algorithm>
#include <functional>
#include <thread>
#include <vector>
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

// How much more CPU work this machine does with every core busy than with one: the same
// hashing loop once alone, then on each core at once (work done over time taken, the ratio of
// the two). A central site on PostgreSQL runs two processes whose work can overlap; where
// virtual cores share a physical one this is well under their count (1.35 on the machine of
// issue 14's sixteenth round), and the overlap gains that much at most.
inline double parallelYield()
{
    const auto work = [] {
        QByteArray block(4096, 'x');
        for (int i = 0; i < 40000; ++i)
            block.replace(0, 32, QCryptographicHash::hash(block, QCryptographicHash::Sha256));
    };
    work();   // warmed up: the first run pays for faulting its pages in
    QElapsedTimer alone;
    alone.start();
    work();
    const double one = static_cast<double>(alone.nsecsElapsed());
    const int cores = std::max(1, QThread::idealThreadCount());
    QElapsedTimer together;
    together.start();
    std::vector<std::thread> threads;
    for (int i = 0; i < cores; ++i)
        threads.emplace_back(work);
    for (std::thread &t : threads)
        t.join();
    return cores * one / std::max(1.0, static_cast<double>(together.nsecsElapsed()));
}

} // namespace muco::bench
