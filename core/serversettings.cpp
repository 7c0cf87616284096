// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettings.h"

#include <QCoreApplication>

namespace Banter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Banter::ServerSettings)
};

} // namespace

QString ServerSettings::validate() const
{
    if (!url.isValid() || url.scheme().isEmpty())
        return Tr::tr("invalid URL %1").arg(url.toString());
    if (maxMessageSize < 1)
        return Tr::tr("the maximum message size must be at least 1 byte");
    if (maxClients < 1)
        return Tr::tr("the maximum number of clients must be at least 1");
    if (outputCap < 1)
        return Tr::tr("the output cap must be at least 1 byte");
    if (handshakeTimeout.count() < 1 || closeTimeout.count() < 1)
        return Tr::tr("the handshake and close timeouts must be positive");
    if (idleTimeout.count() < 0)
        return Tr::tr("the idle timeout cannot be negative");
    if (listenBacklog < 1)
        return Tr::tr("the listen backlog must be at least 1");
    return QString();
}

} // namespace Banter
