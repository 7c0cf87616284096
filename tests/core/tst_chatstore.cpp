// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatstore.h>

#include <QTest>

#include <limits>

using Banter::ChatStore;
using Kind = Banter::ChatModel::Kind;
using Delivery = Banter::ChatModel::Delivery;

class tst_ChatStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textComesBackAsAppended_data();
    void textComesBackAsAppended();
    void binaryComesBackAsAppended_data();
    void binaryComesBackAsAppended();
    void textAndBinaryRowsKeepTheirKind();
    void recordsKeepKindDeliveryAndTime();
    void setDeliveryChangesThatRowOnly();
    void entryRoundTripsThroughAppend();

    void shortPayloadsArePackedIntoOneChunk();
    void aPayloadThatDoesNotFitStartsANewChunk();
    void rowsKeepTheirOrderAcrossChunks();
    void longPayloadsAreSharedNotCopied();

    void clearForgetsEverything();
    void removeFirstKeepsTheRestAndFreesWhatOnlyTheRemovedUsed();
};

void tst_ChatStore::textComesBackAsAppended_data()
{
    QTest::addColumn<QString>("text");

    const int packedLimit = int(ChatStore::maxPackedSize / 3);
    QTest::newRow("ascii") << QStringLiteral("hello, world");
    QTest::newRow("empty") << QString();
    QTest::newRow("lines") << QStringLiteral("one\ntwo\r\nthree\t!");
    QTest::newRow("latin-1") << QStringLiteral("grüße, café");
    QTest::newRow("cjk") << QStringLiteral("こんにちは世界");
    QTest::newRow("arabic") << QStringLiteral("مرحبا بالعالم");
    QTest::newRow("surrogate pairs") << QStringLiteral("emoji 😀🎉 and 𝄞");
    QTest::newRow("nul inside") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    QTest::newRow("unpaired high surrogate") << QString(QStringLiteral("x") + QChar(0xd800));
    QTest::newRow("unpaired low surrogate") << QString(QChar(0xdc00) + QStringLiteral("y"));
    QTest::newRow("packed at most, 3-byte characters") << QString(packedLimit, QChar(0x65e5));
    QTest::newRow("one beyond the packed limit") << QString(packedLimit + 1, QLatin1Char('a'));
    QTest::newRow("long") << QString(1024 * 1024, QLatin1Char('z'));
}

void tst_ChatStore::textComesBackAsAppended()
{
    QFETCH(QString, text);
    ChatStore store;
    store.appendText(Kind::Status, QStringLiteral("before"), Delivery::None, 0);
    store.appendText(Kind::Received, text, Delivery::None, 0);
    store.appendText(Kind::Sent, QStringLiteral("after"), Delivery::Pending, 0);

    QCOMPARE(store.size(), 3);
    QCOMPARE(store.text(1), text);
    QCOMPARE(store.text(1).size(), text.size());
    QVERIFY(!store.isBinary(1));
    QVERIFY(store.bytes(1).isEmpty());
    QCOMPARE(store.text(0), QStringLiteral("before"));
    QCOMPARE(store.text(2), QStringLiteral("after"));
}

void tst_ChatStore::binaryComesBackAsAppended_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("bytes") << QByteArray::fromHex("0001ff00fe0a0d");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one zero byte") << QByteArray(1, '\0');
    QTest::newRow("packed at most") << QByteArray(int(ChatStore::maxPackedSize), '\x80');
    QTest::newRow("one beyond the packed limit")
        << QByteArray(int(ChatStore::maxPackedSize) + 1, '\x7f');
    QTest::newRow("invalid UTF-8") << QByteArray("\xc3\x28\xff", 3);
}

void tst_ChatStore::binaryComesBackAsAppended()
{
    QFETCH(QByteArray, data);
    ChatStore store;
    store.appendBinary(Kind::Sent, QByteArray("before"), Delivery::None, 0);
    store.appendBinary(Kind::Received, data, Delivery::None, 0);
    store.appendBinary(Kind::Received, QByteArray("after"), Delivery::None, 0);

    QCOMPARE(store.bytes(1), data);
    QVERIFY(store.isBinary(1));
    QVERIFY(store.text(1).isEmpty());
    QCOMPARE(store.bytes(0), QByteArray("before"));
    QCOMPARE(store.bytes(2), QByteArray("after"));
}

void tst_ChatStore::textAndBinaryRowsKeepTheirKind()
{
    ChatStore store;
    store.appendText(Kind::Sent, QStringLiteral("text"), Delivery::None, 0);
    store.appendBinary(Kind::Sent, QByteArray("text"), Delivery::None, 0);

    QVERIFY(!store.isBinary(0));
    QVERIFY(store.isBinary(1));
    QCOMPARE(store.entry(0).text, QStringLiteral("text"));
    QVERIFY(store.entry(0).bytes.isEmpty());
    QCOMPARE(store.entry(1).bytes, QByteArray("text"));
    QVERIFY(store.entry(1).text.isEmpty());
}

