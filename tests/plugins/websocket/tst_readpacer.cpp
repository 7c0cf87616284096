// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readpacer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using BanterWs::ReadPacer;
using namespace std::chrono_literals;

// The pacer on a plain TCP connection: the test's own reader stands in for QWebSocket's, reading
// everything each notification brings, and the peer writes in small pieces as a Node ws server
// does. Writes on loopback are in the client's receive queue when write() returns, so an event
// loop turn after one shows whether the client's read notification was on.
class tst_ReadPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void smallReadsInAStreamAreHeldAndReadTogether();
    void holdsGrowWhileTheStreamGoesOn();
    void aLoneReadIsNotHeld();
    void theAnswerToAWriteIsNotHeld();
    void aLargeReadIsNotHeld();
    void aCloseDuringAHoldIsSeen();
    void aPacerGoneMidHoldLeavesTheSocketReading();

private:
    void peerWrites(const QByteArray &data);
    // The start of a stream: a read, a second soon after it, held.
    [[nodiscard]] bool holdAStream();
    [[nodiscard]] bool clientSends(const QByteArray &data);
    // Lets the event loop look at the client's socket a few times without waiting.
    static void turnEventLoop();

    // Long enough that a loaded machine does not end a hold before the test looks.
    static constexpr ReadPacer::Hold hold{400ms, 800ms};
    static constexpr qint64 smallRead = 1024;
    QTcpServer m_server;
    std::unique_ptr<QTcpSocket> m_client;
    std::unique_ptr<QTcpSocket> m_peer;
    ReadPacer *m_pacer = nullptr;
    QList<QByteArray> m_reads;
};

void tst_ReadPacer::init()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<QTcpSocket>();
    m_pacer = new ReadPacer(smallRead, hold, m_client.get());
    // In the order WebSocketConnection has them: the pacer's first reader, Qt's, the pacer's
    // second.
    m_pacer->connectFirst(m_client.get());
    connect(m_client.get(), &QIODevice::readyRead, this,
            [this] { m_reads.append(m_client->readAll()); });
    QVERIFY(m_pacer->watch(m_client.get()));
    m_client->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(m_client->waitForConnected(5000));
    QVERIFY(m_server.waitForNewConnection(5000));
    m_peer.reset(m_server.nextPendingConnection());
    m_peer->setParent(nullptr);
    QVERIFY(m_peer);
}

void tst_ReadPacer::cleanup()
{
    m_peer.reset();
    m_client.reset();
    m_server.close();
    m_reads.clear();
}

void tst_ReadPacer::peerWrites(const QByteArray &data)
{
    m_peer->write(data);
    QVERIFY(m_peer->waitForBytesWritten(5000));
}

bool tst_ReadPacer::holdAStream()
{
    peerWrites("a");
    if (!QTest::qWaitFor([this] { return m_reads.size() == 1; }))
        return false;
    peerWrites("b");
    return QTest::qWaitFor([this] { return m_pacer->isHolding(); });
}

bool tst_ReadPacer::clientSends(const QByteArray &data)
{
    m_client->write(data);
    return m_client->waitForBytesWritten(5000);
}

void tst_ReadPacer::turnEventLoop()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

void tst_ReadPacer::smallReadsInAStreamAreHeldAndReadTogether()
{
    peerWrites("a");
    QTRY_COMPARE(m_reads.size(), 1);
    peerWrites("b");
    QTRY_COMPARE(m_reads.size(), 2);
    // Small, and soon after the first, with nothing written between: held.
    QVERIFY(m_pacer->isHolding());
    QCOMPARE(m_pacer->holds(), 1);
    peerWrites("c");
    turnEventLoop();
    QCOMPARE(m_reads.size(), 2);
    peerWrites("d");
    QTRY_COMPARE(m_reads.size(), 3);
    QCOMPARE(m_reads.at(2), QByteArray("cd"));
}

void tst_ReadPacer::holdsGrowWhileTheStreamGoesOn()
{
    QCOMPARE(m_pacer->nextHold(), hold.shortest);
    QVERIFY(holdAStream());
    QCOMPARE(m_pacer->nextHold(), 2 * hold.shortest);
    QTRY_VERIFY(!m_pacer->isHolding());
    peerWrites("c");
    QTRY_VERIFY(m_pacer->isHolding());
    // Never longer than the longest.
    QCOMPARE(m_pacer->nextHold(), hold.longest);
    QCOMPARE(m_pacer->holds(), 2);
    // Something written: the stream is over, the next one starts with the shortest hold.
    QTRY_VERIFY(!m_pacer->isHolding());
    QVERIFY(clientSends("request"));
    peerWrites("answer");
    QTRY_COMPARE(m_reads.size(), 4);
    QVERIFY(!m_pacer->isHolding());
    QCOMPARE(m_pacer->nextHold(), hold.shortest);
}

void tst_ReadPacer::aLoneReadIsNotHeld()
{
    peerWrites("a");
    QTRY_COMPARE(m_reads.size(), 1);
    QVERIFY(!m_pacer->isHolding());
    peerWrites("b");
    QTRY_COMPARE(m_reads.size(), 2);
    QVERIFY(m_pacer->isHolding());
    // Long after the stream stopped, a message comes alone again: read at once, not held.
    QTRY_VERIFY(!m_pacer->isHolding());
    QTest::qWait(int(2 * hold.longest.count()));
    peerWrites("c");
    QTRY_COMPARE(m_reads.size(), 3);
    QVERIFY(!m_pacer->isHolding());
    QCOMPARE(m_pacer->holds(), 1);
}

void tst_ReadPacer::theAnswerToAWriteIsNotHeld()
{
    peerWrites("a");
    QTRY_COMPARE(m_reads.size(), 1);
    QVERIFY(clientSends("request"));
    peerWrites("answer");
    QTRY_COMPARE(m_reads.size(), 2);
    QVERIFY(!m_pacer->isHolding());
    QCOMPARE(m_pacer->holds(), 0);
}

void tst_ReadPacer::aLargeReadIsNotHeld()
{
    peerWrites("a");
    QTRY_COMPARE(m_reads.size(), 1);
    const QByteArray large(8 * smallRead, 'x');
    peerWrites(large);
    QTRY_COMPARE(m_reads.size(), 2);
    QCOMPARE(m_reads.at(1), large);
    QVERIFY(!m_pacer->isHolding());
    QCOMPARE(m_pacer->holds(), 0);
}

void tst_ReadPacer::aCloseDuringAHoldIsSeen()
{
    QVERIFY(holdAStream());
    peerWrites("last");
    m_peer->disconnectFromHost();
    // Once the hold ends, what came and the end of the stream are both read.
    QTRY_COMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_reads.last(), QByteArray("last"));
}

void tst_ReadPacer::aPacerGoneMidHoldLeavesTheSocketReading()
{
    QVERIFY(holdAStream());
    delete m_pacer;
    m_pacer = nullptr;
    peerWrites("c");
    QTRY_COMPARE_WITH_TIMEOUT(m_reads.size(), 3, int(hold.shortest.count() / 2));
    QCOMPARE(m_reads.at(2), QByteArray("c"));
}

QTEST_GUILESS_MAIN(tst_ReadPacer)
#include "tst_readpacer.moc"
