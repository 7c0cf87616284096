// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <chrono>
#include <functional>

namespace Banter {

// Exponential backoff with jitter for reconnecting: the first retry after about 0.5 s, each next
// one twice as late, never later than 30 s, each spread by up to ±20 % so that many clients do
// not come back at the same instant.
class BANTERCLIENT_EXPORT Backoff
{
public:
    struct Policy
    {
        std::chrono::milliseconds initial{500};
        double factor = 2.0;
        std::chrono::milliseconds maximum{30000};
        double jitter = 0.2; // fraction of the delay, each way
    };

    Backoff();
    // random returns numbers in [0, 1); by default QRandomGenerator::global().
    explicit Backoff(const Policy &policy, std::function<double()> random = {});

    // The delay before the next attempt; counts the attempt.
    std::chrono::milliseconds next();
    // Attempts counted since the last reset.
    int attempt() const { return m_attempt; }
    void reset() { m_attempt = 0; }

    const Policy &policy() const { return m_policy; }
    void setPolicy(const Policy &policy) { m_policy = policy; }

private:
    Policy m_policy;
    std::function<double()> m_random;
    int m_attempt = 0;
};

} // namespace Banter
