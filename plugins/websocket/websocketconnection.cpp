// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketconnection.h"

#include "acceptedsocket.h"
#include "leantcpsocket.h"
#include "websocketlimits.h"

#include <banter/logging.h>
#include <banter/tlsalert.h>
#include <banter/tlsidentity.h>

#include <QChildEvent>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace BanterWs {

using Banter::lcTransport;

namespace {

constexpr QLatin1StringView serverFrameFormat("websocket-server");

// One unmasked frame (RFC 6455, section 5.2) holding the whole message.
QByteArray serverFrame(const Banter::SharedMessage &message)
{
    const QByteArray &payload = message.payload();
    const quint64 size = quint64(payload.size());
    QByteArray frame;
    frame.reserve(payload.size() + 10);
    frame.append(char(0x80 | (message.isText() ? 0x1 : 0x2)));
    if (size < 126) {
        frame.append(char(size));
    } else if (size <= 0xffff) {
        frame.append(char(126));
        frame.append(char(size >> 8));
        frame.append(char(size & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((size >> shift) & 0xff));
    }
    frame.append(payload);
    return frame;
}

} // namespace

WebSocketConnection::WebSocketConnection(QObject *parent)
    : Banter::Connection(parent), m_socket(createClientSocket(QString()))
{
    attach();
}

WebSocketConnection::WebSocketConnection(QWebSocket *acceptedSocket, AcceptedSocket *tcpSide,
                                         const QUrl &url, QObject *parent)
    : Banter::Connection(parent), m_socket(acceptedSocket), m_tcpSide(tcpSide)
{
    m_socket->setParent(this);
    setUrl(url);
    attach();
    onSocketStateChanged(m_socket->state());
}

WebSocketConnection::~WebSocketConnection()
{
    // No signals from a socket that is half torn down.
    if (m_socket)
        m_socket->disconnect(this);
}

QWebSocket *WebSocketConnection::createClientSocket(const QString &origin)
{
    auto *socket = new QWebSocket(origin, QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(WebSocketLimits::clientMaxMessageSize);
    socket->setMaxAllowedIncomingFrameSize(WebSocketLimits::clientMaxMessageSize);
    // Only a client checks certificates: a server's TLS is done before its sockets get here.
    connect(socket, &QWebSocket::sslErrors, this, &WebSocketConnection::onSslErrors);
    return socket;
}

void WebSocketConnection::attach()
{
    m_socket->setOutgoingFrameSize(WebSocketLimits::outgoingFrameSize);
    connect(m_socket, &QWebSocket::stateChanged, this, &WebSocketConnection::onSocketStateChanged);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketConnection::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &Connection::textReceived);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Connection::binaryReceived);
    // A close code exists only once a closing handshake took place, which needs an open
    // connection: the socket's own default (1000) would tell a refused, failed or dropped
    // connection as a normal close.
    connect(m_socket, &QWebSocket::aboutToClose, this, &WebSocketConnection::onAboutToClose);
    connect(m_socket, &QWebSocket::pong, this, &Connection::pongReceived);
}

void WebSocketConnection::open(const QUrl &url)
{
    setUrl(url);
    const Banter::ConnectOptions options = connectOptions();
    if (m_socket->origin() != options.origin) {
        // Opened only while closed: the old socket has nothing left to say.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = createClientSocket(options.origin);
        attach();
    }
    if (!applyClientCertificate(options))
        return;
    m_socket->setProxy(options.networkProxy());
    QNetworkRequest request(url);
    for (const Banter::ConnectOptions::Header &header : options.headers)
        request.setRawHeader(header.first, header.second);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols(options.subprotocols);
    // QWebSocket keeps the errors it was told to ignore for every later open: a certificate
    // accepted on an earlier attempt must be trusted again (it may have been revoked since).
    m_socket->ignoreSslErrors(QList<QSslError>());
    m_hasServerProblem = false;
    // QWebSocket makes its TCP socket in open() and connects its own reader to it right away,
    // which reads and handles everything that comes: the watcher's and the pacer's first readers
    // are connected as the socket is made (eventFilter()), and so run before it.
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_pacer->deleteLater();
    }
    m_watcher = new ServerWatcher(WebSocketLimits::clientReadSlice, this);
    m_pacer =
        new ReadPacer(WebSocketLimits::pacedReadSize,
                      {WebSocketLimits::shortestReadHold, WebSocketLimits::longestReadHold}, this);
    connect(m_watcher, &ServerWatcher::problemFound, this, &WebSocketConnection::onServerProblem);
    m_socket->installEventFilter(this);
    m_socket->open(request, handshake);
    m_socket->removeEventFilter(this);
    watchClientSocket();
}

