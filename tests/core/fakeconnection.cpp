// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeconnection.h"

void FakeConnection::open(const QUrl &url)
{
    ++opens;
    setUrl(url);
    setState(State::Connecting);
}

void FakeConnection::close(CloseCode code, const QString &reason)
{
    lastCloseCode = code;
    lastCloseReason = reason;
    setState(State::Closed);
}

void FakeConnection::abort()
{
    ++aborts;
    setState(State::Closed);
}

bool FakeConnection::ping(const QByteArray &payload)
{
    if (!isOpen())
        return false;
    pings.append(payload);
    if (answersPings) {
        QMetaObject::invokeMethod(
            this, [this, payload] { Q_EMIT pongReceived(0, payload); }, Qt::QueuedConnection);
    }
    return true;
}
