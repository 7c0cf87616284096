// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyhistogram.h"

#include <cmath>

namespace Banter {

namespace {
constexpr double growth = 1.02;
} // namespace

int LatencyHistogram::bucketOf(qint64 micros)
{
    if (micros <= 1)
        return 0;
    const int bucket = int(std::ceil(std::log(double(micros)) / std::log(growth)));
    return qMin(bucket, bucketCount - 1);
}

qint64 LatencyHistogram::upperEdge(int bucket)
{
    return qint64(std::floor(std::pow(growth, bucket)));
}

void LatencyHistogram::add(qint64 micros)
{
    micros = qMax<qint64>(micros, 0);
    ++m_buckets[bucketOf(micros)];
    m_max = m_count == 0 ? micros : qMax(m_max, micros);
    ++m_count;
}

void LatencyHistogram::clear()
{
    m_buckets.fill(0);
    m_count = 0;
    m_max = 0;
}

qint64 LatencyHistogram::percentile(double share) const
{
    if (m_count == 0)
        return -1;
    const qint64 wanted = qMax<qint64>(1, qint64(std::ceil(share * double(m_count))));
    qint64 seen = 0;
    for (int bucket = 0; bucket < bucketCount; ++bucket) {
        seen += m_buckets[bucket];
        // The last bucket holds everything longer: its edge says nothing.
        if (seen >= wanted)
            return bucket == bucketCount - 1 ? m_max : qMin(upperEdge(bucket), m_max);
    }
    return m_max;
}

} // namespace Banter
