// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framereview.h"

#include <algorithm>

namespace BanterWs {

FrameReview::Verdict FrameReview::review(const char *data, qint64 size)
{
    const bool isMasked = m_scanner.scan(data, size);
    const qint64 length = isMasked ? size : std::max<qint64>(0, m_scanner.failedAt());
    const bool isReplaced = align(data, length);
    if (isMasked)
        return isReplaced ? Verdict::Replace : Verdict::Pass;
    if (!isReplaced)
        m_replacement = QByteArray(data, length);
    m_held = QByteArray(data + length, size - length);
    return Verdict::Fail;
}

void FrameReview::skip(quint64 size)
{
    m_scanner.skip(size);
    if (!m_aligner.isIdle())
        m_aligner.skip(size);
}

bool FrameReview::align(const char *data, qint64 size)
{
    qint64 from = 0;
    if (m_aligner.isIdle()) {
        from = m_scanner.fragmentedTextAt();
        if (from < 0 || from >= size)
            return false;
    }
    if (!m_aligner.align(data + from, size - from, m_aligned))
        return false;
    m_replacement = QByteArray(data, from) + m_aligned;
    return true;
}

} // namespace BanterWs
