// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unixsignalnotifier.h"

#include <QSocketNotifier>

#include <vector>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Banter {

namespace {

// Written by the signal handler, read by the event loop.
int signalPipe[2] = {-1, -1};
std::vector<int> handledSignals;

} // namespace

UnixSignalNotifier::UnixSignalNotifier(std::initializer_list<int> signalNumbers, QObject *parent)
    : QObject(parent)
{
    if (signalPipe[0] >= 0 || ::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalNotifier::readPipe);
    struct sigaction action = {};
    action.sa_handler = &UnixSignalNotifier::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : signalNumbers) {
        if (::sigaction(signalNumber, &action, nullptr) == 0)
            handledSignals.push_back(signalNumber);
    }
}

UnixSignalNotifier::~UnixSignalNotifier()
{
    if (!m_notifier)
        return;
    for (const int signalNumber : handledSignals)
        std::signal(signalNumber, SIG_DFL);
    handledSignals.clear();
    delete m_notifier;
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
}

void UnixSignalNotifier::handle(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    // Nothing to do if the pipe is full: the signal is pending already.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    errno = savedErrno;
}

void UnixSignalNotifier::readPipe()
{
    unsigned char bytes[64];
    ssize_t size = 0;
    while ((size = ::read(signalPipe[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < size; ++i)
            Q_EMIT signalReceived(bytes[i]);
    }
}

} // namespace Banter
