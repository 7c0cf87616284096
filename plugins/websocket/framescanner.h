// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framehead.h"

#include <QByteArray>

namespace BanterWs {

// Follows the frames one side of a connection sends, header after header, without keeping their
// payloads: enough to notice a frame masked the wrong way. RFC 6455 (5.1) says a server must fail
// a client's frame that is not masked, and a client must fail a server's frame that is; Qt 6.4
// takes both as they come. Reading a server's frames, it also keeps what Qt does not say: the
// close code the server sent, and how many bytes of pongs its pings call for.
class FrameScanner
{
public:
    enum class Sender { Client, Server };

    explicit FrameScanner(Sender sender = Sender::Client) : m_sender(sender) {}

    // Reads the next size bytes of the stream. Returns false once a frame masked the wrong way
    // has begun; everything after it is then ignored.
    bool scan(const char *data, qint64 size);
    // Where the first frame that begins a fragmented text message (a text frame without FIN)
    // began in the bytes of the last scan(): the offset of its first byte, -1 if none did.
    qint64 fragmentedTextAt() const { return m_fragmentedTextAt; }
    // Where the frame masked the wrong way began, in the bytes of the scan() that said no: the
    // offset of its first byte, negative when that came in an earlier call.
    qint64 failedAt() const { return m_failedAt; }
    // How many of the next bytes are payload, which scan() need not see: skip() them instead.
    quint64 payloadLeft() const { return m_payloadLeft; }
    void skip(quint64 size);
    // The next size bytes are payload that scan() need not see (a close frame's must be seen).
    bool canSkip(quint64 size) const { return size <= m_payloadLeft && !m_isReadingClose; }
    // Every frame scanned so far is complete, and none of them began a message that is still
    // waiting for its last fragment.
    bool isBetweenMessages() const
    {
        return m_headerSize == 0 && m_payloadLeft == 0 && !m_isInMessage && !m_isMaskedWrongly;
    }

    // The first close frame of a server, once scanned whole (scan() must see its payload, not
    // skip() it): its code, -1 while none came, 0 for one without a code; its reason as sent.
    int closeCode() const;
    QByteArray closeReason() const;
    // The bytes of the pong frames that answer every ping scanned so far.
    quint64 pongBytesOwed() const { return m_pongBytesOwed; }

private:
    void headerDone();

    unsigned char m_header[FrameHead::maxSize] = {};
    int m_headerSize = 0;
    quint64 m_payloadLeft = 0;
    quint64 m_pongBytesOwed = 0;
    Sender m_sender;
    bool m_isMaskedWrongly = false;
    qint64 m_failedAt = 0;
    qint64 m_fragmentedTextAt = -1;
    bool m_isInMessage = false; // a text or binary frame without FIN came, its last one not yet
    // The first close frame of a server: its payload (at most 125 bytes), as it comes.
    QByteArray m_closePayload;
    bool m_isReadingClose = false;
    bool m_hasClose = false;
};

} // namespace BanterWs
