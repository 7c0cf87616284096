// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplistener.h"

#include "tcpconnection.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace BanterTcp {

TcpListener::TcpListener(QObject *parent) : Listener(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpListener::acceptPending);
}

bool TcpListener::listen(const QUrl &url)
{
    if (url.scheme() != QLatin1String("tcp") || url.host().isEmpty() || url.port() < 0) {
        setError(
            Error::UnsupportedUrl,
            tr("a tcp:// URL to listen on needs a host and a port, such as tcp://127.0.0.1:7000"));
        return false;
    }
    m_host = url.host();
    const QHostAddress address = m_host == QLatin1String("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(m_host);
    if (address.isNull()) {
        setError(Error::AddressNotAvailable, tr("%1 is not an IP address").arg(m_host));
        return false;
    }
    if (!m_server.listen(address, quint16(url.port()))) {
        const Error error = m_server.serverError() == QAbstractSocket::AddressInUseError
                                ? Error::AddressInUse
                                : Error::OtherError;
        setError(error, m_server.errorString());
        return false;
    }
    setError(Error::NoError, QString());
    return true;
}

void TcpListener::close()
{
    m_server.close();
}

bool TcpListener::isListening() const
{
    return m_server.isListening();
}

QUrl TcpListener::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("tcp"));
    url.setHost(m_host);
    url.setPort(m_server.serverPort());
    return url;
}

void TcpListener::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        Q_EMIT newConnection(new TcpConnection(socket, this));
}

} // namespace BanterTcp
