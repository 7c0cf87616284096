// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>
#include <banter/serversettings.h>

#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace Banter {

class Connection;

// A server endpoint bound to a URL such as ws://127.0.0.1:3000. Port 0 picks a free port;
// url() then tells which. The host "localhost" means every loopback address (IPv4 and IPv6).
class BANTERCORE_EXPORT Listener : public QObject
{
    Q_OBJECT

public:
    enum class Error { NoError, AddressInUse, AddressNotAvailable, UnsupportedUrl, OtherError };
    Q_ENUM(Error)

    explicit Listener(QObject *parent = nullptr);
    ~Listener() override;

    // The limits the transport enforces for every client it accepts from now on (message size,
    // handshake timeout, origins, TLS files for wss://, listen backlog). Set them before
    // listen(); a listener that knows no such thing ignores it.
    void setSettings(const ServerSettings &settings) { m_settings = settings; }
    const ServerSettings &settings() const { return m_settings; }

    // What the service behind the listener serves (Service::serve() sets both). A request for a
    // path that does not match pattern as a whole is refused in the opening handshake (HTTP 404
    // with refusal as its text) by a transport that can; the service closes it otherwise. Any
    // path is served when the pattern is empty.
    void setAcceptedPaths(const QRegularExpression &pattern, const QString &refusal);
    bool isPathAccepted(const QString &path) const;
    QString pathRefusal() const { return m_pathRefusal; }
    // Subprotocols the server may agree to, the most wanted first; a transport without
    // subprotocols ignores them.
    void setSubprotocols(const QStringList &subprotocols) { m_subprotocols = subprotocols; }
    QStringList subprotocols() const { return m_subprotocols; }

    virtual bool listen(const QUrl &url) = 0;
    virtual void close() = 0;
    virtual bool isListening() const = 0;
    // The URL actually served, with the port that was bound.
    virtual QUrl url() const = 0;
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    // The connection is open and parented to the listener; the receiver may take it over.
    void newConnection(Banter::Connection *connection);
    void errorOccurred(const QString &errorString);

protected:
    // For listen() failures, which return false rather than emit.
    void setError(Error error, const QString &errorString);
    // For failures while listening, such as a client that could not be accepted.
    void reportError(const QString &errorString);

private:
    ServerSettings m_settings;
    QRegularExpression m_acceptedPaths;
    QString m_pathRefusal;
    QStringList m_subprotocols;
    QString m_errorString;
    Error m_error = Error::NoError;
};

} // namespace Banter