void tst_ChatStore::recordsKeepKindDeliveryAndTime()
{
    ChatStore store;
    store.appendText(Kind::Sent, QStringLiteral("a"), Delivery::Pending, 1000);
    store.appendBinary(Kind::Received, QByteArray("b"), Delivery::None, -5);
    store.appendText(Kind::Status, QStringLiteral("c"), Delivery::None,
                     std::numeric_limits<qint64>::max());
    store.appendBinary(Kind::Sent, QByteArray("d"), Delivery::Cancelled, 0);

    QCOMPARE(store.kind(0), Kind::Sent);
    QCOMPARE(store.delivery(0), Delivery::Pending);
    QCOMPARE(store.msecsSinceEpoch(0), 1000);
    QCOMPARE(store.kind(1), Kind::Received);
    QCOMPARE(store.delivery(1), Delivery::None);
    QCOMPARE(store.msecsSinceEpoch(1), -5);
    QCOMPARE(store.kind(2), Kind::Status);
    QCOMPARE(store.msecsSinceEpoch(2), std::numeric_limits<qint64>::max());
    QCOMPARE(store.kind(3), Kind::Sent);
    QCOMPARE(store.delivery(3), Delivery::Cancelled);
}

void tst_ChatStore::setDeliveryChangesThatRowOnly()
{
    ChatStore store;
    for (int i = 0; i < 3; ++i)
        store.appendText(Kind::Sent, QString::number(i), Delivery::Pending, i);

    store.setDelivery(1, Delivery::Delivered);

    QCOMPARE(store.delivery(0), Delivery::Pending);
    QCOMPARE(store.delivery(1), Delivery::Delivered);
    QCOMPARE(store.delivery(2), Delivery::Pending);
    QCOMPARE(store.text(1), QStringLiteral("1"));
    QCOMPARE(store.kind(1), Kind::Sent);
    QCOMPARE(store.msecsSinceEpoch(1), 1);
}

void tst_ChatStore::entryRoundTripsThroughAppend()
{
    ChatStore::Entry text;
    text.text = QStringLiteral("grüße");
    text.msecsSinceEpoch = 1767225600123;
    text.kind = Kind::Sent;
    text.delivery = Delivery::Cancelled;
    ChatStore::Entry binary;
    binary.bytes = QByteArray::fromHex("00ff");
    binary.isBinary = true;
    binary.msecsSinceEpoch = 42;
    binary.kind = Kind::Received;

    ChatStore store;
    store.append(text);
    store.append(binary);

    for (int row = 0; row < 2; ++row) {
        const ChatStore::Entry &expected = row == 0 ? text : binary;
        const ChatStore::Entry actual = store.entry(row);
        QCOMPARE(actual.text, expected.text);
        QCOMPARE(actual.bytes, expected.bytes);
        QCOMPARE(actual.isBinary, expected.isBinary);
        QCOMPARE(actual.msecsSinceEpoch, expected.msecsSinceEpoch);
        QCOMPARE(actual.kind, expected.kind);
        QCOMPARE(actual.delivery, expected.delivery);
    }
}

void tst_ChatStore::shortPayloadsArePackedIntoOneChunk()
{
    // 10,000 64-byte texts and as many 16-byte binary messages: 800,000 bytes in all, which fit
    // one chunk, as UTF-8 and without a copy of their own.
    ChatStore store;
    const QString text(64, QLatin1Char('m'));
    for (int i = 0; i < 10000; ++i) {
        store.appendText(Kind::Received, text, Delivery::None, i);
        store.appendBinary(Kind::Received, QByteArray(16, 'b'), Delivery::None, i);
    }

    QCOMPARE(store.size(), 20000);
    QCOMPARE(store.chunkCount(), 1);
    QCOMPARE(store.packedBytes(), 800000);
    QCOMPARE(store.text(19998), text);
    QCOMPARE(store.bytes(19999), QByteArray(16, 'b'));
}

void tst_ChatStore::aPayloadThatDoesNotFitStartsANewChunk()
{
    ChatStore store;
    const QByteArray block(int(ChatStore::maxPackedSize), 'x');
    const int blocksPerChunk = int(ChatStore::chunkSize / ChatStore::maxPackedSize);
    for (int i = 0; i < blocksPerChunk; ++i)
        store.appendBinary(Kind::Received, block, Delivery::None, 0);
    QCOMPARE(store.chunkCount(), 1);

    store.appendBinary(Kind::Received, QByteArray("y"), Delivery::None, 0);

    QCOMPARE(store.chunkCount(), 2);
    QCOMPARE(store.bytes(blocksPerChunk - 1), block);
    QCOMPARE(store.bytes(blocksPerChunk), QByteArray("y"));
}

