// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redisurl.h"
#include "redisvalue.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

class QIODevice;
struct redisReader;

namespace BanterRedis {

// One connection to a Redis server on Qt's event loop: TCP (QTcpSocket), TLS (QSslSocket) or a
// local socket (QLocalSocket). hiredis formats the commands and parses the replies (its reader
// and formatter only: its own event-loop adapters are not used). Commands are pipelined and
// their replies come back in order, each to its callback. After SUBSCRIBE or PSUBSCRIBE, messages
// published on the channels come as pushed().
//
// open() logs in (AUTH with the URL's user and password, SELECT its database) and checks with a
// PING that the server serves us before ready(); commands given before that wait. Whatever goes
// wrong (unreachable, refused login, lost connection, unreadable reply) ends the connection with
// lost() and the reason in words, after every command still waiting got an error reply. It does
// not reconnect by itself.
class RedisConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Connecting, Ready };
    using Callback = std::function<void(const RedisValue &)>;

    explicit RedisConnection(QObject *parent = nullptr);
    ~RedisConnection() override;

    void open(const RedisUrl &url);
    // Closes without lost(); commands still waiting get an error reply.
    void close();
    State state() const { return m_state; }
    RedisUrl url() const { return m_url; }
    // Why the connection ended, empty while it has not.
    QString errorString() const { return m_errorString; }

    // Sends the command (arguments[0] is its name); done, if given, gets its reply. For
    // (P)SUBSCRIBE and (P)UNSUBSCRIBE, give the channels: done gets the confirmation of the last.
    void command(const QList<QByteArray> &arguments, Callback done = {});

Q_SIGNALS:
    void ready();
    void lost(const QString &why);
    // A message published on a channel this connection subscribed to (or matched a pattern).
    void pushed(const QByteArray &channel, const QByteArray &payload);

private:
    struct ReaderDeleter
    {
        void operator()(redisReader *reader) const;
    };

    // Makes socket the connection's device and watches its errors and data.
    template<typename Socket> Socket *adopt(Socket *socket);
    void onConnected();
    void onReadyRead();
    void onDeviceError(const QString &words);
    void fail(const QString &why);
    void tearDown(const QByteArray &replyForWaiting);
    void write(const QList<QByteArray> &arguments, Callback done);
    void dispatch(const RedisValue &value);
    void becomeReady();

    RedisUrl m_url;
    State m_state = State::Closed;
    QString m_errorString;
    QPointer<QIODevice> m_device;
    std::unique_ptr<redisReader, ReaderDeleter> m_reader;
    // One per reply expected, in order; empty ones for replies nobody waits for.
    std::deque<Callback> m_callbacks;
    // Commands given before ready(): sent once the login is through.
    QList<std::pair<QList<QByteArray>, Callback>> m_waiting;
    bool m_isSubscribed = false;
};

} // namespace BanterRedis
