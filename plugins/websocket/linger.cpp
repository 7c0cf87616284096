// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linger.h"

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace BanterWs {

Linger::Linger(qintptr descriptor, QObject *parent) : HeldDescriptor(descriptor, parent) {}

void Linger::start()
{
    m_isStarted = true;
    ::shutdown(descriptor(), SHUT_WR);
    connect(this, &QSocketNotifier::activated, this, &Linger::drain);
    watch();
}

void Linger::drain()
{
    char discarded[16384];
    // A bounded number of reads per wake-up, so that a client that sends fast cannot keep the
    // event loop here.
    for (int i = 0; i < 16; ++i) {
        const ssize_t size = ::read(descriptor(), discarded, sizeof discarded);
        if (size > 0)
            continue;
        if (size < 0 && errno == EINTR)
            continue;
        if (size < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        Q_EMIT ended();
        return;
    }
}

} // namespace BanterWs
