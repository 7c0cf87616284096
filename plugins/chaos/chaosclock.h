// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace BanterChaos {

// Where the network conditions read the time: milliseconds on a clock that never goes back. The
// plugin uses a steady clock (ChaosSteadyClock); tests move one by hand.
class ChaosClock
{
public:
    virtual ~ChaosClock() = default;
    virtual qint64 now() const = 0;
};

} // namespace BanterChaos
