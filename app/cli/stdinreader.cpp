// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stdinreader.h"

#include <cerrno>

#include <poll.h>
#include <unistd.h>

namespace Banter {

namespace {

constexpr int pollMs = 100;
constexpr qsizetype readSize = 64 * 1024;

} // namespace

StdinReader::StdinReader(int descriptor, QObject *parent)
    : QObject(parent), m_descriptor(descriptor)
{}

StdinReader::~StdinReader()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

void StdinReader::start()
{
    m_thread = std::thread([this] { run(); });
}

void StdinReader::release()
{
    m_credits.release();
}

// Waits until the descriptor has something to read, looking at m_stopping now and then; a
// regular file is always readable.
bool StdinReader::waitReadable()
{
    pollfd descriptor{m_descriptor, POLLIN, 0};
    while (!m_stopping) {
        const int ready = ::poll(&descriptor, 1, pollMs);
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR)
            return true; // read() says what is wrong
    }
    return false;
}

// Hands a chunk of lines to the event loop once a credit is free; false when stopping.
bool StdinReader::deliver(QByteArrayList &lines)
{
    while (!m_credits.tryAcquire(1, pollMs)) {
        if (m_stopping)
            return false;
    }
    Q_EMIT linesRead(lines);
    lines.clear();
    return true;
}

void StdinReader::run()
{
    QByteArray partial;
    QByteArrayList lines;
    QByteArray buffer(readSize, Qt::Uninitialized);
    while (waitReadable()) {
        const ssize_t count = ::read(m_descriptor, buffer.data(), size_t(buffer.size()));
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        qsizetype start = 0;
        for (;;) {
            const qsizetype end = buffer.indexOf('\n', start);
            if (end < 0 || end >= count)
                break;
            partial.append(buffer.constData() + start, end - start);
            lines.append(std::exchange(partial, QByteArray()));
            start = end + 1;
        }
        partial.append(buffer.constData() + start, count - start);
        if (!lines.isEmpty() && !deliver(lines))
            return;
    }
    if (!partial.isEmpty())
        lines.append(partial);
    if (!lines.isEmpty() && !deliver(lines))
        return;
    if (!m_stopping)
        Q_EMIT finished();
}

} // namespace Banter
