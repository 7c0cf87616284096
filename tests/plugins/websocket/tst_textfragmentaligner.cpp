// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawwebsocketclient.h"

#include <framehead.h>
#include <framereview.h>
#include <textfragmentaligner.h>

#include <QStringDecoder>
#include <QTest>

using BanterWs::FrameHead;
using BanterWs::FrameReview;
using BanterWs::TextFragmentAligner;
using Opcode = RawWebSocketClient::Opcode;

namespace {

struct Frame
{
    int opcode;
    bool isFinal;
    unsigned char reserved;
    QByteArray payload; // unmasked
};

QByteArray masked(Opcode opcode, const QByteArray &payload, bool isFinal = true)
{
    return RawWebSocketClient::frame(opcode, payload, RawWebSocketClient::Masking::Masked, isFinal);
}

// What Qt reads: stream fed to an aligner in pieces of chunkSize bytes, skipping payload the
// way FrameGuard does, each piece as the aligner replaced it or as it came.
QByteArray alignInChunks(const QByteArray &stream, qsizetype chunkSize)
{
    TextFragmentAligner aligner;
    QByteArray read;
    QByteArray output;
    for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
        const qsizetype size = std::min(chunkSize, stream.size() - at);
        if (aligner.canSkip(quint64(size))) {
            aligner.skip(quint64(size));
            read.append(stream.mid(at, size));
        } else if (aligner.align(stream.constData() + at, size, output)) {
            read.append(output);
        } else {
            read.append(stream.mid(at, size));
        }
    }
    return read;
}

QList<Frame> framesOf(const QByteArray &stream)
{
    QList<Frame> frames;
    const auto *bytes = reinterpret_cast<const unsigned char *>(stream.constData());
    qsizetype at = 0;
    while (at + 2 <= stream.size()) {
        const int headSize = FrameHead::sizeOf(bytes[at + 1]);
        const FrameHead head = FrameHead::read(bytes + at);
        at += headSize;
        QByteArray payload = stream.mid(at, qsizetype(head.payloadSize));
        at += qsizetype(head.payloadSize);
        for (qsizetype i = 0; head.isMasked && i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ head.mask[i % 4]);
        frames.append({head.opcode, head.isFinal, head.reserved, payload});
    }
    return frames;
}

// Qt 6.4's check of a text frame: its payload alone must be valid UTF-8.
bool isValidAlone(const QByteArray &payload)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(payload);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// The text of the frames of one message, checked to be cut the way Qt 6.4 accepts.
QByteArray messageOf(const QList<Frame> &frames)
{
    QByteArray text;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Frame &frame = frames.at(i);
        if (frame.opcode != (i == 0 ? FrameHead::opcodeText : FrameHead::opcodeContinuation))
            return "wrong opcode " + QByteArray::number(frame.opcode);
        if (frame.isFinal != (i == frames.size() - 1))
            return "FIN where it does not belong";
        if (!isValidAlone(frame.payload))
            return "frame " + QByteArray::number(i) + " ends or begins inside a code point";
        text.append(frame.payload);
    }
    return text;
}

const QByteArray mixedText = QByteArrayLiteral("a\xc3\xb1\xe2\x82\xac\xf0\x9d\x84\x9ez"); // añ€𝄞z

} // namespace

class tst_TextFragmentAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeLength_data();
    void wholeLength();
    void everySplitIsRecutOnWholeCodePoints_data();
    void everySplitIsRecutOnWholeCodePoints();
    void threeFragmentsInsideOneCodePoint();
    void otherFramesPassAsTheyCame();
    void controlFramesBetweenFragmentsKeepTheirPlace();
    void invalidTextStaysInvalid_data();
    void invalidTextStaysInvalid();
    void reservedBitsReachQt();
    void aNewMessageInsideAMessageStillReachesQt();
    void nothingWholeWaits();
    void reviewHandsTheAlignerOnlyFragmentedText();
};

