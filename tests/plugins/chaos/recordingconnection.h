// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/connection.h>

#include <QByteArrayList>
#include <QStringList>

// An open connection without a network that records what is written to it, answers each ping at
// once, and lets the test make its peer speak (receive()) or close (drop()).
class RecordingConnection : public Banter::Connection
{
    Q_OBJECT

public:
    explicit RecordingConnection(QObject *parent = nullptr);

    void open(const QUrl &url) override;
    bool sendText(const QString &message) override;
    bool sendBinary(const QByteArray &message) override;
    void close(CloseCode code, const QString &reason) override;
    void abort() override;
    bool ping(const QByteArray &payload) override;
    qint64 bytesToWrite() const override { return 0; }

    void receive(const QString &text) { Q_EMIT textReceived(text); }
    void drop(int code);

    QStringList sent;
    QByteArrayList pings;
};
