// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <outbox.h>

#include <QtTest>

using namespace Banter;

class tst_Outbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOrderFromPendingToAcknowledged();
    void acknowledgesOnlyMessagesBeforeThePing();
    void requeuesWhatWasInFlightBeforeNewerMessages();
    void cancelsOnlyPendingMessages();
    void followsTheRowsWhenTheLogDropsItsOldest();
    void roundTripsThroughJson();
    void rejectsMalformedJsonAndKeepsContent_data();
    void rejectsMalformedJsonAndKeepsContent();

private:
    static Outbox::Message text(const QString &value, int row = -1)
    {
        Outbox::Message message;
        message.text = value;
        message.row = row;
        return message;
    }
    static QStringList texts(const Outbox &outbox)
    {
        QStringList result;
        for (const Outbox::Message &message : outbox.messages())
            result.append(message.isBinary ? QString::fromLatin1(message.bytes.toHex())
                                           : message.text);
        return result;
    }
};

void tst_Outbox::keepsOrderFromPendingToAcknowledged()
{
    Outbox outbox;
    QVERIFY(outbox.isEmpty());
    const quint64 first = outbox.add(text(QStringLiteral("a")));
    const quint64 second = outbox.add(text(QStringLiteral("b")));
    QVERIFY(second > first);
    QCOMPARE(outbox.pendingCount(), 2);
    QCOMPARE(outbox.nextPending().text, QStringLiteral("a"));

    outbox.markNextSent();
    QCOMPARE(outbox.pendingCount(), 1);
    QCOMPARE(outbox.inFlightCount(), 1);
    QCOMPARE(outbox.nextPending().text, QStringLiteral("b"));
    outbox.markNextSent();
    outbox.setBarrier(7);
    outbox.acknowledge(7);
    QVERIFY(outbox.isEmpty());
}

void tst_Outbox::acknowledgesOnlyMessagesBeforeThePing()
{
    Outbox outbox;
    outbox.add(text(QStringLiteral("a")));
    outbox.add(text(QStringLiteral("b")));
    outbox.add(text(QStringLiteral("c")));
    outbox.markNextSent();
    outbox.setBarrier(1);
    outbox.markNextSent();
    outbox.setBarrier(2);
    outbox.markNextSent(); // "c": written, but no ping behind it yet

    outbox.acknowledge(1);
    QCOMPARE(texts(outbox), QStringList({QStringLiteral("b"), QStringLiteral("c")}));
    outbox.acknowledge(1); // a repeated pong changes nothing
    QCOMPARE(outbox.inFlightCount(), 2);
    outbox.acknowledge(5); // covers "b", not "c" which has no barrier
    QCOMPARE(texts(outbox), QStringList({QStringLiteral("c")}));
}

void tst_Outbox::requeuesWhatWasInFlightBeforeNewerMessages()
{
    Outbox outbox;
    outbox.add(text(QStringLiteral("a"), 10));
    outbox.add(text(QStringLiteral("b"), 11));
    outbox.markNextSent();
    outbox.markNextSent();
    outbox.setBarrier(3);
    outbox.add(text(QStringLiteral("c"), 12));

    const std::vector<int> rows = outbox.requeueInFlight();
    QCOMPARE(rows, std::vector<int>({10, 11}));
    QCOMPARE(outbox.inFlightCount(), 0);
    QCOMPARE(outbox.pendingCount(), 3);
    QCOMPARE(texts(outbox),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    // The old ping's pong, should it still come, acknowledges nothing that was requeued.
    outbox.acknowledge(3);
    QCOMPARE(outbox.pendingCount(), 3);
}

void tst_Outbox::cancelsOnlyPendingMessages()
{
    Outbox outbox;
    outbox.add(text(QStringLiteral("sent"), 1));
    outbox.add(text(QStringLiteral("waiting"), 2));
    outbox.markNextSent();
    QVERIFY(!outbox.cancelRow(1)); // in flight: too late
    QVERIFY(!outbox.cancelRow(99));
    QVERIFY(!outbox.cancelRow(-1));
    QVERIFY(outbox.cancelRow(2));
    QCOMPARE(outbox.pendingCount(), 0);
    QCOMPARE(outbox.inFlightCount(), 1);
}

void tst_Outbox::roundTripsThroughJson()
{
    Outbox outbox;
    outbox.add(text(QStringLiteral("first")));
    outbox.add(text(QStringLiteral("Grüße 👋 مرحبا 你好\nsecond line")));
    Outbox::Message binary;
    binary.isBinary = true;
    binary.bytes = QByteArray::fromHex("0001ff00fe");
    outbox.add(binary);
    outbox.add(text(QString()));
    outbox.markNextSent(); // in flight messages are saved too, first

    Outbox loaded;
    QVERIFY(loaded.fromJson(outbox.toJson()));
    QCOMPARE(loaded.inFlightCount(), 0);
    QCOMPARE(loaded.pendingCount(), 4);
    QCOMPARE(texts(loaded), texts(outbox));
    QVERIFY(loaded.messages().at(2).isBinary);
}

void tst_Outbox::rejectsMalformedJsonAndKeepsContent_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other/1","messages":[]})");
    QTest::newRow("no messages") << QByteArray(R"({"format":"banter-outbox/1"})");
    QTest::newRow("messages not a list")
        << QByteArray(R"({"format":"banter-outbox/1","messages":{}})");
    QTest::newRow("entry without content")
        << QByteArray(R"({"format":"banter-outbox/1","messages":[{"x":1}]})");
    QTest::newRow("text not a string")
        << QByteArray(R"({"format":"banter-outbox/1","messages":[{"text":5}]})");
    QTest::newRow("bad base64") << QByteArray(
        R"({"format":"banter-outbox/1","messages":[{"base64":"@@@"}]})");
}

void tst_Outbox::rejectsMalformedJsonAndKeepsContent()
{
    QFETCH(QByteArray, json);
    Outbox outbox;
    outbox.add(text(QStringLiteral("keep")));
    QVERIFY(!outbox.fromJson(json));
    QCOMPARE(texts(outbox), QStringList({QStringLiteral("keep")}));
}

void tst_Outbox::followsTheRowsWhenTheLogDropsItsOldest()
{
    Outbox outbox;
    outbox.add(text(QStringLiteral("in flight, row dropped"), 3));
    outbox.add(text(QStringLiteral("in flight"), 20));
    outbox.add(text(QStringLiteral("pending"), 30));
    outbox.add(text(QStringLiteral("no row")));
    outbox.markNextSent();
    outbox.markNextSent();
    outbox.dropRows(10, 9);
    QList<int> rows;
    for (const Outbox::Message &message : outbox.messages())
        rows.append(message.row);
    QCOMPARE(rows, (QList<int>{-1, 11, 21, -1}));
    QVERIFY(!outbox.cancelRow(30));
    QVERIFY(outbox.cancelRow(21));
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
