// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framescanner.h"

#include <QtEndian>

#include <algorithm>

namespace BanterWs {

bool FrameScanner::scan(const char *data, qint64 size)
{
    const char *const begin = data;
    m_fragmentedTextAt = -1;
    while (size > 0 && !m_isMaskedWrongly) {
        if (m_payloadLeft > 0) {
            const quint64 payload = std::min(m_payloadLeft, quint64(size));
            if (m_isReadingClose) {
                m_closePayload.append(data, qsizetype(payload));
                m_hasClose = payload == m_payloadLeft;
                m_isReadingClose = !m_hasClose;
            }
            m_payloadLeft -= payload;
            data += payload;
            size -= qint64(payload);
            continue;
        }
        // A text frame without FIN: known by its first byte, before the rest of its header.
        if (m_headerSize == 0 && m_fragmentedTextAt < 0 &&
            (static_cast<unsigned char>(*data) & 0x8f) == FrameHead::opcodeText) {
            m_fragmentedTextAt = data - begin;
        }
        m_header[m_headerSize++] = static_cast<unsigned char>(*data++);
        --size;
        if (m_headerSize < 2)
            continue;
        const bool isMasked = (m_header[1] & 0x80) != 0;
        if (isMasked != (m_sender == Sender::Client)) {
            m_isMaskedWrongly = true;
            m_failedAt = (data - begin) - m_headerSize;
            break;
        }
        if (m_headerSize < FrameHead::sizeOf(m_header[1]))
            continue;
        headerDone();
    }
    return !m_isMaskedWrongly;
}

void FrameScanner::headerDone()
{
    const FrameHead head = FrameHead::read(m_header);
    m_payloadLeft = head.payloadSize;
    if (!head.isControl()) // control frames come between fragments
        m_isInMessage = !head.isFinal;
    if (head.opcode == FrameHead::opcodePing) {
        // The pong repeats the payload, masked when a client sends it.
        m_pongBytesOwed += 2 + (m_sender == Sender::Server ? 4 : 0) + m_payloadLeft;
    }
    // A client's close payload is masked: only a server's is read.
    if (head.opcode == FrameHead::opcodeClose && m_sender == Sender::Server && !m_hasClose &&
        !m_isReadingClose) {
        // A control frame carries at most 125 bytes; Qt fails a longer one.
        m_isReadingClose = m_payloadLeft > 0 && m_payloadLeft <= 125;
        m_hasClose = !m_isReadingClose;
    }
    m_headerSize = 0;
}

int FrameScanner::closeCode() const
{
    if (!m_hasClose)
        return -1;
    if (m_closePayload.size() < 2)
        return 0;
    return qFromBigEndian<quint16>(m_closePayload.constData());
}

QByteArray FrameScanner::closeReason() const
{
    return m_hasClose ? m_closePayload.mid(2) : QByteArray();
}

void FrameScanner::skip(quint64 size)
{
    m_payloadLeft -= std::min(size, m_payloadLeft);
}

} // namespace BanterWs
