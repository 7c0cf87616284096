// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heaptrimmer.h"

#include "logging.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Banter {

using namespace std::chrono_literals;

HeapTrimmer::HeapTrimmer(QObject *parent) : QObject(parent), m_delay(500ms)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HeapTrimmer::onTimeout);
}

HeapTrimmer::~HeapTrimmer() = default;

void HeapTrimmer::setConnectionCount(int count)
{
    if (count > 0)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start(m_delay);
}

bool HeapTrimmer::trim()
{
#ifdef __GLIBC__
    // Also returns the free pages in the middle of the heap, not only those at its end.
    ::malloc_trim(0);
    return true;
#else
    return false;
#endif
}

void HeapTrimmer::onTimeout()
{
    if (!trim())
        return;
    qCDebug(lcServer, "all clients left: freed memory returned to the system");
    Q_EMIT trimmed();
}

} // namespace Banter
