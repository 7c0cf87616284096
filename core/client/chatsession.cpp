// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsession.h"

#include "chatmodel.h"
#include <banter/itransport.h>
#include <banter/logging.h>
#include <banter/pluginregistry.h>
#include <banter/tlsidentity.h>
#include "truststore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace Banter {

namespace {

QString seconds(qint64 milliseconds)
{
    // "0.5", "4", "30": one decimal below ten seconds, none above, none when it is zero.
    const double value = double(milliseconds) / 1000.0;
    const QLocale locale;
    if (value >= 9.95)
        return locale.toString(qRound64(value));
    QString text = locale.toString(value, 'f', 1);
    const QString zero = locale.decimalPoint() + locale.zeroDigit();
    if (text.endsWith(zero))
        text.chop(zero.size());
    return text;
}

} // namespace

ChatSession::ChatSession(PluginRegistry *registry, ChatModel *model, QObject *parent)
    : QObject(parent), m_registry(registry), m_model(model)
{
    connect(&m_supervisor, &ConnectionSupervisor::reconnectScheduled, this,
            [this](int attempt, qint64 delayMs) {
                // One line per attempt: a retry that failed again says why on this line. Sockets
                // report the error after the close, so the line waits for the end of this turn.
                QMetaObject::invokeMethod(
                    this,
                    [this, attempt, delayMs] {
                        const QString delay = seconds(delayMs);
                        if (m_quietAttempt && !m_attemptError.isEmpty()) {
                            status(tr("reconnecting in %1 s (attempt %2; last error: %3)")
                                       .arg(delay)
                                       .arg(attempt)
                                       .arg(m_attemptError));
                        } else {
                            status(tr("reconnecting in %1 s (attempt %2)").arg(delay).arg(attempt));
                        }
                    },
                    Qt::QueuedConnection);
                Q_EMIT reconnectScheduled(attempt, delayMs);
            });
    connect(&m_supervisor, &ConnectionSupervisor::reconnecting, this, [this] {
        m_quietAttempt = true;
        m_attemptError.clear();
    });
    connect(&m_supervisor, &ConnectionSupervisor::openTimedOut, this, [this](qint64 timeoutMs) {
        status(tr("no connection after %1 s: giving up on this attempt").arg(seconds(timeoutMs)));
    });
    connect(&m_supervisor, &ConnectionSupervisor::heartbeatMissed, this, [this](qint64 timeoutMs) {
        status(tr("the server did not answer a ping within %1 s: the connection is dead")
                   .arg(seconds(timeoutMs)));
    });
    connect(&m_supervisor, &ConnectionSupervisor::acknowledged, this, &ChatSession::onAcknowledged);
    // A cleared (or reloaded) log has no rows for the messages still waiting to be sent.
    connect(m_model, &ChatModel::modelAboutToBeReset, this, [this] {
        m_outbox.clearRows();
        m_rowsAwaitingCopy.clear();
    });
    connect(m_model, &ChatModel::oldRowsDropped, this, [this](int row, int shift) {
        m_outbox.dropRows(row, shift);
        for (auto it = m_rowsAwaitingCopy.begin(); it != m_rowsAwaitingCopy.end();) {
            if (it.value() < row) {
                it = m_rowsAwaitingCopy.erase(it);
            } else {
                it.value() -= shift;
                ++it;
            }
        }
    });
    connectRoom();
}

void ChatSession::connectRoom()
{
    connect(&m_room, &ChatRoomClient::ready, this, &ChatSession::flushOutbox);
    connect(&m_room, &ChatRoomClient::roomChanged, this, &ChatSession::roomChanged);
    connect(&m_room, &ChatRoomClient::statusLine, this, &ChatSession::status);
    connect(&m_room, &ChatRoomClient::ownMessageDelivered, this,
            [this](quint64 id, quint64 offset) {
                const auto found = m_rowsAwaitingCopy.constFind(id);
                if (found == m_rowsAwaitingCopy.cend())
                    return;
                m_model->setRoomOffset(found.value(), offset);
                m_rowsAwaitingCopy.erase(found);
            });
    connect(&m_room, &ChatRoomClient::textReceived, this,
            [this](const QString &sender, const QString &text, qint64 time, bool isHistory) {
                ChatModel::Entry entry;
                entry.text = tr("%1: %2", "a member's message in a chat room").arg(sender, text);
                appendRoomMessage(std::move(entry), time, isHistory);
            });
    connect(&m_room, &ChatRoomClient::binaryReceived, this,
            [this](const QString &, const QByteArray &data, qint64 time, bool isHistory) {
                ChatModel::Entry entry;
                entry.bytes = data;
                entry.isBinary = true;
                appendRoomMessage(std::move(entry), time, isHistory);
            });
}

