// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framehead.h"

#include <QtEndian>

namespace BanterWs {

int FrameHead::sizeOf(unsigned char second)
{
    const int shortLength = second & 0x7f;
    const int lengthSize = shortLength == 126 ? 2 : shortLength == 127 ? 8 : 0;
    return 2 + lengthSize + ((second & 0x80) != 0 ? 4 : 0);
}

FrameHead FrameHead::read(const unsigned char *bytes)
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
