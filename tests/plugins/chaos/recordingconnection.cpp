// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingconnection.h"

RecordingConnection::RecordingConnection(QObject *parent) : Banter::Connection(parent)
{
    setState(State::Open);
}

void RecordingConnection::open(const QUrl &url)
{
    setUrl(url);
    setState(State::Open);
}

bool RecordingConnection::sendText(const QString &message)
{
    sent.append(message);
    return isOpen();
}

bool RecordingConnection::sendBinary(const QByteArray &message)
{
    sent.append(QString::fromLatin1(message.toHex()));
    return isOpen();
}

void RecordingConnection::close(CloseCode code, const QString &reason)
{
    setCloseInfo(int(code), reason);
    setState(State::Closed);
}

void RecordingConnection::abort()
{
    setState(State::Closed);
}

bool RecordingConnection::ping(const QByteArray &payload)
{
    if (!isOpen())
        return false;
    pings.append(payload);
    Q_EMIT pongReceived(0, payload);
    return true;
}

void RecordingConnection::drop(int code)
{
    setCloseInfo(code, QString());
    setState(State::Closed);
}
