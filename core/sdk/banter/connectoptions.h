// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Banter {

class TlsIdentity;

// How a client connects besides the URL: what it sends with its opening handshake (extra request
// headers, the subprotocols it offers, its origin), the size of its socket's receive buffer, and
// the certificate it shows a server that asks for one. A transport that has no such things
// ignores them.
struct BANTERCORE_EXPORT ConnectOptions
{
    using Header = QPair<QByteArray, QByteArray>;

    // The receive buffers a user may ask for, besides 0.
    static constexpr int minReceiveBuffer = 4 * 1024;
    static constexpr int maxReceiveBuffer = 256 * 1024 * 1024;

    QList<Header> headers;    // extra request headers, in order
    QStringList subprotocols; // offered to the server, the most wanted first
    QString origin;           // sent as the Origin header; empty sends none
    // The kernel receive buffer of the connection's socket in bytes (SO_RCVBUF), which bounds
    // what may be on its way to the client: over a long link, throughput is at most this much per
    // round trip. 0 leaves it to the system, which on Linux grows it as the link needs
    // (net.ipv4.tcp_rmem); a size turns that off. Linux caps it at net.core.rmem_max.
    int receiveBuffer = 0;
    // A client certificate for TLS (mutual TLS), read as TlsIdentity reads it: a PEM certificate
    // file with its PEM key file, or a PKCS#12 file alone (no key file). The passphrase opens an
    // encrypted key or PKCS#12 file; it is a secret, which Banter never writes anywhere.
    QString clientCertificate;
    QString clientKey;
    QByteArray clientPassphrase;
    // The proxy to connect through: empty for the system's settings (the application proxy:
    // Banter's programs read http_proxy, https_proxy, all_proxy and no_proxy), "direct" for
    // none, or a URL, http://[user@]host:port (an HTTP proxy, through CONNECT) or
    // socks5://[user@]host:port. Its password is a secret that Banter never writes anywhere.
    QString proxy;
    QString proxyPassword;

    bool isEmpty() const
    {
        return headers.isEmpty() && subprotocols.isEmpty() && origin.isEmpty() &&
               receiveBuffer == 0 && clientCertificate.isEmpty() && clientKey.isEmpty() &&
               clientPassphrase.isEmpty() && proxy.isEmpty() && proxyPassword.isEmpty();
    }

    // proxy as Qt's sockets take it (QAbstractSocket::setProxy()); only meaningful when
    // problem() is empty.
    QNetworkProxy networkProxy() const;
    // The client certificate and key read from their files (TlsIdentity::load()); include
    // <banter/tlsidentity.h> to call it.
    TlsIdentity clientIdentity() const;

    // Why these options cannot be sent, in words; empty when they can. Header and subprotocol
    // names must be HTTP tokens, values must hold no line break or other control character, and
    // the headers the handshake sets itself (Host, Upgrade, Sec-WebSocket-Key, ...) are refused,
    // a receive buffer is 0 or from minReceiveBuffer to maxReceiveBuffer, and a key file or a
    // passphrase needs a certificate file (whether the files can be read is TlsIdentity's to
    // say), and a proxy is empty, "direct" or an http:// or socks5:// URL with a host and a port.
    QString problem() const;

    friend bool operator==(const ConnectOptions &a, const ConnectOptions &b)
    {
        return a.headers == b.headers && a.subprotocols == b.subprotocols && a.origin == b.origin &&
               a.receiveBuffer == b.receiveBuffer && a.clientCertificate == b.clientCertificate &&
               a.clientKey == b.clientKey && a.clientPassphrase == b.clientPassphrase &&
               a.proxy == b.proxy && a.proxyPassword == b.proxyPassword;
    }
    friend bool operator!=(const ConnectOptions &a, const ConnectOptions &b) { return !(a == b); }

    Q_DECLARE_TR_FUNCTIONS(Banter::ConnectOptions)
};

} // namespace Banter