void ChatSession::appendRoomMessage(ChatModel::Entry entry, qint64 time, bool isHistory)
{
    entry.kind = ChatModel::Kind::Received;
    if (!isHistory) {
        if (entry.isBinary)
            m_model->appendBinary(entry.kind, entry.bytes);
        else
            m_model->appendText(entry.kind, entry.text);
        return;
    }
    // A replayed message keeps the time the room received it, and shows as history.
    entry.msecsSinceEpoch = time > 0 ? time : QDateTime::currentMSecsSinceEpoch();
    entry.isHistory = true;
    m_model->appendEntries({std::move(entry)});
}

void ChatSession::onTextReceived(const QString &text)
{
    if (m_room.handleText(text))
        return;
    const int row = m_model->appendText(ChatModel::Kind::Received, text);
    attachAttributes(row);
    Q_EMIT messageReceived(row, text, QByteArray(), false);
}

void ChatSession::attachAttributes(int row)
{
    // Told right before the message, for this message only.
    if (!m_receivedAttributes.isEmpty())
        m_model->setAttributes(row, std::exchange(m_receivedAttributes, QVariantMap()));
}

ChatSession::~ChatSession()
{
    if (m_connection)
        m_connection->disconnect(this);
    if (m_saveQueued)
        saveOutbox();
}

void ChatSession::setRandomSource(std::function<double()> random)
{
    m_supervisor.setRandomSource(std::move(random));
}

Connection::State ChatSession::state() const
{
    return m_connection ? m_connection->state() : Connection::State::Closed;
}

bool ChatSession::open(const QUrl &url, const ConnectOptions &options)
{
    m_supervisor.stop();
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
        status(tr("invalid URL %1: %2").arg(url.toString(QUrl::RemovePassword), reason));
        return false;
    }
    m_options = options;
    QString problem = options.problem();
    if (problem.isEmpty() && !options.clientCertificate.isEmpty()) {
        // Said once here, instead of on every reconnection.
        const TlsIdentity identity = options.clientIdentity();
        if (!identity.isValid())
            problem = tr("the client certificate cannot be used: %1").arg(identity.errorString());
    }
    if (!problem.isEmpty()) {
        status(tr("cannot connect to %1: %2").arg(url.toString(QUrl::RemovePassword), problem));
        return false;
    }
    ITransport *transport = m_registry->transport(url.scheme());
    if (!transport) {
        status(tr("cannot connect to %1: %2")
                   .arg(url.toString(QUrl::RemovePassword), m_registry->errorString()));
        return false;
    }

    m_connection = transport->createConnection(this);
    if (!m_connection) {
        qCWarning(lcTransport, "the plugin for \"%s\" created no connection",
                  qUtf8Printable(url.scheme()));
        status(tr("cannot connect to %1: the plugin for \"%2\" created no connection")
                   .arg(url.toString(QUrl::RemovePassword), url.scheme()));
        return false;
    }
    ConnectOptions offered = options;
    if (m_offersChatProtocol &&
        !offered.subprotocols.contains(QLatin1String(ChatRoomClient::subprotocol)))
        offered.subprotocols.append(QLatin1String(ChatRoomClient::subprotocol));
    m_connection->setConnectOptions(offered);
    connect(m_connection, &Connection::stateChanged, this, &ChatSession::onStateChanged);
    connect(m_connection, &Connection::textReceived, this, &ChatSession::onTextReceived);
    connect(m_connection, &Connection::attributesReceived, this,
            [this](const QVariantMap &attributes) { m_receivedAttributes = attributes; });
    connect(m_connection, &Connection::binaryReceived, this, [this](const QByteArray &data) {
        const int row = m_model->appendBinary(ChatModel::Kind::Received, data);
        attachAttributes(row);
        Q_EMIT messageReceived(row, QString(), data, true);
    });
    connect(m_connection, &Connection::certificateRejected, this,
            &ChatSession::onCertificateRejected);
    connect(m_connection, &Connection::noticeReported, this, &ChatSession::status);
    updateTrustedCertificates();
    connect(m_connection, &Connection::errorOccurred, this, [this](const QString &error) {
        if (m_quietAttempt)
            m_attemptError = error;
        else
            status(tr("socket error %1").arg(error));
    });
    m_quietAttempt = false;
    m_supervisor.supervise(m_connection, url);
    qCInfo(lcTransport, "connecting to %s", qUtf8Printable(url.toString(QUrl::RemovePassword)));
    m_connection->open(url);
    return true;
}

