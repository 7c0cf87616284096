// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <algorithm>

namespace BanterChat {

bool RateLimiter::take(double rate, double burst, qint64 nowMs)
{
    if (rate <= 0)
        return true;
    if (m_tokens < 0)
        m_tokens = burst;
    else
        m_tokens = std::min(burst, m_tokens + double(nowMs - m_lastMs) * rate / 1000);
    m_lastMs = nowMs;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

} // namespace BanterChat
