// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// EpollEventDispatcher as this test's own application dispatcher: timers, socket notifiers,
// posted events and wake-ups from other threads, and a TCP echo over loopback on top.

#include <epolleventdispatcher.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <memory>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

// Two connected UNIX stream sockets, closed when it goes.
struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair() { QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0); }
    ~SocketPair() { closeBoth(); }
    SocketPair(const SocketPair &) = delete;
    SocketPair &operator=(const SocketPair &) = delete;

    int ours() const { return fds[0]; }
    void send(char byte = 'x') const { QCOMPARE(::write(fds[1], &byte, 1), ssize_t(1)); }
    void drain() const
    {
        char buffer[64];
        QVERIFY(::read(fds[0], buffer, sizeof buffer) > 0);
    }
    void hangUp()
    {
        ::close(fds[1]);
        fds[1] = -1;
    }
    void closeBoth()
    {
        for (int &fd : fds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
};

Banter::EpollEventDispatcher *dispatcher()
{
    return qobject_cast<Banter::EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}

// Runs event loop turns until notifier has fired (at most a generous while: a test that fails
// does not hang).
bool waitFor(QSocketNotifier &notifier)
{
    QSignalSpy spy(&notifier, &QSocketNotifier::activated);
    return spy.wait(10000);
}

} // namespace

class EpollEventDispatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTheApplicationsDispatcher() { QVERIFY(dispatcher()); }

    void singleShotTimerFiresNotBeforeItsInterval()
    {
        QElapsedTimer clock;
        clock.start();
        QTimer timer;
        timer.setSingleShot(true);
        timer.setTimerType(Qt::PreciseTimer);
        QSignalSpy spy(&timer, &QTimer::timeout);
        timer.start(30);
        QVERIFY(spy.wait(10000));
        QVERIFY2(clock.elapsed() >= 30, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(spy.size(), 1);
    }

    void repeatingTimerKeepsFiring()
    {
        QTimer timer;
        int ticks = 0;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 5, 10000);
    }

    void timersAreListedAndForgotten()
    {
        auto *object = new QObject;
        const int id = object->startTimer(250ms, Qt::CoarseTimer);
        const auto timers = dispatcher()->registeredTimers(object);
        QCOMPARE(timers.size(), 1);
        QCOMPARE(timers.first().timerId, id);
        QCOMPARE(timers.first().interval, 250);
        QCOMPARE(timers.first().timerType, Qt::CoarseTimer);
        const int left = dispatcher()->remainingTime(id);
        QVERIFY2(left > 0 && left <= 250, qPrintable(QString::number(left)));
        delete object; // unregisters its timers
        QCOMPARE(dispatcher()->remainingTime(id), -1);
    }

    void readNotifierFiresWhenDataArrives()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.ours(), QSocketNotifier::Read);
        pair.send();
        QVERIFY(waitFor(notifier));
        pair.drain();
    }

    // A second socket that is ready in the same turn tells when the turn has happened.
    void disabledNotifierDoesNotFire()
    {
        SocketPair quiet;
        SocketPair witness;
        QSocketNotifier disabled(quiet.ours(), QSocketNotifier::Read);
        QSocketNotifier enabled(witness.ours(), QSocketNotifier::Read);
        QSignalSpy disabledSpy(&disabled, &QSocketNotifier::activated);
        QCoreApplication::processEvents(); // armed in the kernel
        disabled.setEnabled(false);
        quiet.send();
        witness.send();
        QVERIFY(waitFor(enabled));
        QCOMPARE(disabledSpy.size(), 0);

        // Still readable: enabling it again wakes it, as a level-triggered notifier does.
        disabled.setEnabled(true);
        QVERIFY(waitFor(disabled));
    }

    void writeNotifierFiresAndStopsWhenDisabled()
    {
        SocketPair pair;
        SocketPair witness;
        QSocketNotifier writer(pair.ours(), QSocketNotifier::Write);
        int writes = 0;
        connect(&writer, &QSocketNotifier::activated, this, [&] {
            ++writes;
            writer.setEnabled(false);
        });
        QTRY_COMPARE_WITH_TIMEOUT(writes, 1, 10000);
        QSocketNotifier witnessReader(witness.ours(), QSocketNotifier::Read);
        witness.send();
        QVERIFY(waitFor(witnessReader));
        QCOMPARE(writes, 1);
    }

    // A reading socket's writer is woken without asking the kernel; one whose buffer is full
    // is then left to the kernel, which wakes it once the peer has read.
    void writerWithAFullBufferWaitsForRoom()
    {
        SocketPair pair;
        QVERIFY(::fcntl(pair.ours(), F_SETFL, O_NONBLOCK) == 0);
        const QByteArray chunk(4096, 'x');
        while (::write(pair.ours(), chunk.constData(), size_t(chunk.size())) > 0) {
        }
        QCOMPARE(errno, EAGAIN);

        QSocketNotifier reader(pair.ours(), QSocketNotifier::Read);
        QCoreApplication::processEvents(); // the reader armed in the kernel
        QSocketNotifier writer(pair.ours(), QSocketNotifier::Write);
        int wakes = 0;
        bool wrote = false;
        connect(&writer, &QSocketNotifier::activated, this, [&] {
            ++wakes;
            if (::write(pair.ours(), chunk.constData(), 1) == 1) {
                wrote = true;
                writer.setEnabled(false);
            }
        });
        QTRY_COMPARE_WITH_TIMEOUT(wakes, 1, 10000);
        QVERIFY(!wrote);

        SocketPair witness;
        QSocketNotifier witnessReader(witness.ours(), QSocketNotifier::Read);
        witness.send();
        QVERIFY(waitFor(witnessReader));
        QCOMPARE(wakes, 1); // not woken again while the buffer is full

        QByteArray sink(1 << 20, Qt::Uninitialized);
        while (::read(pair.fds[1], sink.data(), size_t(sink.size())) == sink.size()) {
        }
        QTRY_VERIFY_WITH_TIMEOUT(wrote, 10000);
    }

    void hangUpWakesTheReader()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.ours(), QSocketNotifier::Read);
        pair.hangUp();
        QVERIFY(waitFor(notifier));
        char byte;
        QCOMPARE(::read(pair.ours(), &byte, 1), ssize_t(0));
    }

    // Two ready sockets; whichever is woken first deletes the other's notifier, which must then
    // not be woken (under AddressSanitizer a use after free fails here).
    void notifierDeletedByAnotherInTheSameTurnIsNotWoken()
    {
        SocketPair a;
        SocketPair b;
        QPointer<QSocketNotifier> first = new QSocketNotifier(a.ours(), QSocketNotifier::Read);
        QPointer<QSocketNotifier> second = new QSocketNotifier(b.ours(), QSocketNotifier::Read);
        int woken = 0;
        const auto onActivated = [&] {
            ++woken;
            QSocketNotifier *self = qobject_cast<QSocketNotifier *>(sender());
            delete (self == first ? second : first).data();
            self->setEnabled(false);
        };
        connect(first, &QSocketNotifier::activated, this, onActivated);
        connect(second, &QSocketNotifier::activated, this, onActivated);
        a.send();
        b.send();
        QTRY_COMPARE_WITH_TIMEOUT(woken, 1, 10000);
        QCoreApplication::processEvents();
        QCOMPARE(woken, 1);
        QCOMPARE(int(first.isNull()) + int(second.isNull()), 1);
        delete first.data();
        delete second.data();
    }

    // A handler that runs an event loop still sees the sockets that were ready with it.
    void nestedLoopWakesTheOtherReadySockets()
    {
        SocketPair a;
        SocketPair b;
        QSocketNotifier first(a.ours(), QSocketNotifier::Read);
        QSocketNotifier second(b.ours(), QSocketNotifier::Read);
        int woken = 0;
        bool nestedSawTheOther = false;
        const auto onActivated = [&] {
            auto *self = qobject_cast<QSocketNotifier *>(sender());
            self->setEnabled(false);
            if (++woken == 1) {
                QEventLoop nested;
                QTimer::singleShot(10s, &nested, &QEventLoop::quit);
                connect(
                    self == &first ? &second : &first, &QSocketNotifier::activated, &nested,
                    [&] { nestedSawTheOther = true; }, Qt::QueuedConnection);
                connect(self == &first ? &second : &first, &QSocketNotifier::activated, &nested,
                        &QEventLoop::quit, Qt::QueuedConnection);
                nested.exec();
            }
        };
        connect(&first, &QSocketNotifier::activated, this, onActivated);
        connect(&second, &QSocketNotifier::activated, this, onActivated);
        a.send();
        b.send();
        QTRY_COMPARE_WITH_TIMEOUT(woken, 2, 20000);
        QVERIFY(nestedSawTheOther);
    }

    void onlyTheSocketsWithDataAreWoken()
    {
        constexpr int pairs = 300; // 600 descriptors, below the usual limit of 1024
        std::vector<std::unique_ptr<SocketPair>> sockets;
        std::vector<std::unique_ptr<QSocketNotifier>> notifiers;
        QList<int> woken;
        for (int i = 0; i < pairs; ++i) {
            sockets.push_back(std::make_unique<SocketPair>());
            notifiers.push_back(
                std::make_unique<QSocketNotifier>(sockets.back()->ours(), QSocketNotifier::Read));
            connect(notifiers.back().get(), &QSocketNotifier::activated, this,
                    [&woken, i, &sockets] {
                        woken.append(i);
                        sockets[size_t(i)]->drain();
                    });
        }
        for (const int i : {7, 150, 299})
            sockets[size_t(i)]->send();
        QTRY_COMPARE_WITH_TIMEOUT(woken.size(), 3, 10000);
        std::sort(woken.begin(), woken.end());
        QCOMPARE(woken, QList<int>({7, 150, 299}));
    }

    // The descriptor numbers of closed sockets come back for new ones.
    void reusedDescriptorIsWatchedAfresh()
    {
        for (int round = 0; round < 3; ++round) {
            SocketPair pair;
            QSocketNotifier notifier(pair.ours(), QSocketNotifier::Read);
            pair.send();
            QVERIFY(waitFor(notifier));
            notifier.setEnabled(false);
        }
    }

    void excludedSocketNotifiersWaitForALaterTurn()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.ours(), QSocketNotifier::Read);
        QSignalSpy spy(&notifier, &QSocketNotifier::activated);
        pair.send();
        QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(10000));
        pair.drain();
    }

    // epoll cannot watch a regular file; poll() says it is always ready, and so does this.
    void regularFileIsAlwaysReady()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QSocketNotifier notifier(file.handle(), QSocketNotifier::Read);
        QVERIFY(waitFor(notifier));
        notifier.setEnabled(false);
    }

    void postedEventFromAnotherThreadWakesTheLoop()
    {
        QEventLoop loop;
        QSemaphore blocked;
        bool timedOut = false;
        bool delivered = false;
        auto connection = connect(
            dispatcher(), &QAbstractEventDispatcher::aboutToBlock, this, [&] { blocked.release(); },
            Qt::DirectConnection);
        QTimer::singleShot(30s, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
        std::thread poster([&] {
            blocked.acquire();
            QMetaObject::invokeMethod(
                &loop,
                [&] {
                    delivered = true;
                    loop.quit();
                },
                Qt::QueuedConnection);
        });
        loop.exec();
        disconnect(connection);
        poster.join();
        QVERIFY(delivered);
        QVERIFY(!timedOut);
    }

    void interruptFromAnotherThreadEndsTheWait()
    {
        QSemaphore blocked;
        bool timedOut = false;
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, this, [&] { timedOut = true; });
        guard.start(30s);
        auto connection = connect(
            dispatcher(), &QAbstractEventDispatcher::aboutToBlock, this, [&] { blocked.release(); },
            Qt::DirectConnection);
        Banter::EpollEventDispatcher *mainDispatcher = dispatcher(); // this thread's
        std::thread interrupter([&] {
            blocked.acquire();
            mainDispatcher->interrupt();
        });
        dispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
        disconnect(connection);
        interrupter.join();
        QVERIFY(!timedOut);
    }

    // Qt's own network stack on this dispatcher: a TCP echo over loopback.
    void tcpEchoOverLoopback()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll()); });
        });
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(10000) || client.state() == QTcpSocket::ConnectedState);
        QByteArray received;
        connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
        QByteArray sent;
        for (int i = 0; i < 200; ++i) {
            const QByteArray line = QByteArray::number(i) + '\n';
            sent += line;
            client.write(line);
            QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), 10000);
        }
        QCOMPARE(received, sent);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new Banter::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    EpollEventDispatcherTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
