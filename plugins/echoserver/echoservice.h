// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/service.h>

namespace BanterEcho {

// The reference server's behaviour: greet each new client with "Welcome to Awesome Chat", then
// send every message back to its sender, text as text and binary as binary.
class EchoService : public Banter::Service
{
    Q_OBJECT

public:
    static constexpr char greeting[] = "Welcome to Awesome Chat";

    explicit EchoService(QObject *parent = nullptr);

protected:
    void handleConnection(Banter::Connection *connection) override;
    void handleText(Banter::Connection *connection, const QString &message) override;
    void handleBinary(Banter::Connection *connection, const QByteArray &message) override;
};

} // namespace BanterEcho
