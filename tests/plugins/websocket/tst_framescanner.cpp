// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawwebsocketclient.h"

#include <framescanner.h>

#include <QTest>

using BanterWs::FrameScanner;
using Masking = RawWebSocketClient::Masking;
using Opcode = RawWebSocketClient::Opcode;

namespace {

QByteArray frame(quint64 length, Masking masking = Masking::Masked, Opcode opcode = Opcode::Binary,
                 bool isFinal = true)
{
    return RawWebSocketClient::frameHeader(opcode, length, masking, isFinal) +
           QByteArray(qsizetype(length), '\xa5');
}

// Feeds stream to scanner in pieces of chunkSize bytes (skipping payload as the listener does
// when it can); returns how many bytes were fed when scan() first said no, or -1.
qint64 feed(FrameScanner &scanner, const QByteArray &stream, qsizetype chunkSize)
{
    for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
        const qsizetype size = std::min(chunkSize, stream.size() - at);
        if (scanner.payloadLeft() >= quint64(size)) {
            scanner.skip(quint64(size));
            continue;
        }
        if (!scanner.scan(stream.constData() + at, size))
            return at + size;
    }
    return -1;
}

} // namespace

class tst_FrameScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedFramesPassAtEverySplit_data();
    void maskedFramesPassAtEverySplit();
    void unmaskedFrameIsFoundAtEverySplit_data();
    void unmaskedFrameIsFoundAtEverySplit();
    void saysWhereTheUnmaskedFrameBegan();
    void absurdLengthsAreSkippedWithoutOverflow();
    void knowsWhenAMessageIsComplete();
    void onlyAPayloadOtherThanACloseCanBeSkipped();

private:
    void addChunkSizes();
};

void tst_FrameScanner::addChunkSizes()
{
    QTest::addColumn<qsizetype>("chunkSize");
    for (const qsizetype size : {1, 2, 3, 7, 13, 125, 4096, 1 << 20})
        QTest::addRow("pieces of %lld bytes", qlonglong(size)) << size;
}

void tst_FrameScanner::maskedFramesPassAtEverySplit_data()
{
    addChunkSizes();
}

void tst_FrameScanner::maskedFramesPassAtEverySplit()
{
    QFETCH(qsizetype, chunkSize);
    // Every length form: 7 bits, 16 bits, 64 bits, at their edges, and control frames between.
    QByteArray stream;
    for (const quint64 length : {0, 1, 125, 126, 127, 65535, 65536, 70000})
        stream += frame(length) + frame(4, Masking::Masked, Opcode::Ping);
    stream += frame(3, Masking::Masked, Opcode::Text, false) +
              frame(300, Masking::Masked, Opcode::Continuation, true);

    FrameScanner scanner;
    QCOMPARE(feed(scanner, stream, chunkSize), -1);
    QCOMPARE(scanner.payloadLeft(), quint64(0));
}

void tst_FrameScanner::unmaskedFrameIsFoundAtEverySplit_data()
{
    addChunkSizes();
}

void tst_FrameScanner::unmaskedFrameIsFoundAtEverySplit()
{
    QFETCH(qsizetype, chunkSize);
    const QByteArray before = frame(126) + frame(70000) + frame(0);
    const QByteArray unmasked = frame(5, Masking::Unmasked, Opcode::Text);
    const QByteArray stream = before + unmasked + frame(10);

    FrameScanner scanner;
    const qint64 fedWhenFound = feed(scanner, stream, chunkSize);
    // Found with the chunk that holds the unmasked frame's second byte, not earlier.
    const qint64 secondByte = before.size() + 2;
    QVERIFY2(fedWhenFound >= secondByte && fedWhenFound < secondByte + chunkSize,
             QByteArray::number(fedWhenFound).constData());
    // And it stays found.
    QVERIFY(!scanner.scan(frame(1).constData(), frame(1).size()));
}

void tst_FrameScanner::saysWhereTheUnmaskedFrameBegan()
{
    const QByteArray before = frame(5) + frame(300);
    const QByteArray stream = before + frame(3, Masking::Unmasked);
    FrameScanner whole;
    QVERIFY(!whole.scan(stream.constData(), stream.size()));
    QCOMPARE(whole.failedAt(), before.size());
    // Its first byte came in the call before: it began before the bytes of this one.
    FrameScanner split;
    QVERIFY(split.scan(stream.constData(), before.size() + 1));
    QVERIFY(!split.scan(stream.constData() + before.size() + 1, stream.size() - before.size() - 1));
    QCOMPARE(split.failedAt(), -1);
}

