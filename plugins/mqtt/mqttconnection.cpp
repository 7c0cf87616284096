// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttconnection.h"

#include "mqttreasons.h"

#include <banter/logging.h>

#include <QPointer>
#include <QSocketNotifier>
#include <QStringDecoder>

#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <banter/tlsidentity.h>

#include <openssl/ssl.h>

#include <sys/ioctl.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <mutex>

namespace BanterMqtt {

namespace {

// Unsubscribing from a filter nobody subscribes to is a round trip every broker answers, after
// everything sent before it, and changes nothing.
const char pingFilter[] = "$banter/ping";

void initializeLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

// True when libmosquitto has more to read without waiting: bytes in the socket, or records
// OpenSSL has decrypted already (the socket then may not wake the notifier again).
bool hasMoreToRead(mosquitto *client)
{
    if (auto *ssl = static_cast<SSL *>(mosquitto_ssl_get(client)); ssl && SSL_pending(ssl) > 0)
        return true;
    int available = 0;
    return ::ioctl(mosquitto_socket(client), FIONREAD, &available) == 0 && available > 0;
}

MqttConnection *self(void *object)
{
    return static_cast<MqttConnection *>(object);
}

} // namespace

MqttConnection::MqttConnection(QObject *parent) : Banter::Connection(parent)
{
    initializeLibrary();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MqttConnection::onTick);
}

MqttConnection::~MqttConnection()
{
    teardown();
}

QString MqttConnection::peerAddress() const
{
    if (!m_client)
        return QString();
    return QStringLiteral("%1:%2").arg(m_target.host).arg(m_target.port);
}

