// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/iservice.h>

#include <QObject>

namespace BanterChat {

// The plugin root: creates the "chat" service.
class ChatPlugin : public QObject, public Banter::IService
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BANTER_ISERVICE_IID FILE "chat.json")
    Q_INTERFACES(Banter::IService)

public:
    explicit ChatPlugin(QObject *parent = nullptr);

    Banter::Service *createService(const QString &name, QObject *parent = nullptr) override;
};

} // namespace BanterChat