void tst_TextFragmentAligner::wholeLength_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("whole");
    QTest::newRow("empty") << QByteArray() << qsizetype(0);
    QTest::newRow("ASCII") << QByteArray("abc") << qsizetype(3);
    QTest::newRow("whole 2-byte") << QByteArray("a\xc3\xb1") << qsizetype(3);
    QTest::newRow("half of a 2-byte") << QByteArray("a\xc3") << qsizetype(1);
    QTest::newRow("1 of 3") << QByteArray("a\xe2") << qsizetype(1);
    QTest::newRow("2 of 3") << QByteArray("a\xe2\x82") << qsizetype(1);
    QTest::newRow("whole 3-byte") << QByteArray("a\xe2\x82\xac") << qsizetype(4);
    QTest::newRow("3 of 4") << QByteArray("\xf0\x9d\x84") << qsizetype(0);
    QTest::newRow("whole 4-byte") << QByteArray("\xf0\x9d\x84\x9e") << qsizetype(4);
    QTest::newRow("stray continuations") << QByteArray("a\x80\x80\x80\x80") << qsizetype(5);
    QTest::newRow("invalid lead") << QByteArray("a\xff") << qsizetype(2);
    // Invalid already: not kept back, so that Qt refuses it at once.
    QTest::newRow("beyond U+10FFFF") << QByteArray("a\xf4\x90") << qsizetype(3);
    QTest::newRow("F5 lead") << QByteArray("a\xf5") << qsizetype(2);
    QTest::newRow("overlong 2-byte lead") << QByteArray("a\xc0") << qsizetype(2);
    QTest::newRow("overlong 3-byte") << QByteArray("a\xe0\x80") << qsizetype(3);
    QTest::newRow("surrogate") << QByteArray("a\xed\xa0") << qsizetype(3);
    QTest::newRow("overlong 4-byte") << QByteArray("a\xf0\x80") << qsizetype(3);
    QTest::newRow("lead, then a non-continuation") << QByteArray("a\xe2\x82\x41") << qsizetype(4);
    QTest::newRow("U+10FFFF's first three") << QByteArray("a\xf4\x8f\xbf") << qsizetype(1);
    QTest::newRow("U+D7FF's first two") << QByteArray("a\xed\x9f") << qsizetype(1);
}

void tst_TextFragmentAligner::wholeLength()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, whole);
    QCOMPARE(TextFragmentAligner::wholeLength(text), whole);
}

void tst_TextFragmentAligner::everySplitIsRecutOnWholeCodePoints_data()
{
    QTest::addColumn<qsizetype>("split");
    QTest::addColumn<qsizetype>("chunkSize");
    for (qsizetype split = 0; split <= mixedText.size(); ++split) {
        for (const qsizetype chunkSize : {1, 2, 3, 5, 64}) {
            QTest::addRow("split at %d, read %d at a time", int(split), int(chunkSize))
                << split << chunkSize;
        }
    }
}

void tst_TextFragmentAligner::everySplitIsRecutOnWholeCodePoints()
{
    QFETCH(qsizetype, split);
    QFETCH(qsizetype, chunkSize);
    const QByteArray stream = masked(Opcode::Text, mixedText.left(split), false) +
                              masked(Opcode::Continuation, mixedText.mid(split));
    QCOMPARE(messageOf(framesOf(alignInChunks(stream, chunkSize))), mixedText);
}

void tst_TextFragmentAligner::threeFragmentsInsideOneCodePoint()
{
    const QByteArray stream = masked(Opcode::Text, "x\xf0\x9d", false) +
                              masked(Opcode::Continuation, "\x84", false) +
                              masked(Opcode::Continuation, "\x9ey");
    for (const qsizetype chunkSize : {1, 4, 100})
        QCOMPARE(messageOf(framesOf(alignInChunks(stream, chunkSize))), "x\xf0\x9d\x84\x9ey");
}

void tst_TextFragmentAligner::otherFramesPassAsTheyCame()
{
    const QByteArray stream = masked(Opcode::Text, mixedText) +
                              masked(Opcode::Binary, "\xe2\x82", false) +
                              masked(Opcode::Continuation, "\xac") + masked(Opcode::Ping, "p") +
                              masked(Opcode::Close, "\x03\xe8");
    for (const qsizetype chunkSize : {1, 3, 100}) {
        TextFragmentAligner aligner;
        QByteArray output;
        for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
            const qsizetype size = std::min(chunkSize, stream.size() - at);
            QVERIFY2(!aligner.align(stream.constData() + at, size, output),
                     qPrintable(QStringLiteral("replaced at %1").arg(at)));
        }
    }
}

void tst_TextFragmentAligner::controlFramesBetweenFragmentsKeepTheirPlace()
{
    const QByteArray stream = masked(Opcode::Text, "ab\xe2", false) + masked(Opcode::Ping, "p1") +
                              masked(Opcode::Continuation, "\x82\xac", false) +
                              masked(Opcode::Pong, "p2") + masked(Opcode::Continuation, "!") +
                              masked(Opcode::Text, "next");
    for (const qsizetype chunkSize : {1, 2, 7, 100}) {
        const QList<Frame> frames = framesOf(alignInChunks(stream, chunkSize));
        QList<Frame> message;
        QList<QByteArray> others;
        for (const Frame &frame : frames) {
            if (frame.opcode == FrameHead::opcodePing || frame.opcode == 0xa)
                others.append(frame.payload);
            else if (message.isEmpty() || !message.constLast().isFinal)
                message.append(frame);
            else
                others.append(frame.payload);
        }
        QCOMPARE(messageOf(message), "ab\xe2\x82\xac!");
        QCOMPARE(others, (QList<QByteArray>{"p1", "p2", "next"}));
        // The ping comes after the text that came before it, the pong before the last fragment.
        QByteArray order;
        for (const Frame &frame : frames) {
            const bool isControl = frame.opcode >= FrameHead::opcodeClose;
            order += isControl ? "[" + frame.payload + "]" : frame.payload;
        }
        QCOMPARE(order, "ab[p1]\xe2\x82\xac[p2]!next");
    }
}

