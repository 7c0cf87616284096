// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "echoplugin.h"

#include "echoservice.h"

namespace BanterEcho {

EchoPlugin::EchoPlugin(QObject *parent)
    : QObject(parent)
{
}

Banter::Service *EchoPlugin::createService(const QString &name, QObject *parent)
{
    if (name != QLatin1String("echo"))
        return nullptr;
    return new EchoService(parent);
}

} // namespace BanterEcho