void MqttConnection::open(const QUrl &url)
{
    teardown();
    m_tls.reset(); // a certificate refused before is no reason for this attempt to fail
    setUrl(url);
    QString problem;
    m_target = MqttTarget::fromUrl(url, &problem);
    // libmosquitto goes through SOCKS5 proxies only, and reads no proxy settings of the system;
    // another proxy asked for is not ignored.
    if (const QNetworkProxy proxy = connectOptions().networkProxy();
        problem.isEmpty() && proxy.type() == QNetworkProxy::HttpProxy)
        problem = tr("the MQTT transport goes through SOCKS5 proxies only, and %1 is an HTTP "
                     "proxy: use a socks5:// one, or connect direct")
                      .arg(QUrl(connectOptions().proxy).toString(QUrl::RemovePassword));
    if (!problem.isEmpty()) {
        reportError(problem);
        setState(State::Closed);
        return;
    }
    setState(State::Connecting);
    // A clean session keeps its generated id across this connection's reconnects.
    if (m_target.clientId.isEmpty()) {
        if (m_generatedClientId.isEmpty())
            m_generatedClientId = MqttTarget::randomClientId();
        m_target.clientId =
            m_target.cleanSession ? m_generatedClientId : m_target.durableClientId();
    }
    const QByteArray clientId = m_target.clientId.toUtf8();
    m_client = mosquitto_new(clientId.constData(), m_target.cleanSession, this);
    if (!m_client) {
        fail(MqttReasons::failed(errno == ENOMEM ? MOSQ_ERR_NOMEM : MOSQ_ERR_INVAL, errno));
        return;
    }
    mosquitto_int_option(m_client, MOSQ_OPT_PROTOCOL_VERSION,
                         m_target.version == MqttTarget::Version::V5 ? MQTT_PROTOCOL_V5
                                                                     : MQTT_PROTOCOL_V311);
    if (!m_target.userName.isEmpty() || !m_target.password.isEmpty()) {
        const QByteArray user = m_target.userName.toUtf8();
        const QByteArray password = m_target.password.toUtf8();
        mosquitto_username_pw_set(m_client, user.constData(),
                                  m_target.password.isNull() ? nullptr : password.constData());
    }
    if (!useProxy())
        return;
    if (m_target.isTls) {
        if (!m_tls.prepare(m_target.host, m_target.caCertificatesFile, trustedCertificates(),
                           &problem)) {
            fail(problem);
            return;
        }
        if (!connectOptions().clientCertificate.isEmpty() &&
            !m_tls.useIdentity(connectOptions().clientIdentity(), &problem)) {
            fail(problem);
            return;
        }
        // Only this context's settings: libmosquitto would otherwise add its own check, which
        // knows nothing of the certificates the user trusts.
        mosquitto_int_option(m_client, MOSQ_OPT_SSL_CTX_WITH_DEFAULTS, 0);
        mosquitto_void_option(m_client, MOSQ_OPT_SSL_CTX, m_tls.context());
    }
    mosquitto_connect_v5_callback_set(m_client, &MqttConnection::onConnect);
    mosquitto_subscribe_v5_callback_set(m_client, &MqttConnection::onSubscribe);
    mosquitto_message_v5_callback_set(m_client, &MqttConnection::onMessage);
    mosquitto_publish_v5_callback_set(m_client, &MqttConnection::onPublish);
    mosquitto_unsubscribe_v5_callback_set(m_client, &MqttConnection::onUnsubscribe);
    mosquitto_disconnect_v5_callback_set(m_client, &MqttConnection::onDisconnect);

    const QByteArray host = m_target.host.toUtf8();
    if (!check(mosquitto_connect_bind_async(m_client, host.constData(), m_target.port,
                                            m_target.keepAliveSeconds, nullptr)))
        return;
    // Before the handshake completes, so that the window it offers is the one asked for.
    if (const int size = connectOptions().receiveBuffer; size > 0)
        setsockopt(mosquitto_socket(m_client), SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    // Until the TCP connection is made, only writability is watched (see onWritable()).
    m_isTcpConnected = false;
    m_reader = std::make_unique<QSocketNotifier>(mosquitto_socket(m_client), QSocketNotifier::Read);
    m_reader->setEnabled(false);
    connect(m_reader.get(), &QSocketNotifier::activated, this, &MqttConnection::onReadable);
    m_writer =
        std::make_unique<QSocketNotifier>(mosquitto_socket(m_client), QSocketNotifier::Write);
    connect(m_writer.get(), &QSocketNotifier::activated, this, &MqttConnection::onWritable);
    m_tick.start();
    settle();
}

bool MqttConnection::sendText(const QString &message)
{
    return publish(message.toUtf8());
}

bool MqttConnection::sendBinary(const QByteArray &message)
{
    return publish(message);
}

bool MqttConnection::publish(const QByteArray &payload)
{
    if (!isOpen())
        return false;
    if (const QString problem = m_target.sendProblem(); !problem.isEmpty()) {
        reportError(problem);
        return false;
    }
    int mid = 0;
    const QByteArray topic = m_target.publishTopic.toUtf8();
    const int result =
        mosquitto_publish_v5(m_client, &mid, topic.constData(), int(payload.size()),
                             payload.constData(), m_target.qos, m_target.retain, nullptr);
    if (result == MOSQ_ERR_PAYLOAD_SIZE || result == MOSQ_ERR_OVERSIZE_PACKET) {
        reportError(MqttReasons::failed(result, 0));
        return false;
    }
    if (!check(result))
        return false;
    // Done when written (QoS 0), acknowledged (1) or completed (2): onPublish() says which.
    m_unacknowledged.emplace(mid, ++m_published);
    m_unacknowledgedSerials.insert(m_published);
    settle();
    return true;
}

void MqttConnection::close(CloseCode, const QString &)
{
    if (state() == State::Closed || state() == State::Closing)
        return;
    if (state() == State::Connecting) {
        abort();
        return;
    }
    setState(State::Closing);
    if (check(mosquitto_disconnect_v5(m_client, MQTT_RC_NORMAL_DISCONNECTION, nullptr)))
        settle();
}

void MqttConnection::abort()
{
    teardown();
    setState(State::Closed);
}

bool MqttConnection::ping(const QByteArray &payload)
{
    if (!isOpen())
        return false;
    Ping ping;
    ping.payload = payload;
    ping.after = m_published;
    ping.clock.start();
    if (!check(mosquitto_unsubscribe_v5(m_client, &ping.mid, pingFilter, nullptr)))
        return false;
    m_pings.push_back(std::move(ping));
    settle();
    return true;
}

// Callbacks: they only take note (see Event).

void MqttConnection::onConnect(mosquitto *, void *object, int code, int, const mosquitto_property *)
{
    Event event(Event::Kind::Connected);
    event.code = code;
    self(object)->m_isInProxy = false; // the broker answered: what fails now is not the proxy's
    self(object)->m_events.push_back(std::move(event));
}

void MqttConnection::onSubscribe(mosquitto *, void *object, int mid, int count, const int *granted,
                                 const mosquitto_property *)
{
    Event event(Event::Kind::Subscribed);
    event.mid = mid;
    event.code = count > 0 ? granted[0] : 0x80;
    self(object)->m_events.push_back(std::move(event));
}

void MqttConnection::onMessage(mosquitto *, void *object, const mosquitto_message *message,
                               const mosquitto_property *)
{
    Event event(Event::Kind::Message);
    event.topic = QByteArray(message->topic);
    event.payload = QByteArray(static_cast<const char *>(message->payload), message->payloadlen);
    event.qos = message->qos;
    event.retain = message->retain;
    self(object)->m_events.push_back(std::move(event));
}

void MqttConnection::onPublish(mosquitto *, void *object, int mid, int code,
                               const mosquitto_property *)
{
    Event event(Event::Kind::Published);
    event.mid = mid;
    event.code = code;
    self(object)->m_events.push_back(std::move(event));
}

void MqttConnection::onUnsubscribe(mosquitto *, void *object, int mid, const mosquitto_property *)
{
    Event event(Event::Kind::Unsubscribed);
    event.mid = mid;
    self(object)->m_events.push_back(std::move(event));
}

void MqttConnection::onDisconnect(mosquitto *, void *object, int code, const mosquitto_property *)
{
    Event event(Event::Kind::Disconnected);
    event.code = code;
    self(object)->m_lostErrno = errno;
    self(object)->m_events.push_back(std::move(event));
}

void MqttConnection::settle()
{
    if (m_isSettling)
        return; // the outer call goes on with what was added
    m_isSettling = true;
    QPointer<MqttConnection> alive(this);
    while (!m_events.empty()) {
        const Event event = std::move(m_events.front());
        m_events.pop_front();
        handle(event);
        if (!alive)
            return;
    }
    m_isSettling = false;
    if (m_writer)
        m_writer->setEnabled(m_client && wantsToWrite());
}

bool MqttConnection::wantsToWrite() const
{
    if (!m_isTcpConnected)
        return true;
    // While TLS shakes hands, libmosquitto holds the CONNECT packet back and would be woken by a
    // writable socket again and again: only when OpenSSL itself waits for room to write.
    if (auto *ssl = static_cast<SSL *>(mosquitto_ssl_get(m_client));
        ssl && !SSL_is_init_finished(ssl))
        return SSL_want_write(ssl);
    return mosquitto_want_write(m_client);
}

void MqttConnection::handle(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::Connected: {
        if (event.code != 0) {
            fail(MqttReasons::refused(event.code));
            return;
        }
        const QByteArray filter = m_target.filter.toUtf8();
        check(mosquitto_subscribe_v5(m_client, &m_subscribeId, filter.constData(), m_target.qos, 0,
                                     nullptr));
        return;
    }
    case Event::Kind::Subscribed:
        if (event.mid != m_subscribeId || state() != State::Connecting)
            return;
        if (event.code >= 0x80) {
            fail(MqttReasons::subscriptionRefused(m_target.filter, event.code));
            return;
        }
        qCInfo(Banter::lcTransport, "%s: subscribed to %s", qUtf8Printable(peerAddress()),
               qUtf8Printable(m_target.filter));
        setState(State::Open);
        return;
    case Event::Kind::Message:
        received(event);
        return;
    case Event::Kind::Published:
        if (const auto it = m_unacknowledged.lower_bound(event.mid);
            it != m_unacknowledged.end() && it->first == event.mid) {
            m_unacknowledgedSerials.erase(it->second);
            m_unacknowledged.erase(it);
        }
        answerPings();
        return;
    case Event::Kind::Unsubscribed: {
        // From the newest: those not answered yet are few, and the answered ones before them
        // (waiting for acknowledgements) can be many.
        const auto ping = std::find_if(m_pings.rbegin(), m_pings.rend(),
                                       [&event](const Ping &p) { return p.mid == event.mid; });
        if (ping != m_pings.rend())
            ping->isAnswered = true;
        answerPings();
        return;
    }
    case Event::Kind::Disconnected:
        if (state() == State::Closing) {
            teardown();
            setState(State::Closed);
        } else if (state() != State::Closed) {
            fail(m_isInProxy ? proxyFailure(event.code, m_lostErrno)
                             : MqttReasons::lost(event.code, m_lostErrno));
        }
        return;
    }
}

