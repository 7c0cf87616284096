// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>
#include <banter/certificateproblem.h>
#include <banter/connectoptions.h>
#include <banter/sharedmessage.h>

#include <QAbstractSocket>
#include <QObject>
#include <QUrl>
#include <QVariantMap>

namespace Banter {

// One bidirectional message channel. A client opens it with a URL; a Listener hands it over
// already open. Implementations report every change through setState() and reportError().
class BANTERCORE_EXPORT Connection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { Closed, Connecting, Open, Closing };
    Q_ENUM(State)

    // The close codes of RFC 6455, section 7.4.1, that Banter sends or explains.
    enum class CloseCode {
        Normal = 1000,
        GoingAway = 1001,
        ProtocolError = 1002,
        UnsupportedData = 1003,
        NoStatus = 1005,
        Abnormal = 1006,
        InvalidPayload = 1007,
        PolicyViolated = 1008,
        MessageTooBig = 1009,
        MissingExtension = 1010,
        InternalError = 1011,
        TryAgainLater = 1013,
    };
    Q_ENUM(CloseCode)

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    QUrl url() const { return m_url; }
    QString errorString() const { return m_errorString; }
    // What the peer said when it closed the connection: code 0 when it said nothing.
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }

    // What open() sends besides the URL: request headers, subprotocols, origin. A transport
    // reads them in open(); one that has no such things ignores them.
    void setConnectOptions(const ConnectOptions &options) { m_connectOptions = options; }
    ConnectOptions connectOptions() const { return m_connectOptions; }

    // Certificates to accept although the system does not trust them: SHA-256 fingerprints the
    // user trusts for the host of the URL opened next (a TrustStore's). A transport accepts a
    // refused certificate only when its fingerprint is one of these, and otherwise reports it
    // with certificateRejected(); one that has no certificates ignores them.
    void setTrustedCertificates(const QList<QByteArray> &fingerprints)
    {
        m_trustedCertificates = fingerprints;
    }
    QList<QByteArray> trustedCertificates() const { return m_trustedCertificates; }

    virtual void open(const QUrl &url) = 0;
    // Both return false when the message cannot be handed to the transport (not open).
    virtual bool sendText(const QString &message) = 0;
    virtual bool sendBinary(const QByteArray &message) = 0;
    // The same for a message that goes to many connections: a transport may frame it once and
    // hand the same bytes to each of them (see SharedMessage). The default sends it with
    // sendText() or sendBinary().
    virtual bool sendShared(const SharedMessage &message);
    virtual void close(CloseCode code = CloseCode::Normal, const QString &reason = QString()) = 0;
    // Drops the connection at once, without a closing handshake.
    virtual void abort() = 0;
    // Asks the peer for a sign of life; pongReceived() answers. Returns false when the transport
    // has no such thing or the connection is not open.
    virtual bool ping(const QByteArray &payload = QByteArray()) = 0;
    // Bytes handed to the connection that have not been written to the network yet.
    virtual qint64 bytesToWrite() const = 0;
    // Who is at the other end, for logs ("127.0.0.1:51234"); empty when the transport cannot say.
    virtual QString peerAddress() const { return QString(); }
    // The subprotocol both ends agreed on in the opening handshake ("banter.chat.v1"); empty
    // when there is none, or the transport has no such thing.
    virtual QString subprotocol() const { return QString(); }

Q_SIGNALS:
    void stateChanged(Banter::Connection::State state);
    void textReceived(const QString &message);
    void binaryReceived(const QByteArray &message);
    void errorOccurred(const QString &errorString);
    void pongReceived(quint64 elapsedMs, const QByteArray &payload);
    // The server's certificate was refused; errorOccurred() and the close follow.
    void certificateRejected(const Banter::CertificateProblem &problem);
    // What the transport knows of the message whose textReceived() or binaryReceived() it emits
    // next, besides its payload, by name: for MQTT "topic", "qos" and "retain"; for others an
    // event name or id. Only transports that have such things emit it, right before the message;
    // the others never do.
    void attributesReceived(const QVariantMap &attributes);
    // Something the user should see in the log that is not an error and changes nothing in the
    // state, in words ("message dropped (injected loss)"). Clients show it as a status line.
    void noticeReported(const QString &text);

protected:
    void setState(State state);
    // For a transport built on a QAbstractSocket (QTcpSocket, QWebSocket): setState() from the
    // socket's state. Bound and listening change nothing.
    void setSocketState(QAbstractSocket::SocketState state);
    void setUrl(const QUrl &url) { m_url = url; }
    void reportError(const QString &errorString);
    void reportNotice(const QString &text) { Q_EMIT noticeReported(text); }
    void setCloseInfo(int code, const QString &reason);
    void reportCertificateProblem(const CertificateProblem &problem);

private:
    QUrl m_url;
    ConnectOptions m_connectOptions;
    QList<QByteArray> m_trustedCertificates;
    QString m_errorString;
    QString m_closeReason;
    int m_closeCode = 0;
    State m_state = State::Closed;
};

} // namespace Banter
