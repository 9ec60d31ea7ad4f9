#pragma once

#include <QDateTime>
#include <cstdio>

namespace gpucompare {

/// With GPUCOMPARE_TRACE set, prints "trace PHASE EPOCH-MS" on standard error: where start-up
/// and the estimate commands spend their time, measured as a whole process (tools/benchmark.py
/// times the same runs from outside). Costs one cached environment lookup when unset.
inline void tracePhase(const char *phase)
{
    static const bool enabled = qEnvironmentVariableIsSet("GPUCOMPARE_TRACE");
    if (enabled) {
        std::fprintf(stderr, "trace %s %lld\n", phase,
                     static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    }
}

} // namespace gpucompare