void MqttConnection::received(const Event &event)
{
    QVariantMap attributes;
    attributes.insert(QStringLiteral("topic"), QString::fromUtf8(event.topic));
    attributes.insert(QStringLiteral("qos"), event.qos);
    attributes.insert(QStringLiteral("retain"), event.retain);
    QPointer<MqttConnection> alive(this);
    Q_EMIT attributesReceived(attributes);
    if (!alive)
        return;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(event.payload);
    if (decoder.hasError())
        Q_EMIT binaryReceived(event.payload);
    else
        Q_EMIT textReceived(text);
}

void MqttConnection::answerPings()
{
    // Message ids wrap around: the smallest serial among those not done, not the first id.
    const quint64 oldest =
        m_unacknowledgedSerials.empty() ? m_published + 1 : *m_unacknowledgedSerials.begin();
    QPointer<MqttConnection> alive(this);
    while (!m_pings.empty() && m_pings.front().isAnswered) {
        if (oldest <= m_pings.front().after)
            return;
        const Ping ping = std::move(m_pings.front());
        m_pings.pop_front();
        Q_EMIT pongReceived(quint64(ping.clock.elapsed()), ping.payload);
        if (!alive)
            return;
    }
}

void MqttConnection::onReadable()
{
    if (!m_client)
        return;
    // A burst is read in one go, up to a bound that leaves the event loop its turn.
    for (int i = 0; i < 1024 && m_client; ++i) {
        if (!check(mosquitto_loop_read(m_client, 1)))
            return;
        settle();
        if (!m_client || !hasMoreToRead(m_client))
            break;
    }
}

