// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helddescriptor.h"

namespace BanterWs {

// Lingering: when Qt closes a client's socket, the connection is kept open a little longer. Qt
// closes its descriptor once it has written what it holds; closing a socket with unread data
// resets the connection, and a client that is still sending (a message over the limit) would
// then lose the close frame that says why. So this half-closes the connection and reads (and
// discards) what the client still sends until the client closes its side too.
class Linger : public HeldDescriptor
{
    Q_OBJECT

public:
    // Holds descriptor from now on; call it before Qt closes its own.
    Linger(qintptr descriptor, QObject *parent);

    bool isStarted() const { return m_isStarted; }
    // Everything Qt wrote is in the kernel: says so to the client and waits for its end.
    void start();

Q_SIGNALS:
    // The client closed its side too, or the connection broke.
    void ended();

private:
    void drain();

    bool m_isStarted = false;
};

} // namespace BanterWs
