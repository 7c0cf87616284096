// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framehead.h"

#include <QtEndian>

namespace BanterWs {

QByteArray FrameHead::toBytes() const
{
    unsigned char bytes[maxSize];
    bytes[0] = static_cast<unsigned char>((isFinal ? 0x80 : 0) | reserved | opcode);
    const unsigned char maskBit = isMasked ? 0x80 : 0;
    int at = 2;
    if (payloadSize < 126) {
        bytes[1] = static_cast<unsigned char>(maskBit | payloadSize);
    } else if (payloadSize <= 0xffff) {
        bytes[1] = maskBit | 126;
        qToBigEndian<quint16>(quint16(payloadSize), bytes + at);
        at += 2;
    } else {
        bytes[1] = maskBit | 127;
        qToBigEndian<quint64>(payloadSize, bytes + at);
        at += 8;
    }
    if (isMasked) {
        for (const unsigned char byte : mask)
            bytes[at++] = byte;
    }
    return QByteArray(reinterpret_cast<const char *>(bytes), at);
}

} // namespace BanterWs