bool WebSocketConnection::applyClientCertificate(const Banter::ConnectOptions &options)
{
    // Set for every open, so that one made without a certificate shows none.
    QSslConfiguration tls = m_socket->sslConfiguration();
    m_hasClientCertificate = !options.clientCertificate.isEmpty();
    tls.setLocalCertificateChain({});
    tls.setPrivateKey(QSslKey());
    if (m_hasClientCertificate) {
        const Banter::TlsIdentity identity = options.clientIdentity();
        if (!identity.isValid()) {
            // An attempt that failed before it reached the network, like any other that failed.
            setState(State::Connecting);
            reportError(
                tr("the client certificate cannot be used: %1").arg(identity.errorString()));
            setState(State::Closed);
            return false;
        }
        tls.setLocalCertificateChain(identity.chain());
        tls.setPrivateKey(identity.privateKey());
    }
    m_socket->setSslConfiguration(tls);
    return true;
}

bool WebSocketConnection::eventFilter(QObject *watched, QEvent *event)
{
    // Only while open() runs; the socket is the only child it makes.
    if (watched == m_socket && event->type() == QEvent::ChildAdded && m_watcher) {
        QObject *child = static_cast<QChildEvent *>(event)->child();
        m_watcher->connectFirst(child);
        m_pacer->connectFirst(child);
    }
    return Banter::Connection::eventFilter(watched, event);
}

void WebSocketConnection::watchClientSocket()
{
    // QWebSocket::open() has just made the TCP socket (a QSslSocket for wss://), as its newest
    // child: one it replaced may still be waiting for its deleteLater().
    const QList<QTcpSocket *> sockets =
        m_socket->findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    if (sockets.isEmpty())
        return;
    QTcpSocket *tcp = sockets.last();
    if (!m_watcher->watch(tcp))
        qCWarning(lcTransport, "cannot watch what %s sends",
                  qUtf8Printable(url().toString(QUrl::RemovePassword)));
    m_pacer->watch(tcp);
    // The TLS alert a server ends the handshake with says why (it wants a client certificate,
    // it refuses the one shown), where the socket only sees the connection closed.
    m_alert.reset();
    m_isEncrypted = false;
    if (auto *tls = qobject_cast<QSslSocket *>(tcp)) {
        connect(tls, &QSslSocket::alertReceived, this,
                [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
                    qCDebug(lcTransport, "TLS alert: level %d, type %d: %s", int(level), int(type),
                            qUtf8Printable(description));
                    if (level == QSsl::AlertLevel::Fatal)
                        m_alert = {type, description};
                });
        connect(tls, &QSslSocket::encrypted, this, [this] { m_isEncrypted = true; });
    }
    const int receiveBuffer = connectOptions().receiveBuffer;
    if (receiveBuffer <= 0)
        return;
    // Only a connected socket has a descriptor to set it on; the server sends nothing before
    // the handshake request, which QWebSocket writes when it sees the same signal.
    connect(tcp, &QAbstractSocket::connected, tcp, [tcp, receiveBuffer] {
        tcp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBuffer);
    });
}

bool WebSocketConnection::sendText(const QString &message)
{
    if (!isOpen() || !wake())
        return false;
    m_socket->sendTextMessage(message);
    return true;
}

bool WebSocketConnection::sendBinary(const QByteArray &message)
{
    if (!isOpen() || !wake())
        return false;
    m_socket->sendBinaryMessage(message);
    return true;
}

