// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtttarget.h"
#include "mqtttls.h"

#include <banter/connection.h>

#include <QElapsedTimer>
#include <QTimer>

#include <deque>
#include <map>
#include <set>
#include <memory>
#include <vector>

struct mosquitto;
struct mosquitto_message;
typedef struct mqtt5__property mosquitto_property;

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace BanterMqtt {

// A client session with an MQTT broker, spoken by libmosquitto on this thread's event loop: its
// socket is watched with QSocketNotifier and its keepalive driven by a timer, so no thread of the
// library's own runs. Open once subscribed to the URL's topic filter; sending publishes to the
// URL's topic. ping() is an UNSUBSCRIBE round trip that is answered only once the broker has also
// acknowledged every message published before it (QoS 1 and 2), which makes it the proof of
// delivery the client's outbox waits for.
class MqttConnection : public Banter::Connection
{
    Q_OBJECT

public:
    explicit MqttConnection(QObject *parent = nullptr);
    ~MqttConnection() override;

    void open(const QUrl &url) override;
    bool sendText(const QString &message) override;
    bool sendBinary(const QByteArray &message) override;
    void close(CloseCode code = CloseCode::Normal, const QString &reason = QString()) override;
    void abort() override;
    bool ping(const QByteArray &payload = QByteArray()) override;
    qint64 bytesToWrite() const override { return 0; }
    QString peerAddress() const override;

private:
    // What libmosquitto's callbacks tell, kept until the call that made them returns: a slot may
    // then close, reopen or delete this connection without pulling the library from under itself.
    struct Event
    {
        enum class Kind { Connected, Subscribed, Message, Published, Unsubscribed, Disconnected };
        explicit Event(Kind what) : kind(what) {}

        Kind kind;
        int code = 0; // reason or result code; errno for a lost connection
        int mid = 0;
        QByteArray topic;
        QByteArray payload;
        int qos = 0;
        bool retain = false;
    };
    struct Ping
    {
        QByteArray payload;
        quint64 after = 0; // the last message published before it
        int mid = 0;
        bool isAnswered = false;
        QElapsedTimer clock;
    };

    static void onConnect(mosquitto *, void *self, int code, int flags, const mosquitto_property *);
    static void onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted,
                            const mosquitto_property *);
    static void onMessage(mosquitto *, void *self, const mosquitto_message *message,
                          const mosquitto_property *);
    static void onPublish(mosquitto *, void *self, int mid, int code, const mosquitto_property *);
    static void onUnsubscribe(mosquitto *, void *self, int mid, const mosquitto_property *);
    static void onDisconnect(mosquitto *, void *self, int code, const mosquitto_property *);

    bool publish(const QByteArray &payload);
    // Runs after every call into libmosquitto: tells what happened, and watches for writing
    // while the library has bytes queued.
    void settle();
    void handle(const Event &event);
    void received(const Event &event);
    void answerPings();
    bool wantsToWrite() const;
    void onReadable();
    void onWritable();
    void onTick();
    // The result of a libmosquitto call; false, ending the connection in words, when it failed.
    bool check(int result);
    // Ends the connection in words: reason, or the refused certificate when TLS refused one.
    // Gives libmosquitto the SOCKS5 proxy of the options, if any; false, failed in words, when
    // it cannot take it.
    bool useProxy();
    // What a failure before the broker answered through a SOCKS5 proxy means, in words.
    QString proxyFailure(int result, int savedErrno) const;
    void fail(const QString &reason);
    void teardown();

    MqttTarget m_target;
    QString m_generatedClientId; // for clean sessions without clientId=, made on the first open
    MqttTls m_tls;
    mosquitto *m_client = nullptr;
    std::unique_ptr<QSocketNotifier> m_reader;
    std::unique_ptr<QSocketNotifier> m_writer;
    QTimer m_tick;
    std::deque<Event> m_events;
    // Message id → serial of each publish not yet done. Ids wrap at 65535, and libmosquitto gives
    // one to each publish it queues, so more than that many waiting share ids: the oldest first.
    std::multimap<int, quint64> m_unacknowledged;
    std::set<quint64> m_unacknowledgedSerials; // the same serials, in order: the oldest first
    std::deque<Ping> m_pings;
    quint64 m_published = 0;
    int m_subscribeId = 0;
    int m_lostErrno = 0;
    bool m_isSettling = false;
    bool m_isTcpConnected = false;
    // Through a SOCKS5 proxy, until the broker answers: a failure then is said as the proxy's.
    bool m_isInProxy = false;
};

} // namespace BanterMqtt
