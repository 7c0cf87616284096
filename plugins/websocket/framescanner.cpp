// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framescanner.h"

#include <QtEndian>

#include <algorithm>

namespace BanterWs {

bool FrameScanner::scan(const char *data, qint64 size)
{
    while (size > 0 && !m_isUnmasked) {
        if (m_payloadLeft > 0) {
            const quint64 payload = std::min(m_payloadLeft, quint64(size));
            m_payloadLeft -= payload;
            data += payload;
            size -= qint64(payload);
            continue;
        }
        m_header[m_headerSize++] = static_cast<unsigned char>(*data++);
        --size;
        if (m_headerSize < 2)
            continue;
        if ((m_header[1] & 0x80) == 0) {
            m_isUnmasked = true;
            break;
        }
        const int shortLength = m_header[1] & 0x7f;
        const int lengthSize = shortLength == 126 ? 2 : shortLength == 127 ? 8 : 0;
        if (m_headerSize < 2 + lengthSize + 4)
            continue;
        if (lengthSize == 2)
            m_payloadLeft = qFromBigEndian<quint16>(m_header + 2);
        else if (lengthSize == 8)
            m_payloadLeft = qFromBigEndian<quint64>(m_header + 2);
        else
            m_payloadLeft = quint64(shortLength);
        const int opcode = m_header[0] & 0x0f;
        const bool isFinal = (m_header[0] & 0x80) != 0;
        if (opcode < 8) // a data frame: control frames come between fragments
            m_isInMessage = !isFinal;
        m_headerSize = 0;
    }
    return !m_isUnmasked;
}

void FrameScanner::skip(quint64 size)
{
    m_payloadLeft -= std::min(size, m_payloadLeft);
}

} // namespace BanterWs