void ChatSession::close()
{
    m_supervisor.stop();
    if (m_connection)
        m_connection->close();
}

void ChatSession::reconnectNow()
{
    m_supervisor.reconnectNow();
}

bool ChatSession::sendText(const QString &text)
{
    Outbox::Message message;
    message.text = text;
    return send(std::move(message));
}

bool ChatSession::sendBinary(const QByteArray &data)
{
    Outbox::Message message;
    message.bytes = data;
    message.isBinary = true;
    return send(std::move(message));
}

bool ChatSession::send(Outbox::Message &&message)
{
    if (!m_connection) {
        status(m_url.isEmpty() ? tr("not connected: enter a URL such as ws://localhost:3000")
                               : tr("not connected: %1 cannot be opened")
                                     .arg(m_url.toString(QUrl::RemovePassword)));
        return false;
    }
    const auto pending = ChatModel::Delivery::Pending;
    message.row = message.isBinary
                      ? m_model->appendBinary(ChatModel::Kind::Sent, message.bytes, pending)
                      : m_model->appendText(ChatModel::Kind::Sent, message.text, pending);
    m_outbox.add(std::move(message));
    flushOutbox();
    outboxModified();
    return true;
}

bool ChatSession::cancel(int row)
{
    if (!m_outbox.cancelRow(row))
        return false;
    m_model->setDelivery(row, ChatModel::Delivery::Cancelled);
    outboxModified();
    return true;
}

void ChatSession::flushOutbox()
{
    bool sent = false;
    // In a chat room only once joined: before that, the server would refuse it.
    while (m_outbox.hasPending() && m_connection && m_connection->isOpen() && m_room.isReady()) {
        const Outbox::Message &next = m_outbox.nextPending();
        const bool isRoomMessage = !next.isBinary && m_room.isJoined();
        const bool written =
            next.isBinary ? m_connection->sendBinary(next.bytes)
                          : m_connection->sendText(
                                isRoomMessage ? m_room.wrapText(next.text, next.id) : next.text);
        if (!written)
            break;
        if (isRoomMessage && next.row >= 0)
            m_rowsAwaitingCopy.insert(next.id, next.row);
        m_model->setDelivery(next.row, ChatModel::Delivery::Delivered);
        if (!isRoomMessage && next.row >= 0)
            Q_EMIT messageWritten(next.row, next.text, next.bytes, next.isBinary);
        m_outbox.markNextSent();
        sent = true;
    }
    if (sent)
        schedulePing();
}

void ChatSession::schedulePing()
{
    // One ping behind everything sent in this turn of the event loop, not one per message: a
    // pipe of lines sends thousands in a turn, and on MQTT each ping is a packet of its own with
    // an answer. Its pong proves the server has read them all.
    if (m_pingScheduled)
        return;
    m_pingScheduled = true;
    QMetaObject::invokeMethod(this, &ChatSession::pingBehindSent, Qt::QueuedConnection);
}

void ChatSession::pingBehindSent()
{
    m_pingScheduled = false;
    if (!m_outbox.needsBarrier())
        return;
    if (const quint64 sequence = m_supervisor.sendPing())
        m_outbox.setBarrier(sequence);
}

void ChatSession::onAcknowledged(quint64 sequence, qint64 roundTripMs)
{
    const int before = outboxCount();
    m_outbox.acknowledge(sequence);
    if (outboxCount() != before)
        outboxModified();
    Q_EMIT roundTripMeasured(roundTripMs);
}

void ChatSession::onStateChanged(Connection::State state)
{
    const Connection::State previous = m_lastState;
    m_lastState = state;
    if (state == previous)
        return;
    if (state == Connection::State::Open) {
        m_quietAttempt = false;
        status(tr("socket open"));
        // The room's copies of what was sent before are no longer told apart from others'.
        m_rowsAwaitingCopy.clear();
        m_room.start(m_connection, m_offersChatProtocol);
        flushOutbox();
    } else if (state == Connection::State::Closed) {
        m_room.stop();
        const int code = m_connection ? m_connection->closeCode() : 0;
        const QString reason = m_connection ? m_connection->closeReason() : QString();
        // A retry that never opened closes without a line of its own; the next reconnect line
        // tells what happened.
        if (m_quietAttempt) {
            // nothing to add
        } else if (code != 0 && (code != int(Connection::CloseCode::Normal) || !reason.isEmpty())) {
            status(tr("socket closed (%1)").arg(describeClose(code, reason)));
        } else {
            status(tr("socket closed"));
        }
        // What the server has not confirmed goes out again on the next connection.
        const std::vector<int> rows = m_outbox.requeueInFlight();
        for (int row : rows)
            m_model->setDelivery(row, ChatModel::Delivery::Pending);
        if (!rows.empty())
            outboxModified();
    }
    Q_EMIT stateChanged(state);
}

