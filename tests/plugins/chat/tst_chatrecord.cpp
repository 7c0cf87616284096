// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ChatRecord: a room message as the chat service keeps it in Redis, there and back, whatever its
// sender, id and payload hold; and what is not one.

#include <chatrecord.h>

#include <QtTest>

using Banter::SharedMessage;
using BanterChat::ChatRoom;

class tst_ChatRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesComeBackAsTheyWent_data();
    void entriesComeBackAsTheyWent();
    void whatIsNotARecordIsRefused_data();
    void whatIsNotARecordIsRefused();
};

void tst_ChatRecord::entriesComeBackAsTheyWent_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("isText");
    QTest::newRow("plain") << "guest-1"
                           << "" << QByteArray("hello") << true;
    QTest::newRow("v1 with id") << "ann"
                                << "c-17" << QByteArray("hi") << true;
    QTest::newRow("id with separators") << "bob"
                                        << "a:3:\n x" << QByteArray("12:x") << true;
    QTest::newRow("unicode") << "zoë 李"
                             << "" << QString::fromUtf8("ça va? 🙂").toUtf8() << true;
    QTest::newRow("binary") << "guest-2"
                            << "" << QByteArray("\x00\xff\n:T1 ", 7) << false;
    QTest::newRow("empty") << "guest-3"
                           << "" << QByteArray() << true;
}

void tst_ChatRecord::entriesComeBackAsTheyWent()
{
    QFETCH(QString, sender);
    QFETCH(QString, id);
    QFETCH(QByteArray, payload);
    QFETCH(bool, isText);
    ChatRoom::Entry entry;
    entry.time = 1764806400123;
    entry.sender = sender;
    entry.id = id;
    entry.payload = payload;
    entry.kind = isText ? SharedMessage::Kind::Text : SharedMessage::Kind::Binary;
    const std::optional<ChatRoom::Entry> back =
        BanterChat::ChatRecord::decode(BanterChat::ChatRecord::encode(entry));
    QVERIFY(back);
    QCOMPARE(back->time, entry.time);
    QCOMPARE(back->sender, sender);
    QCOMPARE(back->id, id);
    QCOMPARE(back->payload, payload);
    QCOMPARE(back->kind, entry.kind);
}

void tst_ChatRecord::whatIsNotARecordIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other kind") << QByteArray("X1 3:ann0:hi");
    QTest::newRow("no time") << QByteArray("T 3:ann0:hi");
    QTest::newRow("short sender") << QByteArray("T1 9:ann");
    QTest::newRow("no id") << QByteArray("T1 3:ann");
    QTest::newRow("bad length") << QByteArray("T1 x:ann0:hi");
    QTest::newRow("negative length") << QByteArray("T1 -1:ann0:hi");
}

void tst_ChatRecord::whatIsNotARecordIsRefused()
{
    QFETCH(QByteArray, body);
    QVERIFY(!BanterChat::ChatRecord::decode(body));
}

QTEST_GUILESS_MAIN(tst_ChatRecord)
#include "tst_chatrecord.moc"
