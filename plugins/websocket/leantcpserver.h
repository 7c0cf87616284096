// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace BanterWs {

// A QTcpServer whose connections are LeanTcpSockets (ws:// only; wss:// uses QSslServer).
class LeanTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LeanTcpServer(QObject *parent = nullptr);
    ~LeanTcpServer() override;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace BanterWs
