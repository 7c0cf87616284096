// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakelistener.h"

FakeConnection *FakeListener::accept(const QUrl &url)
{
    auto *connection = new FakeConnection(this);
    connection->open(url);
    connection->becomeOpen();
    Q_EMIT newConnection(connection);
    return connection;
}
