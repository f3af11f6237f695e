#pragma once

// Small measuring helpers every benchmark executable shares.

#include <QByteArray>
#include <QFile>

#include <malloc.h>

#include <cmath>

namespace careledger::bench {

inline double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

// A "VmRSS"/"VmHWM"-style field of /proc/self/status in MB; -1 when it cannot be read.
inline double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return round3(line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0); // kB
    return -1;
}

// Returns freed heap to the system and restarts VmHWM, so the next peak is the measured
// phase's own.
inline bool resetPeakRss()
{
    malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace careledger::bench
