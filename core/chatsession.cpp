// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsession.h"

#include "chatmodel.h"
#include "itransport.h"
#include "logging.h"
#include "pluginregistry.h"

namespace Banter {

ChatSession::ChatSession(PluginRegistry *registry, ChatModel *model, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_model(model)
{
}

ChatSession::~ChatSession()
{
    if (m_connection)
        m_connection->disconnect(this);
}

Connection::State ChatSession::state() const
{
    return m_connection ? m_connection->state() : Connection::State::Closed;
}

bool ChatSession::open(const QUrl &url)
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
        m_connection->deleteLater();
        m_connection = nullptr;
        onStateChanged(Connection::State::Closed);
    }
    if (url != m_url) {
        m_url = url;
        Q_EMIT urlChanged(url);
    }

    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        const QString reason = url.isValid() ? tr("a URL needs a scheme and a host, such as "
                                                  "ws://localhost:3000")
                                             : url.errorString();
        status(tr("invalid URL %1: %2").arg(url.toString(), reason));
        return false;
    }
    ITransport *transport = m_registry->transport(url.scheme());
    if (!transport) {
        status(tr("cannot connect to %1: %2").arg(url.toString(), m_registry->errorString()));
        return false;
    }

    m_connection = transport->createConnection(this);
    connect(m_connection, &Connection::stateChanged, this, &ChatSession::onStateChanged);
    connect(m_connection, &Connection::textReceived, this,
            [this](const QString &text) { m_model->appendText(ChatModel::Kind::Received, text); });
    connect(m_connection, &Connection::binaryReceived, this, [this](const QByteArray &data) {
        m_model->appendBinary(ChatModel::Kind::Received, data);
    });
    connect(m_connection, &Connection::errorOccurred, this,
            [this](const QString &error) { status(tr("socket error %1").arg(error)); });
    qCInfo(lcTransport, "connecting to %s", qUtf8Printable(url.toString()));
    m_connection->open(url);
    return true;
}

void ChatSession::close()
{
    if (m_connection)
        m_connection->close();
}

bool ChatSession::sendText(const QString &text)
{
    Outgoing message;
    message.text = text;
    return send(std::move(message));
}

bool ChatSession::sendBinary(const QByteArray &data)
{
    Outgoing message;
    message.bytes = data;
    message.isBinary = true;
    return send(std::move(message));
}

bool ChatSession::send(Outgoing &&message)
{
    if (!m_connection) {
        status(m_url.isEmpty() ? tr("not connected: enter a URL such as ws://localhost:3000")
                               : tr("not connected: %1 cannot be opened").arg(m_url.toString()));
        return false;
    }
    // While older messages wait, a new one waits behind them to keep the order.
    const bool now = m_connection->isOpen() && m_outbox.empty();
    const auto delivery = now ? ChatModel::Delivery::Delivered : ChatModel::Delivery::Pending;
    message.row = message.isBinary
                      ? m_model->appendBinary(ChatModel::Kind::Sent, message.bytes, delivery)
                      : m_model->appendText(ChatModel::Kind::Sent, message.text, delivery);
    if (!now || !deliver(message)) {
        m_model->setDelivery(message.row, ChatModel::Delivery::Pending);
        m_outbox.push_back(std::move(message));
    }
    return true;
}

bool ChatSession::deliver(const Outgoing &message)
{
    return message.isBinary ? m_connection->sendBinary(message.bytes)
                            : m_connection->sendText(message.text);
}

void ChatSession::flushOutbox()
{
    while (!m_outbox.empty() && m_connection && m_connection->isOpen()) {
        if (!deliver(m_outbox.front()))
            return;
        m_model->setDelivery(m_outbox.front().row, ChatModel::Delivery::Delivered);
        m_outbox.pop_front();
    }
}

void ChatSession::onStateChanged(Connection::State state)
{
    const Connection::State previous = m_lastState;
    m_lastState = state;
    if (state == previous)
        return;
    if (state == Connection::State::Open) {
        status(tr("socket open"));
        flushOutbox();
    } else if (state == Connection::State::Closed) {
        status(tr("socket closed"));
    }
    Q_EMIT stateChanged(state);
}

void ChatSession::status(const QString &text)
{
    m_model->appendStatus(text);
}

} // namespace Banter
