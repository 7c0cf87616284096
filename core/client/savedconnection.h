// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <banter/connectoptions.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Banter {

// A connection the user keeps under a name: its URL, its options and the user name of a login,
// without any secret. Passwords, key passphrases and the values of the headers that carry
// credentials (Authorization, Proxy-Authorization, Cookie) are never part of it: they are asked
// for (Options…) in each session. Written as JSON (docs/CONNECTIONS.md) for banter.conf and
// for export.
class BANTERCLIENT_EXPORT SavedConnection
{
    Q_DECLARE_TR_FUNCTIONS(Banter::SavedConnection)

public:
    QString name;
    QUrl url; // without a password
    ConnectOptions options;
    QString userName;

    // A saved connection of what is connected now: url and options, less their secrets.
    // *leftOut, when given, names what was left out ("the Authorization header", ...).
    static SavedConnection of(const QString &name, const QUrl &url, const ConnectOptions &options,
                              const QString &userName, QStringList *leftOut = nullptr);
    // Whether a request header carries credentials (and so is never saved).
    static bool isSecretHeader(const QByteArray &name);

    QJsonObject toJson() const;
    // nullopt, with *error in words, when object is not a connection Banter can open.
    static std::optional<SavedConnection> fromJson(const QJsonObject &object, QString *error);

    // Why it cannot be kept, in words (no name, no URL a transport could take, options that
    // cannot be sent); empty when it can.
    QString problem() const;

    bool operator==(const SavedConnection &other) const
    {
        return name == other.name && url == other.url && options == other.options &&
               userName == other.userName;
    }
};

} // namespace Banter
