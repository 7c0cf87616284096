// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeconnection.h"
#include "fakelistener.h"

#include <banter/connection.h>
#include <banter/listener.h>
#include <banter/service.h>

#include <QSignalSpy>
#include <QTest>

#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using Banter::Connection;

namespace {

class SilentService : public Banter::Service
{
    Q_OBJECT

protected:
    void handleConnection(Connection *) override {}
};

// Notes each message with the count the base had when it arrived.
class RecordingService : public Banter::Service
{
    Q_OBJECT

public:
    QStringList heard;

protected:
    void handleConnection(Connection *) override {}
    void handleText(Connection *, const QString &message) override
    {
        heard.append(QStringLiteral("text %1 #%2").arg(message).arg(statistics().messagesReceived));
    }
    void handleBinary(Connection *connection, const QByteArray &message) override
    {
        heard.append(QStringLiteral("binary %1 #%2")
                         .arg(QString::fromLatin1(message))
                         .arg(statistics().messagesReceived));
        // The last word: the connection goes while its message is being handled.
        connection->close(Connection::CloseCode::Normal, QString());
    }
};

// Heap bytes in use, glibc's count.
qint64 heapInUse()
{
#ifdef __GLIBC__
    return qint64(::mallinfo2().uordblks);
#else
    return -1;
#endif
}

} // namespace

class tst_Service : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsClientsComingAndGoing();
    void messagesReachTheSubclassOnceCounted();
    void aCrowdThatHasLeftLeavesNoHeapBehind();
};

void tst_Service::countsClientsComingAndGoing()
{
    FakeListener listener;
    SilentService service;
    service.serve(&listener);
    QSignalSpy counted(&service, &Banter::Service::connectionCountChanged);
    std::vector<FakeConnection *> clients;
    for (int i = 0; i < 3; ++i)
        clients.push_back(listener.accept());
    QCOMPARE(service.connectionCount(), 3);
    QVERIFY(clients.front()->parent() != &listener);
    for (FakeConnection *client : clients)
        client->close(Connection::CloseCode::Normal, QString());
    QCOMPARE(service.connectionCount(), 0);
    QCOMPARE(counted.count(), 6);
    QCOMPARE(counted.last().first().toInt(), 0);
    QCOMPARE(service.statistics().clientsServed, quint64(3));
}

void tst_Service::messagesReachTheSubclassOnceCounted()
{
    FakeListener listener;
    RecordingService service;
    service.serve(&listener);
    FakeConnection *client = listener.accept();
    Q_EMIT client->textReceived(QStringLiteral("hi"));
    Q_EMIT client->textReceived(QStringLiteral("there"));
    Q_EMIT client->binaryReceived(QByteArrayLiteral("bye"));
    QCOMPARE(service.heard,
             QStringList({QStringLiteral("text hi #1"), QStringLiteral("text there #2"),
                          QStringLiteral("binary bye #3")}));
    QCOMPARE(service.connectionCount(), 0);
    QCOMPARE(service.statistics().bytesReceived, quint64(2 + 5 + 3));
}

void tst_Service::aCrowdThatHasLeftLeavesNoHeapBehind()
{
    if (!BANTER_OWN_MALLOC || heapInUse() < 0)
        QSKIP("needs glibc's own malloc (not a sanitizer's)");
    constexpr int crowd = 5000;
    FakeListener listener;
    SilentService service;
    service.serve(&listener);
    // What grows once and stays for good, outside the service: a first client's bookkeeping,
    // and Qt's queue of posted events, which keeps the size it grew to when the crowd left.
    listener.accept()->close(Connection::CloseCode::Normal, QString());
    QObject sink;
    for (int i = 0; i < 2 * crowd; ++i)
        QCoreApplication::postEvent(&sink, new QEvent(QEvent::User));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    const qint64 before = heapInUse();

    {
        std::vector<FakeConnection *> clients;
        for (int i = 0; i < crowd; ++i)
            clients.push_back(listener.accept());
        QCOMPARE(service.connectionCount(), crowd);
        for (FakeConnection *client : clients)
            client->close(Connection::CloseCode::Normal, QString());
    }
    QCOMPARE(service.connectionCount(), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QVERIFY(service.findChildren<Connection *>().isEmpty());
    const qint64 after = heapInUse();

    // The service's table of clients and its list of children grew to 5,000 entries (80 KB
    // and more); they must not keep that size once everybody has gone.
    QVERIFY2(after - before < 16 * 1024,
             qPrintable(QStringLiteral("heap in use %1 -> %2 bytes").arg(before).arg(after)));
}

QTEST_GUILESS_MAIN(tst_Service)
#include "tst_service.moc"