void tst_FrameScanner::absurdLengthsAreSkippedWithoutOverflow()
{
    FrameScanner scanner;
    const quint64 huge = quint64(1) << 63;
    const QByteArray header =
        RawWebSocketClient::frameHeader(Opcode::Binary, huge, Masking::Masked, true);
    QVERIFY(scanner.scan(header.constData(), header.size()));
    QCOMPARE(scanner.payloadLeft(), huge);
    scanner.skip(huge - 1);
    QCOMPARE(scanner.payloadLeft(), quint64(1));
    scanner.skip(100); // more than is left
    QCOMPARE(scanner.payloadLeft(), quint64(0));
    const QByteArray largest = RawWebSocketClient::frameHeader(
        Opcode::Binary, std::numeric_limits<quint64>::max(), Masking::Masked, true);
    QVERIFY(scanner.scan(largest.constData(), largest.size()));
    QCOMPARE(scanner.payloadLeft(), std::numeric_limits<quint64>::max());
}

void tst_FrameScanner::knowsWhenAMessageIsComplete()
{
    FrameScanner scanner;
    QVERIFY(scanner.isBetweenMessages());
    const auto scanFrame = [&scanner](const QByteArray &bytes) {
        QVERIFY(scanner.scan(bytes.constData(), bytes.size()));
    };
    // A message in three fragments, a ping between the first two.
    const QByteArray first = frame(5, Masking::Masked, Opcode::Text, false);
    scanFrame(first.first(3)); // half a header
    QVERIFY(!scanner.isBetweenMessages());
    scanFrame(first.sliced(3));
    QVERIFY(!scanner.isBetweenMessages());
    scanFrame(frame(2, Masking::Masked, Opcode::Ping));
    QVERIFY(!scanner.isBetweenMessages());
    scanFrame(frame(4, Masking::Masked, Opcode::Continuation, false));
    QVERIFY(!scanner.isBetweenMessages());
    const QByteArray last = frame(3, Masking::Masked, Opcode::Continuation, true);
    scanFrame(last.chopped(1)); // its payload not all there yet
    QVERIFY(!scanner.isBetweenMessages());
    scanFrame(last.last(1));
    QVERIFY(scanner.isBetweenMessages());
    // Unfragmented messages and control frames end where they end.
    scanFrame(frame(7, Masking::Masked, Opcode::Binary));
    QVERIFY(scanner.isBetweenMessages());
    scanFrame(frame(0, Masking::Masked, Opcode::Pong));
    QVERIFY(scanner.isBetweenMessages());
}

void tst_FrameScanner::onlyAPayloadOtherThanACloseCanBeSkipped()
{
    // A server's frames, as ServerWatcher reads them.
    FrameScanner scanner(FrameScanner::Sender::Server);
    const QByteArray header =
        RawWebSocketClient::frameHeader(Opcode::Binary, 100, Masking::Unmasked, true);
    QVERIFY(!scanner.canSkip(1)); // a header comes first
    QVERIFY(scanner.scan(header.constData(), header.size()));
    QVERIFY(scanner.canSkip(100));
    QVERIFY(!scanner.canSkip(101)); // the next header begins after it
    scanner.skip(100);
    QVERIFY(!scanner.canSkip(1));
    // The close frame's payload is the code and reason the watcher keeps: scanned, never skipped.
    QByteArray payload("\x0f\xa0going");
    const QByteArray close = RawWebSocketClient::frameHeader(Opcode::Close, quint64(payload.size()),
                                                             Masking::Unmasked, true) +
                             payload;
    const qsizetype headerSize = close.size() - payload.size();
    QVERIFY(scanner.scan(close.constData(), headerSize));
    QVERIFY(!scanner.canSkip(1));
    QVERIFY(scanner.scan(close.constData() + headerSize, payload.size()));
    QCOMPARE(scanner.closeCode(), 4000);
    QCOMPARE(scanner.closeReason(), QByteArray("going"));
}

QTEST_GUILESS_MAIN(tst_FrameScanner)
#include "tst_framescanner.moc"
