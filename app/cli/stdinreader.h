// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QSemaphore>

#include <atomic>
#include <thread>

namespace Banter {

// Reads a file descriptor (standard input) line by line on a thread of its own, so that the
// event loop never blocks, whatever the descriptor is: a terminal, a pipe or a regular file
// (which epoll and QSocketNotifier cannot watch). Lines arrive in chunks; the reader reads ahead
// by at most maxChunksAhead chunks that have not been released, which is the backpressure: a
// consumer that releases a chunk only once it has sent it keeps the memory bounded.
class StdinReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxChunksAhead = 4;

    explicit StdinReader(int descriptor = 0, QObject *parent = nullptr);
    ~StdinReader() override;

    void start();
    // The consumer is done with one chunk: the reader may read another.
    void release();

Q_SIGNALS:
    // Lines without their '\n'.
    void linesRead(const QByteArrayList &lines);
    // The end of input (or a read error): no more lines.
    void finished();

private:
    void run();
    bool waitReadable();
    bool deliver(QByteArrayList &lines);

    int m_descriptor;
    QSemaphore m_credits{maxChunksAhead};
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace Banter