QString ChatSession::describeClose(int code, const QString &reason)
{
    QString words;
    switch (code) {
    case 1000:
        words = tr("normal");
        break;
    case 1001:
        words = tr("going away");
        break;
    case 1002:
        words = tr("protocol error");
        break;
    case 1003:
        words = tr("unsupported data");
        break;
    case 1005:
        words = tr("no status");
        break;
    case 1006:
        words = tr("abnormal closure");
        break;
    case 1007:
        words = tr("invalid data");
        break;
    case 1008:
        words = tr("policy violation");
        break;
    case 1009:
        words = tr("message too big");
        break;
    case 1010:
        words = tr("missing extension");
        break;
    case 1011:
        words = tr("server error");
        break;
    case 1012:
        words = tr("service restart");
        break;
    case 1013:
        words = tr("try again later");
        break;
    default:
        words = tr("application code");
        break;
    }
    QString text = QStringLiteral("%1 %2").arg(code).arg(words);
    // The reason is the server's: it cannot reorder the words around it.
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + ChatModel::isolated(reason);
    return text;
}

void ChatSession::setTrustStore(TrustStore *store)
{
    if (m_trustStore)
        m_trustStore->disconnect(this);
    m_trustStore = store;
    if (store)
        connect(store, &TrustStore::changed, this, &ChatSession::updateTrustedCertificates);
    updateTrustedCertificates();
}

void ChatSession::updateTrustedCertificates()
{
    // A revoked certificate is refused from the next attempt on, a trusted one accepted.
    if (m_connection) {
        m_connection->setTrustedCertificates(m_trustStore ? m_trustStore->fingerprints(m_url.host())
                                                          : QList<QByteArray>());
    }
}

void ChatSession::onCertificateRejected(const CertificateProblem &problem)
{
    // Never quiet, not even on an automatic retry: the server presents a certificate that the
    // system does not trust, and that is for the user to decide.
    m_supervisor.stop();
    status(problem.describe());
    status(problem.canBeTrusted
               ? tr("not retrying: the certificate is refused until you trust it for %1")
                     .arg(problem.host)
               : tr("not retrying: this certificate cannot be trusted"));
    Q_EMIT certificateRejected(problem);
}

bool ChatSession::setOutboxFile(const QString &path)
{
    m_outboxFile = path;
    QFile file(path);
    if (!file.exists())
        return true;
    Outbox restored;
    if (!file.open(QIODevice::ReadOnly) || !restored.fromJson(file.readAll())) {
        status(tr("the unsent messages in %1 cannot be read: %2")
                   .arg(QDir::toNativeSeparators(path), file.error() != QFile::NoError
                                                            ? file.errorString()
                                                            : tr("not an outbox file")));
        // Keep the unreadable file for the user; the next save writes beside it.
        m_outboxFile = path + QStringLiteral(".new");
        return false;
    }
    for (Outbox::Message message : restored.messages()) {
        const auto pending = ChatModel::Delivery::Pending;
        message.row = message.isBinary
                          ? m_model->appendBinary(ChatModel::Kind::Sent, message.bytes, pending)
                          : m_model->appendText(ChatModel::Kind::Sent, message.text, pending);
        m_outbox.add(std::move(message));
    }
    if (!restored.isEmpty()) {
        status(tr("%n unsent message(s) from the last session will be sent once connected", nullptr,
                  int(restored.messages().size())));
        flushOutbox();
        Q_EMIT outboxChanged(outboxCount());
    }
    return true;
}

void ChatSession::outboxModified()
{
    Q_EMIT outboxChanged(outboxCount());
    if (m_outboxFile.isEmpty() || m_saveQueued)
        return;
    m_saveQueued = true;
    QMetaObject::invokeMethod(this, &ChatSession::saveOutbox, Qt::QueuedConnection);
}

void ChatSession::saveOutbox()
{
    m_saveQueued = false;
    if (m_outboxFile.isEmpty())
        return;
    if (m_outbox.isEmpty()) {
        QFile::remove(m_outboxFile);
        return;
    }
    QDir().mkpath(QFileInfo(m_outboxFile).absolutePath());
    QSaveFile file(m_outboxFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_outbox.toJson()) < 0 || !file.commit()) {
        qCWarning(lcTransport, "cannot save the outbox to %s: %s", qUtf8Printable(m_outboxFile),
                  qUtf8Printable(file.errorString()));
    }
}

void ChatSession::status(const QString &text)
{
    m_model->appendStatus(text);
}

} // namespace Banter
