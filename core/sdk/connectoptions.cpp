// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/connectoptions.h>

#include <banter/tlsidentity.h>

#include <QUrl>

#include <algorithm>

namespace Banter {

namespace {

// RFC 9110, section 5.6.2: token = 1*tchar.
bool isToken(QByteArrayView name)
{
    static constexpr char extra[] = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::find(std::begin(extra), std::end(extra) - 1, c) != std::end(extra) - 1;
    });
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f;
    });
}

} // namespace

QString ConnectOptions::problem() const
{
    // Set by the opening handshake itself; a second copy would make the request ambiguous.
    static const QByteArrayList handshakeHeaders = {"host",
                                                    "upgrade",
                                                    "connection",
                                                    "sec-websocket-key",
                                                    "sec-websocket-version",
                                                    "sec-websocket-extensions",
                                                    "sec-websocket-accept"};
    for (const Header &header : headers) {
        const QString name = QString::fromLatin1(header.first);
        if (!isToken(header.first))
            return tr("\"%1\" is not a header name: use letters, digits and !#$%&'*+-.^_`|~")
                .arg(name);
        const QByteArray lower = header.first.toLower();
        if (handshakeHeaders.contains(lower))
            return tr("the handshake sets the %1 header itself").arg(name);
        if (lower == "origin")
            return tr("give the origin as the origin option, not as a header");
        if (lower == "sec-websocket-protocol")
            return tr("give the subprotocols as the subprotocol option, not as a header");
        if (hasControlCharacter(QString::fromUtf8(header.second)))
            return tr("the value of the %1 header holds a line break or another control "
                      "character")
                .arg(name);
    }
    for (const QString &subprotocol : subprotocols) {
        if (!isToken(subprotocol.toUtf8()))
            return tr("\"%1\" is not a subprotocol name: use letters, digits and "
                      "!#$%&'*+-.^_`|~")
                .arg(subprotocol);
    }
    if (hasControlCharacter(origin) || origin.contains(QLatin1Char(' ')))
        return tr("the origin \"%1\" holds a space, a line break or another control character")
            .arg(origin);
    if (receiveBuffer != 0 &&
        (receiveBuffer < minReceiveBuffer || receiveBuffer > maxReceiveBuffer))
        return tr("a receive buffer of %1 bytes: give 0 (automatic) or %2 KiB to %3 MiB")
            .arg(receiveBuffer)
            .arg(minReceiveBuffer / 1024)
            .arg(maxReceiveBuffer / (1024 * 1024));
    if (clientCertificate.isEmpty() && !clientKey.isEmpty())
        return tr("the private key %1 needs its client certificate").arg(clientKey);
    if (clientCertificate.isEmpty() && !clientPassphrase.isEmpty())
        return tr("a passphrase needs a client certificate or key to open");
    if (!proxy.isEmpty() && proxy != QLatin1String("direct")) {
        const QUrl url(proxy, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("socks5")) ||
            url.host().isEmpty() || url.port() <= 0 || !url.password().isEmpty() ||
            (!url.path().isEmpty() && url.path() != QLatin1String("/")))
            return tr("the proxy \"%1\" is not one: give direct, http://host:port or "
                      "socks5://host:port (a user may come before the host, the password goes "
                      "apart)")
                .arg(QUrl(proxy).toString(QUrl::RemovePassword));
    }
    if (!proxyPassword.isEmpty() && QUrl(proxy).userName().isEmpty())
        return tr("a proxy password needs a proxy URL with a user, such as "
                  "socks5://user@host:1080");
    return QString();
}

TlsIdentity ConnectOptions::clientIdentity() const
{
    return TlsIdentity::load(clientCertificate, clientKey, clientPassphrase);
}

QNetworkProxy ConnectOptions::networkProxy() const
{
    if (proxy.isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    if (proxy == QLatin1String("direct"))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url(proxy, QUrl::StrictMode);
    return QNetworkProxy(url.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy
                                                                 : QNetworkProxy::HttpProxy,
                         url.host(), quint16(url.port()), url.userName(), proxyPassword);
}

} // namespace Banter
