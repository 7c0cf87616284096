// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helddescriptor.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace BanterWs {

HeldDescriptor::HeldDescriptor(qintptr descriptor, QObject *parent)
    : QSocketNotifier(QSocketNotifier::Read, parent)
    , m_fd(::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0))
{
    if (m_fd >= 0)
        setSocket(m_fd);
}

HeldDescriptor::~HeldDescriptor()
{
    close();
}

void HeldDescriptor::close()
{
    setEnabled(false);
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void HeldDescriptor::reset()
{
    if (m_fd >= 0) {
        const linger reset = {1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    }
    close();
}

int HeldDescriptor::take()
{
    setEnabled(false);
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

} // namespace BanterWs
