// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace BanterWs {

// The header of a WebSocket frame (RFC 6455, 5.2): read from the bytes that begin a frame, or
// written for one. It knows the layout only; whether a frame is allowed is for its readers.
struct FrameHead
{
    static constexpr int maxSize = 14; // 2 + 8 (length) + 4 (mask)
    static constexpr int opcodeContinuation = 0x0;
    static constexpr int opcodeText = 0x1;
    static constexpr int opcodeClose = 0x8;
    static constexpr int opcodePing = 0x9;

    // How many bytes the whole header takes, told by its second byte (mask bit and length).
    static int sizeOf(unsigned char second);
    // Reads a whole header: sizeOf(bytes[1]) bytes.
    static FrameHead read(const unsigned char *bytes);
    // The header's bytes, the length in the shortest form (as RFC 6455 asks).
    QByteArray toBytes() const;

    bool isControl() const { return opcode >= 0x8; }

    int opcode = 0;
    bool isFinal = true;
    // RSV1 to RSV3 as they sit in the first byte.
    unsigned char reserved = 0;
    bool isMasked = false;
    unsigned char mask[4] = {};
    quint64 payloadSize = 0;
};

// Inline: the frame scanner calls these for every frame a client sends.
inline int FrameHead::sizeOf(unsigned char second)
{
    const int shortLength = second & 0x7f;
    const int lengthSize = shortLength == 126 ? 2 : shortLength == 127 ? 8 : 0;
    return 2 + lengthSize + ((second & 0x80) != 0 ? 4 : 0);
}

inline FrameHead FrameHead::read(const unsigned char *bytes)
{
    FrameHead head;
    head.opcode = bytes[0] & 0x0f;
    head.isFinal = (bytes[0] & 0x80) != 0;
    head.reserved = bytes[0] & 0x70;
    head.isMasked = (bytes[1] & 0x80) != 0;
    const int shortLength = bytes[1] & 0x7f;
    int at = 2;
    if (shortLength == 126) {
        head.payloadSize = qFromBigEndian<quint16>(bytes + at);
        at += 2;
    } else if (shortLength == 127) {
        head.payloadSize = qFromBigEndian<quint64>(bytes + at);
        at += 8;
    } else {
        head.payloadSize = quint64(shortLength);
    }
    if (head.isMasked) {
        for (unsigned char &byte : head.mask)
            byte = bytes[at++];
    }
    return head;
}

} // namespace BanterWs
