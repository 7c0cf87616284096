// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The review of banter-server's frame guard (FrameReview: the scanner, and the aligner that
// re-cuts a fragmented text message cut inside a UTF-8 sequence) over the raw bytes a client
// sends after its handshake. The first byte chooses how the stream is cut into reads. What Qt
// reads must mean the same however the stream was cut (the same messages and control frames, in
// the same order, up to the same first breach), the same as what the client sent, and a valid
// text message must reach Qt in frames that are each valid on their own (Qt 6.4 checks them one
// by one).
#include "fuzzing.h"

#include <framehead.h>
#include <framereview.h>

#include <QList>
#include <QStringDecoder>

using BanterWs::FrameHead;
using BanterWs::FrameReview;

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// What the complete frames of a stream mean, one token each: a message ("M1:" or "M2:" and its
// payload), a control frame ("C9:…"), or a breach ("unmasked" frame, "R" reserved bits,
// "inside" a new message before the last one ended, "stray" continuation, "bad" opcode), where
// the meaning ends: the connection fails there. A message still open at the end is left out.
// isValidAlone is cleared when a valid text message came in a frame that is not valid UTF-8 on its
// own.
struct Meaning
{
    QList<QByteArray> tokens;
    bool hasBreach = false;
    bool isValidAlone = true;
};

Meaning meaningOf(const QByteArray &stream)
{
    Meaning meaning;
    const auto *bytes = reinterpret_cast<const unsigned char *>(stream.constData());
    qsizetype at = 0;
    bool isOpen = false;
    int opcode = 0;
    QByteArray message;
    bool areFramesValidAlone = true;
    const auto breach = [&meaning](const char *token) {
        meaning.tokens.append(token);
        meaning.hasBreach = true;
    };
    while (at + 2 <= stream.size()) {
        // The guard refuses a frame without a mask at its second byte; Qt refuses others for their
        // header, before their payload has come.
        if ((bytes[at + 1] & 0x80) == 0) {
            breach("unmasked");
            break;
        }
        const qsizetype headSize = FrameHead::sizeOf(bytes[at + 1]);
        if (at + headSize > stream.size())
            break;
        const FrameHead head = FrameHead::read(bytes + at);
        if (head.reserved != 0) {
            breach("R");
            break;
        }
        if (!head.isControl() && head.opcode > 2) {
            breach("bad");
            break;
        }
        if (head.opcode == 0 && !isOpen) {
            breach("stray");
            break;
        }
        if (!head.isControl() && head.opcode != 0 && isOpen) {
            breach("inside");
            break;
        }
        if (head.payloadSize > quint64(stream.size() - at - headSize))
            break;
        at += headSize;
        QByteArray payload(stream.constData() + at, qsizetype(head.payloadSize));
        at += qsizetype(head.payloadSize);
        for (qsizetype i = 0; head.isMasked && i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ head.mask[i % 4]);
        if (head.isControl()) {
            meaning.tokens.append("C" + QByteArray::number(head.opcode) + ":" + payload);
            continue;
        }
        if (head.opcode != 0) {
            isOpen = true;
            opcode = head.opcode;
            message.clear();
            areFramesValidAlone = true;
        }
        message.append(payload);
        areFramesValidAlone = areFramesValidAlone && isValidUtf8(payload);
        if (!head.isFinal)
            continue;
        isOpen = false;
        meaning.tokens.append("M" + QByteArray::number(opcode) + ":" + message);
        if (opcode == FrameHead::opcodeText && isValidUtf8(message) && !areFramesValidAlone)
            meaning.isValidAlone = false;
    }
    return meaning;
}

// What Qt reads of stream when it comes in pieces of 1 to step bytes to the review, payload
// skipped where the guard skips it; up to a frame without a mask, which ends the meaning.
Meaning reviewInChunks(const char *data, qint64 size, int step)
{
    FrameReview review;
    QByteArray read;
    bool isFailed = false;
    BanterFuzz::inReads(size, step, [&](qint64 offset, qint64 chunk) {
        if (review.canSkip(quint64(chunk))) {
            review.skip(quint64(chunk));
            read.append(data + offset, chunk);
        } else {
            switch (review.review(data + offset, chunk)) {
            case FrameReview::Verdict::Pass:
                read.append(data + offset, chunk);
                break;
            case FrameReview::Verdict::Replace:
                read.append(review.replacement());
                break;
            case FrameReview::Verdict::Fail:
                read.append(review.replacement());
                isFailed = true;
                break;
            }
        }
        return !isFailed;
    });
    Meaning meaning = meaningOf(read);
    if (isFailed && !meaning.hasBreach) {
        meaning.tokens.append("unmasked");
        meaning.hasBreach = true;
    }
    return meaning;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int step = 1 + data[0];
    const char *stream = reinterpret_cast<const char *>(data + 1);
    const auto length = qint64(size - 1);

    const Meaning whole = reviewInChunks(stream, length, int(length) + 1);
    const Meaning cut = reviewInChunks(stream, length, step);
    const Meaning byByte = reviewInChunks(stream, length, 1);
    BanterFuzz::check(whole.tokens == cut.tokens && whole.tokens == byByte.tokens,
                      "what Qt reads does not depend on how the stream is read");
    const Meaning sent = meaningOf(QByteArray::fromRawData(stream, length));
    BanterFuzz::check(whole.tokens == sent.tokens, "what Qt reads is what the client sent");
    BanterFuzz::check(whole.isValidAlone && cut.isValidAlone && byByte.isValidAlone,
                      "a valid text reaches Qt in frames valid on their own");
    return 0;
}