void tst_ChatStore::rowsKeepTheirOrderAcrossChunks()
{
    ChatStore store;
    const int rows = 30000;
    for (int i = 0; i < rows; ++i) {
        const QString text = QStringLiteral("message %1 ").arg(i).repeated(1 + i % 7);
        if (i % 5 == 0)
            store.appendBinary(Kind::Received, text.toLatin1(), Delivery::None, i);
        else
            store.appendText(Kind(i % 3), text, Delivery(i % 4), i);
    }

    QVERIFY(store.chunkCount() > 1);
    QCOMPARE(store.size(), rows);
    for (int i = 0; i < rows; ++i) {
        const QString text = QStringLiteral("message %1 ").arg(i).repeated(1 + i % 7);
        QCOMPARE(store.msecsSinceEpoch(i), i);
        if (i % 5 == 0) {
            QCOMPARE(store.bytes(i), text.toLatin1());
        } else {
            QCOMPARE(store.text(i), text);
            QCOMPARE(store.kind(i), Kind(i % 3));
            QCOMPARE(store.delivery(i), Delivery(i % 4));
        }
    }
}

void tst_ChatStore::longPayloadsAreSharedNotCopied()
{
    const QString text(100000, QLatin1Char('t'));
    const QByteArray data(100000, 'd');
    ChatStore store;
    store.appendText(Kind::Received, text, Delivery::None, 0);
    store.appendBinary(Kind::Received, data, Delivery::None, 0);

    QCOMPARE(store.text(0).constData(), text.constData());
    QCOMPARE(store.bytes(1).constData(), data.constData());
    QCOMPARE(store.packedBytes(), 0);
    QCOMPARE(store.chunkCount(), 0);
}

void tst_ChatStore::clearForgetsEverything()
{
    ChatStore store;
    store.appendText(Kind::Received, QStringLiteral("short"), Delivery::None, 0);
    store.appendText(Kind::Received, QString(10000, QLatin1Char('l')), Delivery::None, 0);
    store.appendBinary(Kind::Received, QByteArray(10000, 'b'), Delivery::None, 0);

    store.clear();

    QVERIFY(store.isEmpty());
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.chunkCount(), 0);
    QCOMPARE(store.packedBytes(), 0);

    // Usable again, from row 0.
    store.appendBinary(Kind::Sent, QByteArray("again"), Delivery::Pending, 7);
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.bytes(0), QByteArray("again"));
    QCOMPARE(store.delivery(0), Delivery::Pending);
}

void tst_ChatStore::removeFirstKeepsTheRestAndFreesWhatOnlyTheRemovedUsed()
{
    ChatStore store;
    // Three chunks of packed texts, with texts and bytes kept as they came in between.
    const QString packed(1000, QLatin1Char('p'));
    for (int i = 0; i < 3000; ++i) {
        store.appendText(Kind::Received, packed + QString::number(i), Delivery::None, i);
        if (i % 1000 == 0) {
            store.appendText(Kind::Received, QString(5000, QLatin1Char('t')), Delivery::None, i);
            store.appendBinary(Kind::Received, QByteArray(5000, 'b'), Delivery::None, i);
        }
    }
    QCOMPARE(store.size(), 3006);
    QCOMPARE(store.chunkCount(), 3);
    const qint64 before = store.byteSize();
    QVERIFY(before > 3 * ChatStore::chunkSize);

    store.removeFirst(2004); // every row before text 2000
    QCOMPARE(store.size(), 1002);
    QCOMPARE(store.text(0), packed + QStringLiteral("2000"));
    QCOMPARE(store.text(1), QString(5000, QLatin1Char('t')));
    QCOMPARE(store.bytes(2), QByteArray(5000, 'b'));
    QCOMPARE(store.text(1001), packed + QStringLiteral("2999"));
    QCOMPARE(store.msecsSinceEpoch(1001), 2999);
    QVERIFY2(store.chunkCount() <= 2, qPrintable(QString::number(store.chunkCount())));
    QVERIFY(store.byteSize() < before - ChatStore::chunkSize);
    QCOMPARE(store.rowsHolding(0), 0);
    QCOMPARE(store.rowsHolding(std::numeric_limits<qint64>::max()), store.size());

    // Appending goes on where it was.
    store.appendText(Kind::Sent, QStringLiteral("new"), Delivery::Pending, 5000);
    store.appendText(Kind::Sent, QString(5000, QLatin1Char('n')), Delivery::Pending, 5000);
    QCOMPARE(store.text(1002), QStringLiteral("new"));
    QCOMPARE(store.text(1003), QString(5000, QLatin1Char('n')));

    store.removeFirst(store.size());
    QVERIFY(store.isEmpty());
    QCOMPARE(store.byteSize(), 0);
}

QTEST_GUILESS_MAIN(tst_ChatStore)
#include "tst_chatstore.moc"