bool WebSocketConnection::sendShared(const Banter::SharedMessage &message)
{
    if (!m_tcpSide)
        return Connection::sendShared(message);
    if (!isOpen() || !wake() || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    QTcpSocket *socket = m_tcpSide->socket();
    if (!socket)
        return false;
    QByteArray frame = message.wireForm(serverFrameFormat);
    if (frame.isEmpty()) {
        frame = serverFrame(message);
        message.setWireForm(serverFrameFormat, frame);
    }
    // QWebSocket writes each of its own frames to this socket whole, at once: a frame written
    // here falls between two of them, never inside one. A ws:// client's socket sends a room
    // message that comes alone at once (LeanTcpSocket::writeNow()).
    if (auto *lean = qobject_cast<LeanTcpSocket *>(socket))
        lean->writeNow(frame);
    else
        socket->write(frame);
    return true;
}

void WebSocketConnection::close(CloseCode code, const QString &reason)
{
    if (wake())
        m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void WebSocketConnection::abort()
{
    if (m_tcpSide)
        m_tcpSide->abort();
    else if (m_socket)
        m_socket->abort();
}

bool WebSocketConnection::ping(const QByteArray &payload)
{
    if (!isOpen() || !wake())
        return false;
    m_socket->ping(payload);
    return true;
}

qint64 WebSocketConnection::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool WebSocketConnection::wake()
{
    if (m_tcpSide) {
        m_tcpSide->markActive();
        if (!m_socket)
            m_tcpSide->unpark();
    }
    return m_socket != nullptr;
}

bool WebSocketConnection::canSuspend() const
{
    // That nothing is left unsent is for the caller to see on the TCP socket.
    return m_socket && state() == State::Open;
}

void WebSocketConnection::suspend()
{
    m_socket->disconnect(this);
    delete m_socket;
    m_socket = nullptr;
}

void WebSocketConnection::resume(QWebSocket *socket)
{
    m_socket = socket;
    m_socket->setParent(this);
    attach();
}

void WebSocketConnection::lostWhileSuspended()
{
    setState(State::Closed);
}

QString WebSocketConnection::peerAddress() const
{
    if (m_tcpSide)
        return m_tcpSide->peerName();
    if (!m_socket || m_socket->peerAddress().isNull())
        return QString();
    return AcceptedSocket::addressName(m_socket->peerAddress(), m_socket->peerPort());
}

void WebSocketConnection::onSocketStateChanged(QAbstractSocket::SocketState state)
{
    if (state == QAbstractSocket::ConnectedState)
        m_subprotocol = m_socket->subprotocol();
    setSocketState(state);
}

void WebSocketConnection::onAboutToClose()
{
    if (state() != State::Open && state() != State::Closing)
        return;
    int code = m_socket->closeCode();
    QString reason = m_socket->closeReason();
    // Qt answers a close code that is not valid with 1002 and a reason of its own: say what the
    // server sent instead. Qt 6.4 also takes 1012 to 1014 (registered since RFC 6455) as invalid.
    const int sent = m_watcher ? m_watcher->closeCode() : -1;
    if (sent > 0 && sent != code && code == int(CloseCode::ProtocolError)) {
        const bool isValid = (sent >= 1000 && sent <= 1003) || (sent >= 1007 && sent <= 1014) ||
                             (sent >= 3000 && sent <= 4999);
        code = isValid ? sent : code;
        reason = isValid ? m_watcher->closeReason()
                         : tr("the server sent close code %1, which is invalid").arg(sent);
    } else if (m_hasServerProblem && code == int(CloseCode::ProtocolError)) {
        reason = tr("the server sent a masked frame, which only a client may send");
    }
    setCloseInfo(code, reason);
}

void WebSocketConnection::onServerProblem(ServerWatcher::Problem problem, const QString &detail)
{
    m_hasServerProblem = true;
    switch (problem) {
    case ServerWatcher::Problem::NotUpgraded:
        reportError(tr("the server answered %1 instead of switching to WebSocket (is this a "
                       "WebSocket endpoint?)")
                        .arg(detail));
        break;
    case ServerWatcher::Problem::ResponseTooLarge:
        reportError(tr("the server's handshake response is too large (over %1 KiB)")
                        .arg(WebSocketLimits::maxHandshakeResponseSize / 1024));
        break;
    case ServerWatcher::Problem::MaskedFrame:
        // RFC 6455, 5.1: the client fails the connection, with 1002 once it is open. What the
        // frame carries is never read: Qt reads what came only after this returns, and the
        // socket is closed by then.
        if (state() == State::Open) {
            m_socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                            QStringLiteral("masked frame from the server"));
            return;
        }
        reportError(tr("the server sent a masked frame, which only a client may send"));
        break;
    case ServerWatcher::Problem::TooMuchOwedOutput:
        reportError(tr("the server sends pings but does not read the answers: over %1 MiB "
                       "waiting, connection dropped")
                        .arg(WebSocketLimits::clientMaxOwedOutput / (1024 * 1024)));
        break;
    }
    // Nothing of it for Qt to read, or to report in its own words.
    m_socket->abort();
}

void WebSocketConnection::onSocketError(QAbstractSocket::SocketError error)
{
    qCDebug(lcTransport, "%s: error %d: %s", qUtf8Printable(url().toString(QUrl::RemovePassword)),
            int(error), qUtf8Printable(m_socket->errorString()));
    if (m_hasServerProblem)
        return; // said in words already
    // Qt's handshake errors name its internals: "QWebSocketPrivate::processHandshake: ...".
    QString text = m_socket->errorString();
    if (const qsizetype colon = text.indexOf(QLatin1String(": "));
        colon > 0 && text.startsWith(QLatin1String("QWebSocketPrivate::"))) {
        text = text.mid(colon + 2);
    }
    if (error == QAbstractSocket::SslInvalidUserDataError && m_hasClientCertificate) {
        // OpenSSL's words for a key that is not the certificate's: "Private key does not
        // certify public key, ... key values mismatch".
        text = tr("the client certificate cannot be used: %1").arg(text);
    } else if (m_alert) {
        text = Banter::TlsAlert::describe(int(m_alert->type), m_alert->description,
                                          m_hasClientCertificate);
    } else if (isProxyError(error)) {
        const QNetworkProxy proxy = m_socket->proxy();
        text = tr("through the proxy %1:%2: %3").arg(proxy.hostName()).arg(proxy.port()).arg(text);
    } else if (error == QAbstractSocket::RemoteHostClosedError && m_isEncrypted &&
               state() == State::Connecting) {
        // A server whose TLS library checks client certificates after the handshake (Qt's
        // does) closes without an alert.
        text = m_hasClientCertificate
                   ? tr("the server closed the connection right after the TLS handshake: it may "
                        "have refused the client certificate")
                   : tr("the server closed the connection right after the TLS handshake: it may "
                        "want a client certificate (Options…, or --client-cert)");
    }
    reportError(text);
    // Qt 6.4 leaves the TCP connection open after a failed handshake: drop it, once the socket
    // has finished reporting.
    if (state() == State::Connecting)
        QMetaObject::invokeMethod(m_socket, &QWebSocket::abort, Qt::QueuedConnection);
}

bool WebSocketConnection::isProxyError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return true;
    default:
        return false;
    }
}

