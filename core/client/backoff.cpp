// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Banter {

Backoff::Backoff() : Backoff(Policy()) {}

Backoff::Backoff(const Policy &policy, std::function<double()> random)
    : m_policy(policy), m_random(random ? std::move(random) : std::function<double()>([] {
        return QRandomGenerator::global()->generateDouble();
    }))
{}

std::chrono::milliseconds Backoff::next()
{
    ++m_attempt;
    const double maximum = double(m_policy.maximum.count());
    // Capped before the power can overflow: 2^60 half-seconds is past any maximum.
    const double growth = std::pow(m_policy.factor, double(std::min(m_attempt - 1, 60)));
    const double base = std::min(double(m_policy.initial.count()) * growth, maximum);
    const double spread = 1.0 + m_policy.jitter * (2.0 * m_random() - 1.0);
    const double delay = std::clamp(base * spread, 0.0, maximum);
    return std::chrono::milliseconds(qint64(std::llround(delay)));
}

} // namespace Banter
