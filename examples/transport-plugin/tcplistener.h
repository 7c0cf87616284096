// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/listener.h>

#include <QTcpServer>

namespace BanterTcp {

// Serves tcp://host:port: every accepted client becomes an open TcpConnection.
class TcpListener : public Banter::Listener
{
    Q_OBJECT

public:
    explicit TcpListener(QObject *parent = nullptr);

    bool listen(const QUrl &url) override;
    void close() override;
    bool isListening() const override;
    QUrl url() const override;

private:
    void acceptPending();

    QTcpServer m_server;
    QString m_host;
};

} // namespace BanterTcp