void WebSocketConnection::onSslErrors(const QList<QSslError> &errors)
{
    // The certificate the errors are about: the server's own, or the authority of its chain
    // that the system does not know. It can be trusted only when they are all about one.
    QSslCertificate certificate;
    bool isOneCertificate = !errors.isEmpty();
    bool canBeTrusted = true;
    Banter::CertificateProblem problem;
    problem.host = url().host();
    for (const QSslError &error : errors) {
        problem.reasons.append(error.errorString());
        if (certificate.isNull())
            certificate = error.certificate();
        if (error.certificate().isNull() || error.certificate() != certificate)
            isOneCertificate = false;
        // Refusals that no trust in a certificate can answer.
        if (error.error() == QSslError::CertificateRevoked ||
            error.error() == QSslError::CertificateBlacklisted ||
            error.error() == QSslError::NoPeerCertificate) {
            canBeTrusted = false;
        }
    }
    problem.setCertificate(certificate);
    problem.canBeTrusted = canBeTrusted && isOneCertificate;

    if (problem.canBeTrusted && trustedCertificates().contains(problem.fingerprint)) {
        // Exactly these errors, each about the certificate the user trusts for this host.
        qCInfo(lcTransport, "%s: accepting the certificate %s, which the user trusts",
               qUtf8Printable(url().toString(QUrl::RemovePassword)),
               problem.fingerprint.toHex().constData());
        m_socket->ignoreSslErrors(errors);
        return;
    }
    qCWarning(lcTransport, "%s: certificate %s refused: %s",
              qUtf8Printable(url().toString(QUrl::RemovePassword)),
              problem.fingerprint.toHex().constData(),
              qUtf8Printable(problem.reasons.join(QLatin1String("; "))));
    reportCertificateProblem(problem);
}

} // namespace BanterWs
