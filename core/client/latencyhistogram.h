// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QtGlobal>

#include <array>

namespace Banter {

// Round-trip times, for their percentiles, in constant memory however many: logarithmic buckets
// from 1 microsecond to about 10 minutes, each 2 % wider than the one before, so a percentile is
// within 2 % of the exact one.
class BANTERCLIENT_EXPORT LatencyHistogram
{
public:
    void add(qint64 micros);
    void clear();
    qint64 count() const { return m_count; }
    // The smallest time at or below which the given share (0 to 1) of the times lie (the upper
    // edge of its bucket, never more than the largest time added); -1 when empty.
    qint64 percentile(double share) const;
    qint64 max() const { return m_count > 0 ? m_max : -1; }

private:
    static constexpr int bucketCount = 1024;
    static int bucketOf(qint64 micros);
    static qint64 upperEdge(int bucket);

    std::array<qint64, bucketCount> m_buckets{};
    qint64 m_count = 0;
    qint64 m_max = 0;
};

} // namespace Banter
