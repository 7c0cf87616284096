// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace BanterWs {

// Follows the frames a client sends, header after header, without keeping their payloads:
// enough to notice a frame that is not masked. RFC 6455 (5.1) says a server must fail such a
// frame; Qt 6.4's server takes it as if it were masked.
class FrameScanner
{
public:
    // Reads the next size bytes of the stream. Returns false once a frame without a mask has
    // begun; everything after it is then ignored.
    bool scan(const char *data, qint64 size);
    // How many of the next bytes are payload, which scan() need not see: skip() them instead.
    quint64 payloadLeft() const { return m_payloadLeft; }
    void skip(quint64 size);
    // Every frame scanned so far is complete, and none of them began a message that is still
    // waiting for its last fragment.
    bool isBetweenMessages() const
    {
        return m_headerSize == 0 && m_payloadLeft == 0 && !m_isInMessage && !m_isUnmasked;
    }

private:
    static constexpr int maxHeaderSize = 14; // 2 + 8 (length) + 4 (mask)
    unsigned char m_header[maxHeaderSize] = {};
    int m_headerSize = 0;
    quint64 m_payloadLeft = 0;
    bool m_isUnmasked = false;
    bool m_isInMessage = false; // a text or binary frame without FIN came, its last one not yet
};

} // namespace BanterWs
