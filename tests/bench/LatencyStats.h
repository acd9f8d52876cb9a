#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <vector>

namespace kiosk::bench {

// Percentiles of a set of latencies in nanoseconds (nearest-rank: p99 of 1000 samples is
// the 990th smallest), reported in milliseconds.
struct LatencySummary {
    std::size_t count = 0;
    double meanMs = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

inline double nearestRank(const std::vector<std::int64_t> &sorted, double percentile)
{
    if (sorted.empty())
        return 0;
    auto rank = static_cast<std::size_t>(std::ceil(percentile / 100.0 * static_cast<double>(sorted.size())));
    rank = std::clamp<std::size_t>(rank, 1, sorted.size());
    return static_cast<double>(sorted[rank - 1]) / 1e6;
}

inline LatencySummary summarize(std::vector<std::int64_t> samplesNs)
{
    LatencySummary s;
    s.count = samplesNs.size();
    if (samplesNs.empty())
        return s;
    std::sort(samplesNs.begin(), samplesNs.end());
    double sum = 0;
    for (std::int64_t v : samplesNs)
        sum += static_cast<double>(v);
    s.meanMs = sum / static_cast<double>(samplesNs.size()) / 1e6;
    s.p50Ms = nearestRank(samplesNs, 50);
    s.p95Ms = nearestRank(samplesNs, 95);
    s.p99Ms = nearestRank(samplesNs, 99);
    s.maxMs = static_cast<double>(samplesNs.back()) / 1e6;
    return s;
}

// The median wall time of `repeat` runs of `work`, in milliseconds.
template <typename Work>
double medianMs(int repeat, Work work)
{
    std::vector<double> samples;
    for (int i = 0; i < repeat; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        samples.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace kiosk::bench
