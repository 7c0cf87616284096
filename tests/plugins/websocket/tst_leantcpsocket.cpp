// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leantcpserver.h"
#include "leantcpsocket.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using BanterWs::LeanTcpServer;
using BanterWs::LeanTcpSocket;

namespace {

// Bytes the C library has handed out and not got back.
qint64 heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    return qint64(mallinfo2().uordblks);
#else
    return -1;
#endif
}

} // namespace

class tst_LeanTcpSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serverMakesLeanSockets();
    void releasedBuffersAreMadeAgainWhenNeeded();
    void releaseKeepsUnreadAndUnsentBytes();
    void firstDrainFreesTheWriteBuffer();
    void writeNowSendsALoneWriteAtOnce();
    void writeNowBuffersTheRestOfATurn();
    void writeNowKeepsOrderWhenTheClientReadsSlowly();

private:
    std::unique_ptr<LeanTcpServer> m_server;
    std::unique_ptr<QTcpSocket> m_client;
    LeanTcpSocket *m_accepted = nullptr;
};

void tst_LeanTcpSocket::init()
{
    m_server = std::make_unique<LeanTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<QTcpSocket>();
    m_client->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(m_client->waitForConnected(5000));
    QTRY_VERIFY(m_server->hasPendingConnections());
    QTcpSocket *socket = m_server->nextPendingConnection();
    m_accepted = qobject_cast<LeanTcpSocket *>(socket);
    QVERIFY(m_accepted);
}

void tst_LeanTcpSocket::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_accepted = nullptr;
}

void tst_LeanTcpSocket::serverMakesLeanSockets()
{
    QCOMPARE(m_accepted->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_accepted->openMode(), QIODevice::ReadWrite);
    QCOMPARE(m_accepted->peerPort(), m_client->localPort());
}

void tst_LeanTcpSocket::releasedBuffersAreMadeAgainWhenNeeded()
{
    for (int round = 0; round < 3; ++round) {
        const QByteArray request = "request " + QByteArray::number(round);
        m_client->write(request);
        QTRY_COMPARE(m_accepted->bytesAvailable(), request.size());
        QCOMPARE(m_accepted->readAll(), request);

        const QByteArray reply = "reply " + QByteArray::number(round);
        m_accepted->write(reply);
        QTRY_COMPARE(m_client->bytesAvailable(), reply.size());
        QCOMPARE(m_client->readAll(), reply);
        QCOMPARE(m_accepted->bytesToWrite(), 0);

        m_accepted->releaseBuffers();
        QCOMPARE(m_accepted->openMode(), QIODevice::ReadWrite);
        QVERIFY(m_accepted->isOpen());
    }
}

void tst_LeanTcpSocket::releaseKeepsUnreadAndUnsentBytes()
{
    m_client->write("unread");
    QTRY_COMPARE(m_accepted->bytesAvailable(), 6);
    // More than the kernel takes at once, so that some of it waits in Qt's buffer.
    const QByteArray big(8 * 1024 * 1024, 'x');
    m_accepted->write(big);
    QVERIFY(m_accepted->bytesToWrite() > 0);
    const qint64 unsent = m_accepted->bytesToWrite();

    m_accepted->releaseBuffers();
    QCOMPARE(m_accepted->bytesAvailable(), 6);
    QCOMPARE(m_accepted->bytesToWrite(), unsent);
    QCOMPARE(m_accepted->readAll(), QByteArray("unread"));

    QByteArray received;
    connect(m_client.get(), &QIODevice::readyRead, this,
            [&received, this] { received += m_client->readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), big.size(), 20000);
    QCOMPARE(received, big);
}

void tst_LeanTcpSocket::firstDrainFreesTheWriteBuffer()
{
    if (!BANTER_OWN_MALLOC || heapInUse() < 0)
        QSKIP("needs glibc's own malloc (not a sanitizer's)");
    // A plain QTcpSocket keeps the 32 KiB buffer its first write made for its whole life. (The
    // client's 16 KiB read buffer, made meanwhile in this same process, counts against it.)
    QSignalSpy written(m_accepted, &QIODevice::bytesWritten);
    m_accepted->write("Welcome to Awesome Chat");
    const qint64 queued = heapInUse();
    QTRY_COMPARE(written.count(), 1);
    QTRY_COMPARE(m_client->bytesAvailable(), 23);
    const qint64 change = heapInUse() - queued;
    QVERIFY2(change < -8 * 1024, qPrintable(QStringLiteral("%1 bytes more in use").arg(change)));
}

void tst_LeanTcpSocket::writeNowSendsALoneWriteAtOnce()
{
    // Gone to the kernel before the call returns: nothing waits in Qt's buffer, no signal.
    QSignalSpy written(m_accepted, &QIODevice::bytesWritten);
    for (int turn = 0; turn < 3; ++turn) {
        const QByteArray frame = "frame " + QByteArray::number(turn);
        m_accepted->writeNow(frame);
        QCOMPARE(m_accepted->bytesToWrite(), 0);
        QTRY_COMPARE(m_client->bytesAvailable(), frame.size());
        QCOMPARE(m_client->readAll(), frame);
    }
    QCOMPARE(written.count(), 0);
}

void tst_LeanTcpSocket::writeNowBuffersTheRestOfATurn()
{
    // The first write of a turn goes at once; those after it in the same turn wait for Qt's
    // one write at the end of the turn, behind it and in their order.
    m_accepted->writeNow("one ");
    QCOMPARE(m_accepted->bytesToWrite(), 0);
    m_accepted->writeNow("two ");
    m_accepted->writeNow("three");
    QCOMPARE(m_accepted->bytesToWrite(), 9);
    QTRY_COMPARE(m_client->bytesAvailable(), 13);
    QCOMPARE(m_client->readAll(), QByteArray("one two three"));
    QCOMPARE(m_accepted->bytesToWrite(), 0);

    // Behind what Qt still has, even in a new turn: nothing overtakes it.
    m_accepted->write("qt's ");
    QTest::qWait(0);
    m_accepted->writeNow("own");
    QTRY_COMPARE(m_client->bytesAvailable(), 8);
    QCOMPARE(m_client->readAll(), QByteArray("qt's own"));
}

void tst_LeanTcpSocket::writeNowKeepsOrderWhenTheClientReadsSlowly()
{
    // More than the kernel takes at once: the rest goes to Qt's buffer, then what follows, in
    // order, in later turns too.
    QByteArray expected;
    for (int turn = 0; turn < 4; ++turn) {
        const QByteArray chunk(16 * 1024 * 1024, char('a' + turn));
        m_accepted->writeNow(chunk);
        expected += chunk;
        if (turn == 0)
            QVERIFY(m_accepted->bytesToWrite() > 0);
        QTest::qWait(0);
    }
    QByteArray received;
    connect(m_client.get(), &QIODevice::readyRead, this,
            [&received, this] { received += m_client->readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), expected.size(), 20000);
    QVERIFY(received == expected);
}

QTEST_GUILESS_MAIN(tst_LeanTcpSocket)
#include "tst_leantcpsocket.moc"