void MqttConnection::onWritable()
{
    if (!m_client)
        return;
    if (!m_isTcpConnected) {
        // libmosquitto would take a refused connect for a TLS handshake still under way, and
        // wait for it forever: the socket's own error says how the connect ended.
        const int socket = mosquitto_socket(m_client);
        int error = 0;
        socklen_t size = sizeof(error);
        if (::getsockopt(socket, SOL_SOCKET, SO_ERROR, &error, &size) != 0)
            error = errno;
        if (error != 0) {
            fail(MqttReasons::failed(MOSQ_ERR_ERRNO, error));
            return;
        }
        // For mqtts://, OpenSSL wrote its first handshake bytes right after connect() and may
        // have taken the error for itself: a socket without a peer did not connect.
        sockaddr_storage peer{};
        socklen_t peerSize = sizeof(peer);
        if (::getpeername(socket, reinterpret_cast<sockaddr *>(&peer), &peerSize) != 0) {
            fail(MqttReasons::notConnected());
            return;
        }
        m_isTcpConnected = true;
        m_reader->setEnabled(true);
    }
    if (check(mosquitto_loop_write(m_client, 1)))
        settle();
}

void MqttConnection::onTick()
{
    // Keepalive: a PINGREQ when it is time, and a lost connection when its PINGRESP is late.
    if (m_client && check(mosquitto_loop_misc(m_client)))
        settle();
}

