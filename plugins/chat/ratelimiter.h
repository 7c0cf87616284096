// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace BanterChat {

// A token bucket: rate tokens a second, at most burst of them; a message takes one. It starts
// full. Its clock is the caller's, in milliseconds, so that one reading of it serves a whole
// batch of messages.
class RateLimiter
{
public:
    // Takes a token; false when there is none left. A rate of 0 allows everything.
    bool take(double rate, double burst, qint64 nowMs);

private:
    double m_tokens = -1; // -1: not used yet, full
    qint64 m_lastMs = 0;
};

} // namespace BanterChat
