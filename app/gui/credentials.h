// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Banter {

// The user name and password of Connection → Options, for URLs that carry none of their own (an
// MQTT broker's login). Kept in memory while Banter runs: the password is never written to disk.
struct Credentials
{
    QString userName;
    QString password;

    bool isEmpty() const { return userName.isEmpty() && password.isEmpty(); }
    // url with these credentials as its user info, unless it has a user name of its own (then
    // the URL's user info wins, as typed).
    QUrl appliedTo(const QUrl &url) const;
};

} // namespace Banter
