// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/connectoptions.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Banter {

struct Credentials;

// The secrets of a connection that SavedConnection leaves out: the password (of the URL or the
// login), the proxy's password, the client key's passphrase, and the values of the headers that
// carry credentials (SavedConnection::isSecretHeader()). They go to the desktop's keyring as one
// JSON document, never into banter.conf.
struct ConnectionSecrets
{
    Q_DECLARE_TR_FUNCTIONS(Banter::ConnectionSecrets)

public:
    QString password;
    QString proxyPassword;
    QByteArray keyPassphrase;
    QList<ConnectOptions::Header> headers;

    // Those of what the URL bar holds: its URL (whose password counts when the login has none),
    // options and login.
    static ConnectionSecrets of(const QUrl &url, const ConnectOptions &options,
                                const Credentials &credentials);
    bool isEmpty() const;
    // What they are, in words: "the password, the Authorization header".
    QStringList names() const;
    // Gives them back to the options and the login of a saved connection opened.
    void applyTo(ConnectOptions *options, Credentials *credentials) const;

    QByteArray toJson() const;
    // Empty secrets for data that is not such a document.
    static ConnectionSecrets fromJson(const QByteArray &data);
};

} // namespace Banter
