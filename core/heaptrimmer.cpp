// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heaptrimmer.h"

#include "logging.h"

#ifdef __GLIBC__
#include <malloc.h>

#include <array>
#include <cstdlib>
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

#ifdef __GLIBC__
namespace {

// glibc keeps the blocks freed last, up to 7 of each small size (24 to 1032 bytes), in a
// per-thread cache that malloc_trim() leaves alone. After thousands of clients have left, those
// blocks lie scattered over an otherwise free heap and each keeps its page resident: about
// 1.5 MB after 10,000 clients. Swap them for blocks that lie together: take the cached blocks
// out, take as many again (from the heap, just consolidated), give the new ones back first, so
// that they fill the cache, and the old ones after, so that they go back to the heap.
void cycleThreadCache()
{
    constexpr size_t cacheSlots = 7;
    constexpr size_t largestCached = 1032;
    constexpr size_t sizeStep = 16;
    std::array<void *, 2 * cacheSlots> blocks;
    for (size_t size = 24; size <= largestCached; size += sizeStep) {
        for (void *&block : blocks)
            block = std::malloc(size);
        for (size_t i = blocks.size(); i-- > 0;)
            std::free(blocks[i]);
    }
}

} // namespace
#endif

bool HeapTrimmer::trim()
{
#ifdef __GLIBC__
    // Also returns the free pages in the middle of the heap, not only those at its end. The
    // first trim consolidates the free blocks, so that the cache cycled next is refilled from
    // one place.
    ::malloc_trim(0);
    cycleThreadCache();
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
