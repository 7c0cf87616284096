// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chaosconditions.h"

#include <random>

namespace BanterChaos {

// When each message of one direction arrives, under the conditions: a message may be lost; one
// that is not waits for the bandwidth its bytes take behind those before it, then for latency
// plus or minus jitter. No message ever arrives before one handed in earlier. Every random choice
// comes from a std::mt19937_64 seeded with the seed given: the same messages at the same times
// get the same fates.
class ChaosSchedule
{
public:
    // Whether a message may be lost: pings, pongs and closes never are.
    enum class Loss { Possible, Impossible };

    ChaosSchedule(const ChaosConditions &conditions, quint64 seed);

    // The time (ms on the caller's clock) at which a message of size bytes, handed in at now,
    // arrives; -1 when it is lost.
    qint64 schedule(qint64 now, qint64 bytes, Loss loss = Loss::Possible);

private:
    // A uniform number in [0, 1), drawn from the seeded generator.
    double draw();

    ChaosConditions m_conditions;
    std::mt19937_64 m_random;
    double m_linkFreeAt = 0;  // when the bandwidth has sent everything handed in so far
    double m_lastArrival = 0; // when the last message arrives: order is kept
};

} // namespace BanterChaos
