// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpconnection.h"

namespace BanterTcp {

TcpConnection::TcpConnection(QObject *parent) : Connection(parent), m_socket(new QTcpSocket(this))
{
    attach();
}

TcpConnection::TcpConnection(QTcpSocket *socket, QObject *parent)
    : Connection(parent), m_socket(socket)
{
    m_socket->setParent(this);
    setUrl(QUrl(QStringLiteral("tcp://%1:%2")
                    .arg(socket->localAddress().toString())
                    .arg(socket->localPort())));
    attach();
    setState(State::Open);
    // Lines that came with the connection, before anyone was listening.
    readLines();
}

TcpConnection::~TcpConnection()
{
    // Deleting an open connection drops it; the peer sees the end of the stream.
    m_socket->disconnect(this);
    m_socket->abort();
}

void TcpConnection::attach()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpConnection::readLines);
    connect(m_socket, &QTcpSocket::stateChanged, this, &TcpConnection::setSocketState);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // The peer closing is the normal end of a line stream, not an error.
        if (error != QAbstractSocket::RemoteHostClosedError)
            reportError(m_socket->errorString());
    });
}

void TcpConnection::open(const QUrl &url)
{
    if (state() != State::Closed)
        return;
    setUrl(url);
    if (url.scheme() != QLatin1String("tcp") || url.host().isEmpty() || url.port() <= 0) {
        reportError(tr("a tcp:// URL needs a host and a port, such as tcp://localhost:7000"));
        return;
    }
    setState(State::Connecting);
    m_socket->connectToHost(url.host(), quint16(url.port()));
}

bool TcpConnection::sendText(const QString &message)
{
    if (!isOpen() || message.contains(u'\n'))
        return false;
    m_socket->write(message.toUtf8().append('\n'));
    return true;
}

bool TcpConnection::sendBinary(const QByteArray &)
{
    return false;
}

void TcpConnection::close(CloseCode, const QString &)
{
    if (state() == State::Open)
        m_socket->disconnectFromHost();
    else if (state() == State::Connecting)
        m_socket->abort();
}

void TcpConnection::abort()
{
    m_socket->abort();
}

bool TcpConnection::ping(const QByteArray &)
{
    return false;
}

qint64 TcpConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

QString TcpConnection::peerAddress() const
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return QString();
    return QStringLiteral("%1:%2")
        .arg(m_socket->peerAddress().toString())
        .arg(m_socket->peerPort());
}

void TcpConnection::readLines()
{
    while (m_socket->canReadLine()) {
        QByteArray line = m_socket->readLine(maxLineLength + 2);
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        Q_EMIT textReceived(QString::fromUtf8(line));
        if (state() != State::Open) // a receiver closed it
            return;
    }
    if (m_socket->bytesAvailable() > maxLineLength) {
        reportError(tr("the peer sent a line longer than %1 bytes").arg(maxLineLength));
        m_socket->abort();
    }
}

} // namespace BanterTcp
