// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"
#include <banter/connection.h>
#include "chatmodel.h"
#include "chatroomclient.h"
#include "connectionsupervisor.h"
#include "outbox.h"
#include "truststore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Banter {

class ChatModel;
class PluginRegistry;

// One chat: owns the current Connection, picks its transport from the URL scheme and writes every
// event into the ChatModel. It keeps the connection alive (ConnectionSupervisor: open timeout,
// heartbeat, reconnect with backoff) and never drops a typed message: the Outbox holds it until
// the server has confirmed it, across reconnects and, with an outbox file, across restarts.
class BANTERCLIENT_EXPORT ChatSession : public QObject
{
    Q_OBJECT

public:
    using Settings = ConnectionSupervisor::Settings;

    ChatSession(PluginRegistry *registry, ChatModel *model, QObject *parent = nullptr);
    ~ChatSession() override;

    Settings settings() const { return m_supervisor.settings(); }
    void setSettings(const Settings &settings) { m_supervisor.setSettings(settings); }
    // For tests: the reconnect delays' random source, numbers in [0, 1).
    void setRandomSource(std::function<double()> random);

    QUrl url() const { return m_url; }
    Connection::State state() const;
    // Closed, but a reconnect is scheduled.
    bool isReconnectPending() const { return m_supervisor.isReconnectPending(); }
    int msecsUntilReconnect() const { return m_supervisor.msecsUntilReconnect(); }
    // How the last connection closed: its close code (0 when there is none) and reason.
    int closeCode() const { return m_connection ? m_connection->closeCode() : 0; }
    QString closeReason() const { return m_connection ? m_connection->closeReason() : QString(); }
    // Messages typed and not yet confirmed by the server.
    int outboxCount() const { return m_outbox.pendingCount() + m_outbox.inFlightCount(); }

    // Connects to url, replacing any current connection, and keeps it connected until close(),
    // sending options with every (re)connection. Returns false, with a status line in words,
    // when the URL is malformed, no transport handles its scheme or the options are invalid.
    bool open(const QUrl &url, const ConnectOptions &options = ConnectOptions());
    ConnectOptions connectOptions() const { return m_options; }
    // Stops retrying and closes the connection.
    void close();
    // Skips the wait before the next attempt.
    void reconnectNow();

    // Shows the message at once as a '>' row and sends it, or keeps it pending until the
    // connection opens. Returns false, keeping nothing, when there is no connection to wait for
    // (no URL given yet, or its scheme has no transport): the caller keeps the text.
    bool sendText(const QString &text);
    bool sendBinary(const QByteArray &data);
    // Takes back a message that is still pending; false when the row holds none.
    bool cancel(int row);

    // Chat rooms (banter.chat.v1, see ChatRoomClient): offered to every server unless turned
    // off, from the next connection on; a server that does not speak it changes nothing. Turned
    // off, the session is a plain client, also where the user offers banter.chat.v1 itself.
    bool offersChatProtocol() const { return m_offersChatProtocol; }
    void setOffersChatProtocol(bool offers) { m_offersChatProtocol = offers; }
    // The room of the current connection, when the server speaks banter.chat.v1.
    const ChatRoomClient *room() const { return &m_room; }
    // The name to join rooms under (empty: the server picks one); renames at once when joined.
    void setChatName(const QString &name) { m_room.setRequestedName(name); }
    QString chatName() const { return m_room.requestedName(); }

    // The certificates the user trusts although the system does not: every connection accepts
    // those trusted for its host, from now on. Without a store, it accepts none of them.
    void setTrustStore(TrustStore *store);
    TrustStore *trustStore() const { return m_trustStore; }

    // Keeps the outbox in this file (created when needed), and restores what it holds now as
    // pending rows. Returns false, with a status line, when the file exists but cannot be read.
    bool setOutboxFile(const QString &path);
    QString outboxFile() const { return m_outboxFile; }

    // "1001 going away: server shutting down"
    static QString describeClose(int code, const QString &reason);

Q_SIGNALS:
    void stateChanged(Banter::Connection::State state);
    void urlChanged(const QUrl &url);
    void reconnectScheduled(int attempt, qint64 delayMs);
    void roundTripMeasured(qint64 milliseconds);
    // The message of row went out on the connection (a message of the user's, not a room's
    // control text), or a message of the server's arrived as row: what EchoCorrelator pairs.
    // text for a text message, bytes for a binary one.
    void messageWritten(int row, const QString &text, const QByteArray &bytes, bool isBinary);
    void messageReceived(int row, const QString &text, const QByteArray &bytes, bool isBinary);
    // Joined, left, or who is there changed (room()).
    void roomChanged();
    void outboxChanged(int count);
    // The server's certificate was refused: the session says so in a status line and does not
    // retry, since the next attempt would meet the same certificate. Trusting it in the trust
    // store and reconnectNow() try again.
    void certificateRejected(const Banter::CertificateProblem &problem);

private:
    bool send(Outbox::Message &&message);
    void flushOutbox();
    // Once this turn of the event loop is over: a ping behind what it sent (see flushOutbox()).
    void schedulePing();
    void pingBehindSent();
    void onStateChanged(Connection::State state);
    void onAcknowledged(quint64 sequence, qint64 roundTripMs);
    void onCertificateRejected(const CertificateProblem &problem);
    void updateTrustedCertificates();
    void outboxModified();
    void saveOutbox();
    void status(const QString &text);
    void onTextReceived(const QString &text);
    void attachAttributes(int row);
    void appendRoomMessage(ChatModel::Entry entry, qint64 time, bool isHistory);
    void connectRoom();

    PluginRegistry *m_registry;
    ChatModel *m_model;
    ConnectionSupervisor m_supervisor;
    QPointer<Connection> m_connection;
    QPointer<TrustStore> m_trustStore;
    QUrl m_url;
    ConnectOptions m_options;
    Outbox m_outbox;
    ChatRoomClient m_room;
    // Rows of our messages sent in a chat room whose copy from the room has not come yet, by
    // outbox id.
    QHash<quint64, int> m_rowsAwaitingCopy;
    QVariantMap m_receivedAttributes; // told for the message the connection delivers next
    bool m_offersChatProtocol = true;
    QString m_outboxFile;
    Connection::State m_lastState = Connection::State::Closed;
    // An automatic retry that has not opened yet: its error and close are not lines of their own.
    bool m_quietAttempt = false;
    QString m_attemptError;
    bool m_saveQueued = false;
    bool m_pingScheduled = false;
};

} // namespace Banter
