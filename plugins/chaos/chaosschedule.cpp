// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaosschedule.h"

#include <algorithm>
#include <cmath>

namespace BanterChaos {

ChaosSchedule::ChaosSchedule(const ChaosConditions &conditions, quint64 seed)
    : m_conditions(conditions), m_random(seed)
{}

double ChaosSchedule::draw()
{
    // The top 53 bits, as a double in [0, 1): the same on every platform, unlike
    // std::uniform_real_distribution, whose algorithm each standard library picks.
    return double(m_random() >> 11) * (1.0 / double(quint64(1) << 53));
}

qint64 ChaosSchedule::schedule(qint64 now, qint64 bytes, Loss loss)
{
    if (loss == Loss::Possible && m_conditions.lossPercent > 0 &&
        draw() * 100 < m_conditions.lossPercent)
        return -1;
    const double start = std::max(double(now), m_linkFreeAt);
    const double sending =
        m_conditions.bandwidth > 0 ? double(bytes) * 1000 / double(m_conditions.bandwidth) : 0;
    m_linkFreeAt = start + sending;
    double delay = double(m_conditions.latencyMs);
    if (m_conditions.jitterMs > 0)
        delay += (2 * draw() - 1) * double(m_conditions.jitterMs);
    m_lastArrival = std::max(m_linkFreeAt + delay, m_lastArrival);
    return qint64(std::ceil(m_lastArrival));
}

} // namespace BanterChaos
