// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfragmentaligner.h"

#include <algorithm>

namespace BanterWs {

namespace {

// How many bytes a UTF-8 sequence has, told by its first; 1 for a byte that cannot begin one.
int sequenceLength(unsigned char first)
{
    if ((first & 0xe0) == 0xc0)
        return 2;
    if ((first & 0xf0) == 0xe0)
        return 3;
    if ((first & 0xf8) == 0xf0)
        return 4;
    return 1;
}

bool isContinuation(unsigned char byte)
{
    return (byte & 0xc0) == 0x80;
}

// Whether the size bytes at sequence can still become a valid sequence (RFC 3629, 4): no
// overlong form, no surrogate, nothing beyond U+10FFFF.
bool canBecomeValid(const unsigned char *sequence, qsizetype size)
{
    const unsigned char first = sequence[0];
    if (first < 0xc2 || first > 0xf4)
        return false;
    if (size < 2)
        return true;
    const unsigned char second = sequence[1];
    const bool isSecondValid = first == 0xe0   ? second >= 0xa0 && second <= 0xbf
                               : first == 0xed ? second >= 0x80 && second <= 0x9f
                               : first == 0xf0 ? second >= 0x90 && second <= 0xbf
                               : first == 0xf4 ? second >= 0x80 && second <= 0x8f
                                               : isContinuation(second);
    return isSecondValid && (size < 3 || isContinuation(sequence[2]));
}

} // namespace

qsizetype TextFragmentAligner::wholeLength(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    // An unfinished sequence leaves at most three bytes open. One that is invalid already is
    // not kept back: Qt refuses it at once (RFC 6455, 8.1: fail fast).
    for (qsizetype at = size - 1; at >= 0 && at >= size - 3; --at) {
        if (isContinuation(bytes[at]))
            continue;
        const bool isOpen = size - at < sequenceLength(bytes[at]);
        return isOpen && canBecomeValid(bytes + at, size - at) ? at : size;
    }
    return size;
}

bool TextFragmentAligner::align(const char *data, qint64 size, QByteArray &output)
{
    output.clear();
    // A frame re-cut since an earlier piece goes on re-cut.
    bool isReplaced = m_isRecutting;
    // The bytes from here on pass as they are, unless something is re-cut after them.
    qint64 passFrom = 0;
    qint64 at = 0;
    const auto replaceFrom = [&](qint64 end) {
        output.append(data + passFrom, end - passFrom);
        isReplaced = true;
    };
    while (at < size) {
        if (m_headerSize == 0 && m_payloadLeft == 0) {
            // A frame begins; its first byte tells whether it is re-cut.
            const int opcode = static_cast<unsigned char>(data[at]) & 0x0f;
            const bool isFinal = (static_cast<unsigned char>(data[at]) & 0x80) != 0;
            m_isRecutting = (opcode == FrameHead::opcodeText && !isFinal && !m_isInText) ||
                            (opcode == FrameHead::opcodeContinuation && m_isInText);
            if (m_isRecutting)
                replaceFrom(at);
        }
        if (m_payloadLeft > 0) {
            const qint64 payload = qint64(std::min(m_payloadLeft, quint64(size - at)));
            if (m_isRecutting)
                takePayload(data + at, payload);
            at += payload;
            m_payloadLeft -= quint64(payload);
        } else {
            m_header[m_headerSize++] = static_cast<unsigned char>(data[at++]);
            if (m_headerSize < 2 || m_headerSize < FrameHead::sizeOf(m_header[1]))
                continue;
            headerDone();
        }
        if (m_isRecutting && m_headerSize == 0 && m_payloadLeft == 0) {
            emitText(output);
            m_isRecutting = false;
            passFrom = at;
        }
    }
    if (m_isRecutting) {
        if (m_headerSize == 0)
            emitText(output);
        return true;
    }
    if (isReplaced)
        replaceFrom(size);
    return isReplaced;
}

void TextFragmentAligner::headerDone()
{
    m_head = FrameHead::read(m_header);
    m_headerSize = 0;
    m_payloadLeft = m_head.payloadSize;
    m_payloadRead = 0;
    if (m_isRecutting && m_head.opcode == FrameHead::opcodeText)
        m_isInText = true;
}

void TextFragmentAligner::takePayload(const char *data, qint64 size)
{
    const qsizetype start = m_pending.size();
    m_pending.append(data, size);
    if (!m_head.isMasked)
        return;
    char *text = m_pending.data() + start;
    for (qint64 i = 0; i < size; ++i)
        text[i] = char(text[i] ^ m_head.mask[(m_payloadRead + quint64(i)) % 4]);
    m_payloadRead += quint64(size);
}

void TextFragmentAligner::emitText(QByteArray &output)
{
    const bool isLast = m_head.isFinal && m_payloadLeft == 0;
    const qsizetype length = isLast ? m_pending.size() : wholeLength(m_pending);
    // The first frame goes on even empty: what follows it must be read as part of a message. So
    // does one with reserved bits, which Qt must see to refuse.
    if (length == 0 && m_hasStarted && !isLast && m_head.reserved == 0)
        return;
    FrameHead head;
    head.opcode = m_hasStarted ? FrameHead::opcodeContinuation : FrameHead::opcodeText;
    head.isFinal = isLast;
    head.reserved = m_head.reserved;
    head.isMasked = true; // with the key 0: the payload goes as it is
    head.payloadSize = quint64(length);
    output.append(head.toBytes());
    output.append(m_pending.constData(), length);
    m_pending.remove(0, length);
    m_hasStarted = !isLast;
    m_isInText = !isLast;
}

} // namespace BanterWs
