// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeconnection.h"

#include <banter/listener.h>

// A Listener without a network, and so without a handshake to refuse a path in: accept() hands
// over a FakeConnection, open, as a client of url.
class FakeListener : public Banter::Listener
{
    Q_OBJECT

public:
    using Listener::Listener;

    bool listen(const QUrl &) override { return true; }
    void close() override {}
    bool isListening() const override { return true; }
    QUrl url() const override { return QUrl(); }

    FakeConnection *accept(const QUrl &url = QUrl(QStringLiteral("fake://client")));
};
