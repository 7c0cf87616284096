// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisconnection.h"

#include <hiredis/hiredis.h>

#include <QLocalSocket>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace BanterRedis {

namespace {

bool isOneOf(const QByteArray &name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void RedisConnection::ReaderDeleter::operator()(redisReader *reader) const
{
    redisReaderFree(reader);
}

RedisConnection::RedisConnection(QObject *parent) : QObject(parent) {}

RedisConnection::~RedisConnection()
{
    tearDown(QByteArrayLiteral("the connection to Redis was closed"));
}

void RedisConnection::open(const RedisUrl &url)
{
    close();
    m_url = url;
    m_errorString.clear();
    m_state = State::Connecting;
    m_reader.reset(redisReaderCreate());
    if (url.kind == RedisUrl::Kind::Unix) {
        auto *socket = adopt(new QLocalSocket(this));
        connect(socket, &QLocalSocket::connected, this, &RedisConnection::onConnected);
        socket->connectToServer(url.socketPath);
        return;
    }
    if (url.kind == RedisUrl::Kind::Tls) {
        auto *socket = adopt(new QSslSocket(this));
        if (!url.caCertificates.isEmpty()) {
            const QList<QSslCertificate> trusted =
                QSslCertificate::fromPath(url.caCertificates, QSsl::Pem);
            if (trusted.isEmpty()) {
                // Said once whoever opened this listens.
                QMetaObject::invokeMethod(
                    this,
                    [this, socket = QPointer<QSslSocket>(socket), path = url.caCertificates] {
                        if (socket && m_device == socket)
                            onDeviceError(
                                QStringLiteral("no certificate to trust in %1 (a PEM file "
                                               "was expected)")
                                    .arg(path));
                    },
                    Qt::QueuedConnection);
                return;
            }
            QSslConfiguration configuration = socket->sslConfiguration();
            configuration.addCaCertificates(trusted);
            socket->setSslConfiguration(configuration);
        }
        connect(socket, &QSslSocket::encrypted, this, &RedisConnection::onConnected);
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList words;
            for (const QSslError &error : errors)
                words.append(error.errorString());
            onDeviceError(QStringLiteral("TLS refused: %1").arg(words.join(QStringLiteral("; "))));
        });
        socket->connectToHostEncrypted(url.host, url.port);
        return;
    }
    auto *socket = adopt(new QTcpSocket(this));
    connect(socket, &QTcpSocket::connected, this, &RedisConnection::onConnected);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->connectToHost(url.host, url.port);
}

template<typename Socket> Socket *RedisConnection::adopt(Socket *socket)
{
    m_device = socket;
    connect(socket, &Socket::errorOccurred, this,
            [this, socket] { onDeviceError(socket->errorString()); });
    connect(socket, &QIODevice::readyRead, this, &RedisConnection::onReadyRead);
    return socket;
}

void RedisConnection::close()
{
    tearDown(QByteArrayLiteral("the connection to Redis was closed"));
}

void RedisConnection::tearDown(const QByteArray &replyForWaiting)
{
    m_state = State::Closed;
    m_isSubscribed = false;
    if (m_device) {
        m_device->disconnect(this);
        m_device->close();
        m_device->deleteLater();
        m_device = nullptr;
    }
    m_reader.reset();
    // Callbacks may give new commands: they go to the next connection, not to these lists.
    std::deque<Callback> callbacks;
    callbacks.swap(m_callbacks);
    QList<std::pair<QList<QByteArray>, Callback>> waiting;
    waiting.swap(m_waiting);
    const RedisValue error = RedisValue::error(replyForWaiting);
    for (const Callback &callback : callbacks) {
        if (callback)
            callback(error);
    }
    for (const auto &command : waiting) {
        if (command.second)
            command.second(error);
    }
}

void RedisConnection::fail(const QString &why)
{
    if (m_state == State::Closed)
        return;
    m_errorString = why;
    tearDown(why.toUtf8());
    Q_EMIT lost(why);
}

void RedisConnection::onDeviceError(const QString &words)
{
    if (m_state == State::Ready)
        fail(QStringLiteral("lost the connection to redis at %1: %2").arg(m_url.place(), words));
    else
        fail(QStringLiteral("redis unreachable at %1: %2").arg(m_url.place(), words));
}

