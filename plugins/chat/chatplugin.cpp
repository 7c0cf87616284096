// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatplugin.h"

#include "chatservice.h"

namespace BanterChat {

ChatPlugin::ChatPlugin(QObject *parent) : QObject(parent) {}

Banter::Service *ChatPlugin::createService(const QString &name, QObject *parent)
{
    if (name != QLatin1String("chat"))
        return nullptr;
    return new ChatService(parent);
}

} // namespace BanterChat
