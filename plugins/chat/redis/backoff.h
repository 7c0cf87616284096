// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace BanterRedis {

// The waits between attempts to reach Redis: from the shortest, doubling up to the longest, each
// jittered by ±20 % so that many servers that lost Redis together do not come back in step.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds shortest = std::chrono::milliseconds(100),
            std::chrono::milliseconds longest = std::chrono::milliseconds(2000));

    // The wait before the next attempt; each call doubles the one after it.
    std::chrono::milliseconds next();
    // Back to the shortest (the attempt worked).
    void reset() { m_delay = m_shortest; }

private:
    std::chrono::milliseconds m_shortest;
    std::chrono::milliseconds m_longest;
    std::chrono::milliseconds m_delay;
};

} // namespace BanterRedis