bool MqttConnection::check(int result)
{
    if (result == MOSQ_ERR_SUCCESS)
        return true;
    const int savedErrno = errno;
    qCDebug(Banter::lcTransport, "libmosquitto said %d (%s), errno %d", result,
            mosquitto_strerror(result), savedErrno);
    // libmosquitto told the callbacks first when it lost the connection.
    settle();
    if (!m_client || state() == State::Closed)
        return false;
    if (m_isInProxy)
        fail(proxyFailure(result, savedErrno));
    else if (m_target.isTls && state() == State::Connecting && result == MOSQ_ERR_ERRNO &&
             savedErrno == EPROTO)
        // OpenSSL failed on the socket itself: libmosquitto may finish the whole handshake inside
        // its connect call and close the socket before the broker's alert (fail()) is read.
        fail(MqttTls::tr("the broker ended the TLS handshake before the connection was made (a "
                         "broker that wants a client certificate, or refuses the one given, does "
                         "so)"));
    else
        fail(MqttReasons::failed(result, savedErrno));
    return false;
}

QString MqttConnection::proxyFailure(int result, int savedErrno) const
{
    const QNetworkProxy proxy = connectOptions().networkProxy();
    const QString reason = result == MOSQ_ERR_AUTH
                               ? tr("the proxy refused the user name or password")
                               : MqttReasons::lost(result, savedErrno);
    return tr("through the proxy %1:%2: %3").arg(proxy.hostName()).arg(proxy.port()).arg(reason);
}

bool MqttConnection::useProxy()
{
    const QNetworkProxy proxy = connectOptions().networkProxy();
    m_isInProxy = false;
    if (proxy.type() != QNetworkProxy::Socks5Proxy)
        return true;
    const QByteArray host = proxy.hostName().toUtf8();
    const QByteArray user = proxy.user().toUtf8();
    const QByteArray password = proxy.password().toUtf8();
    const int result = mosquitto_socks5_set(m_client, host.constData(), proxy.port(),
                                            user.isEmpty() ? nullptr : user.constData(),
                                            user.isEmpty() ? nullptr : password.constData());
    m_isInProxy = result == MOSQ_ERR_SUCCESS;
    if (m_isInProxy)
        return true;
    fail(proxyFailure(result, errno));
    return false;
}

void MqttConnection::fail(const QString &reason)
{
    // A refused certificate is why the connection ends, whatever libmosquitto made of it.
    // So is the broker's TLS alert (a client certificate it wants, or refuses).
    const bool certificateRefused = m_tls.hasProblem();
    const QString alert = m_tls.alertText();
    const QString words = certificateRefused ? MqttTls::tr("the server's certificate was refused")
                          : alert.isEmpty()  ? reason
                                             : alert;
    qCWarning(Banter::lcTransport, "%s: %s",
              qUtf8Printable(url().toDisplayString(QUrl::RemovePassword)), qUtf8Printable(words));
    const Banter::CertificateProblem problem = m_tls.problem();
    teardown();
    if (certificateRefused)
        reportCertificateProblem(problem);
    reportError(words);
    setState(State::Closed);
}

void MqttConnection::teardown()
{
    m_tick.stop();
    m_reader.reset();
    m_writer.reset();
    if (m_client) {
        mosquitto *client = m_client;
        m_client = nullptr;
        mosquitto_destroy(client);
    }
    m_events.clear();
    m_unacknowledged.clear();
    m_unacknowledgedSerials.clear();
    m_pings.clear();
    m_subscribeId = 0;
}

} // namespace BanterMqtt
