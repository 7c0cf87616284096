// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mischievousechoserver.h"

MischievousEchoServer::MischievousEchoServer(Banter::ITransport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{}

bool MischievousEchoServer::start(const Mischief &mischief)
{
    m_mischief = mischief;
    m_listener = m_transport->createListener(this);
    if (!m_listener->listen(QUrl(QStringLiteral("ws://127.0.0.1:0"))))
        return false;
    connect(m_listener, &Banter::Listener::newConnection, this,
            [this](Banter::Connection *connection) {
                connect(connection, &Banter::Connection::textReceived, this,
                        [this, connection](const QString &text) {
                            onMessage(connection, {false, text.toUtf8()});
                        });
                connect(connection, &Banter::Connection::binaryReceived, this,
                        [this, connection](const QByteArray &bytes) {
                            onMessage(connection, {true, bytes});
                        });
                if (m_mischief.welcome)
                    connection->sendText(QStringLiteral("Welcome to Awesome Chat"));
            });
    return true;
}

QUrl MischievousEchoServer::url() const
{
    return m_listener ? m_listener->url() : QUrl();
}

void MischievousEchoServer::onMessage(Banter::Connection *connection, const Message &message)
{
    ++m_received;
    if (m_mischief.dropEvery > 0 && m_received % m_mischief.dropEvery == 0)
        return;
    if (!m_mischief.swapPairs) {
        echo(connection, message);
        return;
    }
    if (!m_held) {
        m_held = message;
        return;
    }
    echo(connection, message);
    echo(connection, *m_held);
    m_held.reset();
}

void MischievousEchoServer::echo(Banter::Connection *connection, const Message &message)
{
    if (message.isBinary && !m_mischief.binaryAsText)
        connection->sendBinary(message.bytes);
    else
        connection->sendText(QString::fromUtf8(message.bytes));
}
