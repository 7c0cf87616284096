// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterglobal.h"

#include <QObject>

namespace Banter {

class Connection;
class Listener;

// Serves every connection of one or more listeners. The base class takes each new connection
// over, counts it, and deletes it once it has closed; a subclass only says what to do with it.
class BANTERCORE_EXPORT Service : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int connectionCount READ connectionCount NOTIFY connectionCountChanged)

public:
    explicit Service(QObject *parent = nullptr);
    ~Service() override;

    void serve(Listener *listener);
    // Closes every open connection with code and reason (the clients see both).
    void closeAll(int code, const QString &reason);
    int connectionCount() const { return m_connectionCount; }

Q_SIGNALS:
    void connectionCountChanged(int count);

protected:
    // Called once per connection, already open and owned by the service.
    virtual void handleConnection(Connection *connection) = 0;

private:
    void adopt(Connection *connection);
    void release(Connection *connection);

    int m_connectionCount = 0;
};

} // namespace Banter
