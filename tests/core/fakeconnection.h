// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/connection.h>

#include <QList>

// A transport-less Connection that a test drives by hand: what any plugin's connection does,
// without a network. open() leaves it Connecting until becomeOpen(); close() and abort() close it
// at once, as a peer that answers the close frame.
class FakeConnection : public Banter::Connection
{
    Q_OBJECT

public:
    using Connection::Connection;

    void open(const QUrl &url) override;
    bool sendText(const QString &) override { return isOpen(); }
    bool sendBinary(const QByteArray &) override { return isOpen(); }
    void close(CloseCode code, const QString &reason) override;
    void abort() override;
    bool ping(const QByteArray &payload) override;
    qint64 bytesToWrite() const override { return 0; }

    void becomeOpen() { setState(State::Open); }
    void drop() { setState(State::Closed); }

    int opens = 0;
    int aborts = 0;
    // What the last close() said.
    CloseCode lastCloseCode = CloseCode::NoStatus;
    QString lastCloseReason;
    // Answer each ping with a pong, as a live peer does.
    bool answersPings = false;
    QList<QByteArray> pings;
};
