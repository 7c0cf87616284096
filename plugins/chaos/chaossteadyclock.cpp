// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaossteadyclock.h"

namespace BanterChaos {

ChaosSteadyClock::ChaosSteadyClock()
{
    m_timer.start();
}

qint64 ChaosSteadyClock::now() const
{
    return m_timer.elapsed();
}

} // namespace BanterChaos