void tst_TextFragmentAligner::invalidTextStaysInvalid_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("invalid across fragments")
        << masked(Opcode::Text, "ab\xe2\x82", false) + masked(Opcode::Continuation, "\x28");
    QTest::newRow("ends inside a sequence")
        << masked(Opcode::Text, "ab", false) + masked(Opcode::Continuation, "c\xe2\x82");
    QTest::newRow("invalid byte in a fragment")
        << masked(Opcode::Text, "a\xff", false) + masked(Opcode::Continuation, "b");
    QTest::newRow("surrogate split")
        << masked(Opcode::Text, "a\xed", false) + masked(Opcode::Continuation, "\xa0\x80");
}

void tst_TextFragmentAligner::invalidTextStaysInvalid()
{
    QFETCH(QByteArray, stream);
    for (const qsizetype chunkSize : {1, 3, 100}) {
        const QList<Frame> frames = framesOf(alignInChunks(stream, chunkSize));
        bool isRefused = false;
        for (const Frame &frame : frames)
            isRefused = isRefused || !isValidAlone(frame.payload);
        QVERIFY2(isRefused, "Qt would take the invalid text");
    }
}

void tst_TextFragmentAligner::reservedBitsReachQt()
{
    QByteArray reserved = masked(Opcode::Continuation, "\x82", false);
    reserved[0] = char(reserved.at(0) | 0x40); // RSV1
    const QByteArray stream =
        masked(Opcode::Text, "a\xe2", false) + reserved + masked(Opcode::Continuation, "\xac");
    const QList<Frame> frames = framesOf(alignInChunks(stream, 100));
    const bool hasReserved = std::any_of(frames.cbegin(), frames.cend(),
                                         [](const Frame &frame) { return frame.reserved == 0x40; });
    QVERIFY(hasReserved);
}

void tst_TextFragmentAligner::aNewMessageInsideAMessageStillReachesQt()
{
    const QByteArray stream = masked(Opcode::Text, "\xe2", false) + masked(Opcode::Text, "x");
    const QList<Frame> frames = framesOf(alignInChunks(stream, 100));
    // Qt sees a message begin, then another one: a protocol error it fails with 1002.
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(0).opcode, FrameHead::opcodeText);
    QVERIFY(!frames.at(0).isFinal);
    QCOMPARE(frames.at(1).opcode, FrameHead::opcodeText);
    QCOMPARE(frames.at(1).payload, "x");
}

void tst_TextFragmentAligner::nothingWholeWaits()
{
    // The first fragment's whole text reaches Qt with the piece that brings it, before the next
    // fragment is even sent; only the open sequence's bytes wait.
    TextFragmentAligner aligner;
    const QByteArray first = masked(Opcode::Text, "hello \xe2\x82", false);
    QByteArray output;
    QVERIFY(aligner.align(first.constData(), first.size(), output));
    const QList<Frame> frames = framesOf(output);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).payload, "hello ");
    QVERIFY(!frames.at(0).isFinal);
}

void tst_TextFragmentAligner::reviewHandsTheAlignerOnlyFragmentedText()
{
    using Verdict = FrameReview::Verdict;
    FrameReview review;
    const auto reviewed = [&review](const QByteArray &bytes) {
        return review.review(bytes.constData(), bytes.size());
    };
    const QByteArray whole = masked(Opcode::Binary, "b") + masked(Opcode::Text, "whole");
    QCOMPARE(reviewed(whole), Verdict::Pass);

    const QByteArray cut =
        masked(Opcode::Text, "a\xe2", false) + masked(Opcode::Continuation, "\x82\xac");
    QCOMPARE(reviewed(whole + cut), Verdict::Replace);
    QVERIFY(review.replacement().startsWith(whole));
    QCOMPARE(messageOf(framesOf(review.replacement().mid(whole.size()))), "a\xe2\x82\xac");

    QCOMPARE(reviewed(masked(Opcode::Text, "after")), Verdict::Pass);

    const QByteArray unmasked =
        RawWebSocketClient::frame(Opcode::Text, "no", RawWebSocketClient::Masking::Unmasked);
    QCOMPARE(reviewed(masked(Opcode::Text, "first") + unmasked), Verdict::Fail);
    QCOMPARE(review.replacement(), masked(Opcode::Text, "first"));
    QCOMPARE(review.held(), unmasked);
}

QTEST_GUILESS_MAIN(tst_TextFragmentAligner)
#include "tst_textfragmentaligner.moc"
