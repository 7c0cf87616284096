// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framehead.h"

#include <QByteArray>

namespace BanterWs {

// Re-cuts the fragments of a client's text messages so that none ends inside a UTF-8 sequence.
// RFC 6455 (5.6, 8.1) lets a text message be split anywhere, inside a code point too, and asks
// only the whole message to be valid UTF-8; Qt 6.4 checks each fragment on its own and fails a
// valid message cut inside a code point with 1007 (fixed in Qt 6.5.10 and 6.9.2). Following the
// client's stream as it arrives, the aligner passes every other frame as it is, and turns the
// frames of a fragmented text message into frames of its own that carry the same text, each
// ending on a whole code point: the one to three bytes of a sequence that a fragment leaves open
// wait for the next one. Nothing waits longer: whatever whole text arrived goes on at once. Its
// frames are masked with the key 0 (their payload as it is), and keep the reserved bits of the
// frames they come from, so that Qt still refuses what it must (invalid UTF-8, reserved bits,
// a new message before the last one ended, a text that ends inside a sequence).
class TextFragmentAligner
{
public:
    // Reads the next size bytes of the stream. Returns false when they pass as they are; true
    // when they must be replaced: output is what Qt must read instead (possibly empty).
    bool align(const char *data, qint64 size, QByteArray &output);
    // The next size bytes are payload that passes as it is: skip() them, align() need not see
    // them.
    bool canSkip(quint64 size) const
    {
        return m_headerSize == 0 && !m_isRecutting && size <= m_payloadLeft;
    }
    void skip(quint64 size) { m_payloadLeft -= size; }
    // Between two frames, and no fragmented text message under way: the stream may be handed
    // over from the start of any frame (FrameReview hands it only from where such a message
    // begins).
    bool isIdle() const
    {
        return m_headerSize == 0 && m_payloadLeft == 0 && !m_isInText && !m_isRecutting;
    }

    // How many bytes at the front of text are whole UTF-8 sequences, leaving out a sequence
    // that its last bytes begin and do not finish, as long as it can still become valid.
    // Invalid bytes count as whole: Qt refuses them where they are, as soon as they come.
    static qsizetype wholeLength(const QByteArray &text);

private:
    void headerDone();
    void takePayload(const char *data, qint64 size);
    // Hands on what the current frame has of whole text; all of it once the message ends.
    void emitText(QByteArray &output);

    unsigned char m_header[FrameHead::maxSize] = {};
    int m_headerSize = 0;
    FrameHead m_head;
    quint64 m_payloadLeft = 0;
    // Where in its payload the current frame is: the mask's phase.
    quint64 m_payloadRead = 0;
    // A fragmented text message has begun and its last fragment has not.
    bool m_isInText = false;
    // The current frame belongs to it: re-cut, not passed.
    bool m_isRecutting = false;
    // The re-cut message's first frame (a text frame) has gone on; the next ones continue it.
    bool m_hasStarted = false;
    // Unmasked text of the message that has not gone on yet.
    QByteArray m_pending;
};

} // namespace BanterWs
