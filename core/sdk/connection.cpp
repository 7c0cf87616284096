// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/connection.h>

namespace Banter {

Connection::Connection(QObject *parent) : QObject(parent) {}

Connection::~Connection() = default;

bool Connection::sendShared(const SharedMessage &message)
{
    if (message.isText())
        return sendText(QString::fromUtf8(message.payload()));
    return sendBinary(message.payload());
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Connecting)
        setCloseInfo(0, QString());
    Q_EMIT stateChanged(state);
}

void Connection::setSocketState(QAbstractSocket::SocketState state)
{
    switch (state) {
    case QAbstractSocket::UnconnectedState:
        setState(State::Closed);
        break;
    case QAbstractSocket::HostLookupState:
    case QAbstractSocket::ConnectingState:
        setState(State::Connecting);
        break;
    case QAbstractSocket::ConnectedState:
        setState(State::Open);
        break;
    case QAbstractSocket::ClosingState:
        setState(State::Closing);
        break;
    case QAbstractSocket::BoundState:
    case QAbstractSocket::ListeningState:
        break;
    }
}

void Connection::reportError(const QString &errorString)
{
    m_errorString = errorString;
    Q_EMIT errorOccurred(errorString);
}

void Connection::reportCertificateProblem(const CertificateProblem &problem)
{
    Q_EMIT certificateRejected(problem);
}

void Connection::setCloseInfo(int code, const QString &reason)
{
    m_closeCode = code;
    m_closeReason = reason;
}

} // namespace Banter
