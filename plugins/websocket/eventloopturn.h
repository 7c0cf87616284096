// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace BanterWs {

// Which turn of the calling thread's event loop this is: a number that grows by one each time the
// thread's event dispatcher wakes (QAbstractEventDispatcher::awake()), from 1. 0 when the thread
// has no event dispatcher. Lets a socket tell a write that comes alone from one of several that
// the same turn makes.
class EventLoopTurn
{
public:
    static quint64 current();
};

} // namespace BanterWs
