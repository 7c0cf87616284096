// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

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

} // namespace BanterWs
