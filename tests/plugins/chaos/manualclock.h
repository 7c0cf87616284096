// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chaosclock.h"

// A clock the test moves by hand.
class ManualClock : public BanterChaos::ChaosClock
{
public:
    qint64 now() const override { return m_now; }
    void set(qint64 ms) { m_now = ms; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1000;
};
