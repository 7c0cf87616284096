// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace BanterRedis {

Backoff::Backoff(std::chrono::milliseconds shortest, std::chrono::milliseconds longest)
    : m_shortest(shortest), m_longest(std::max(longest, shortest)), m_delay(shortest)
{}

std::chrono::milliseconds Backoff::next()
{
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const auto wait = std::chrono::milliseconds(qint64(double(m_delay.count()) * jitter));
    m_delay = std::min(m_delay * 2, m_longest);
    return wait;
}

} // namespace BanterRedis