void RedisConnection::onConnected()
{
    const QString place = m_url.place();
    if (!m_url.password.isEmpty()) {
        QList<QByteArray> auth{QByteArrayLiteral("AUTH")};
        if (!m_url.user.isEmpty())
            auth.append(m_url.user.toUtf8());
        auth.append(m_url.password.toUtf8());
        write(auth, [this, place](const RedisValue &reply) {
            if (reply.isError())
                fail(QStringLiteral("redis at %1 refused the login%2: %3")
                         .arg(place,
                              m_url.user.isEmpty() ? QString()
                                                   : QStringLiteral(" of user %1").arg(m_url.user),
                              QString::fromUtf8(reply.string)));
        });
    }
    if (m_url.database != 0) {
        write({QByteArrayLiteral("SELECT"), QByteArray::number(m_url.database)},
              [this, place](const RedisValue &reply) {
                  if (reply.isError())
                      fail(QStringLiteral("redis at %1 has no database %2: %3")
                               .arg(place)
                               .arg(m_url.database)
                               .arg(QString::fromUtf8(reply.string)));
              });
    }
    write({QByteArrayLiteral("PING")}, [this, place](const RedisValue &reply) {
        if (!reply.isError()) {
            becomeReady();
        } else if (reply.string.startsWith("NOAUTH")) {
            fail(QStringLiteral("redis at %1 needs a password: give it in the URL, "
                                "redis://[user]:password@host:port")
                     .arg(place));
        } else {
            fail(QStringLiteral("redis at %1 does not answer: %2")
                     .arg(place, QString::fromUtf8(reply.string)));
        }
    });
}

void RedisConnection::becomeReady()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Ready;
    QList<std::pair<QList<QByteArray>, Callback>> waiting;
    waiting.swap(m_waiting);
    for (auto &command : waiting)
        write(command.first, std::move(command.second));
    Q_EMIT ready();
}

void RedisConnection::command(const QList<QByteArray> &arguments, Callback done)
{
    if (arguments.isEmpty())
        return;
    if (m_state == State::Ready) {
        write(arguments, std::move(done));
    } else if (m_state == State::Connecting) {
        m_waiting.append({arguments, std::move(done)});
    } else if (done) {
        done(RedisValue::error(
            (m_errorString.isEmpty() ? QStringLiteral("not connected to Redis") : m_errorString)
                .toUtf8()));
    }
}

void RedisConnection::write(const QList<QByteArray> &arguments, Callback done)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    char *formatted = nullptr;
    const int length =
        redisFormatCommandArgv(&formatted, int(argv.size()), argv.data(), lengths.data());
    if (length < 0) {
        if (done)
            done(RedisValue::error(QByteArrayLiteral("could not format the command")));
        return;
    }
    m_device->write(formatted, length);
    std::free(formatted);
    // A subscription command has a reply per channel.
    const QByteArray &name = arguments.first();
    const qsizetype replies =
        isOneOf(name, {"SUBSCRIBE", "PSUBSCRIBE", "UNSUBSCRIBE", "PUNSUBSCRIBE"})
            ? std::max<qsizetype>(arguments.size() - 1, 1)
            : 1;
    for (qsizetype i = 1; i < replies; ++i)
        m_callbacks.emplace_back();
    m_callbacks.push_back(std::move(done));
}

void RedisConnection::onReadyRead()
{
    if (!m_device || !m_reader)
        return;
    const QByteArray data = m_device->readAll();
    redisReader *reader = m_reader.get();
    if (redisReaderFeed(reader, data.constData(), size_t(data.size())) != REDIS_OK) {
        fail(QStringLiteral("redis at %1 sent what cannot be read: %2")
                 .arg(m_url.place(), QString::fromUtf8(reader->errstr)));
        return;
    }
    const QPointer<RedisConnection> self(this);
    for (;;) {
        void *reply = nullptr;
        if (redisReaderGetReply(reader, &reply) != REDIS_OK) {
            fail(QStringLiteral("redis at %1 sent what cannot be read: %2")
                     .arg(m_url.place(), QString::fromUtf8(reader->errstr)));
            return;
        }
        if (!reply)
            return;
        const RedisValue value = RedisValue::fromReply(static_cast<redisReply *>(reply));
        freeReplyObject(reply);
        dispatch(value);
        // A callback may have closed, reopened or deleted this connection.
        if (!self || m_reader.get() != reader)
            return;
    }
}

void RedisConnection::dispatch(const RedisValue &value)
{
    if (m_isSubscribed && value.type == RedisValue::Type::Array && !value.elements.isEmpty()) {
        const QByteArray &kind = value.elements.first().string;
        if (kind == "message" && value.elements.size() == 3) {
            Q_EMIT pushed(value.elements.at(1).string, value.elements.at(2).string);
            return;
        }
        if (kind == "pmessage" && value.elements.size() == 4) {
            Q_EMIT pushed(value.elements.at(2).string, value.elements.at(3).string);
            return;
        }
    }
    if (value.type == RedisValue::Type::Array && value.elements.size() == 3 &&
        isOneOf(value.elements.first().string,
                {"subscribe", "psubscribe", "unsubscribe", "punsubscribe"})) {
        m_isSubscribed = value.elements.at(2).integer > 0;
    }
    if (m_callbacks.empty()) {
        fail(QStringLiteral("redis at %1 sent a reply nobody asked for").arg(m_url.place()));
        return;
    }
    const Callback callback = std::move(m_callbacks.front());
    m_callbacks.pop_front();
    if (callback)
        callback(value);
}

} // namespace BanterRedis
