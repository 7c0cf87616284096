// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTcpSocket>

namespace BanterWs {

// A reader of a client's TCP socket that runs on both sides of QWebSocket's own: before it, while
// what Qt read in this notification is still in the socket's buffer, and after it, once Qt has
// taken what it could. QWebSocket makes a new TCP socket for every open() and connects its reader
// at once, so the first reader must be connected while the socket is being made (see
// WebSocketConnection::open()); watch() then connects the second. Made once per open().
class EarlyReader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Connects beforeQtReads() to a QTcpSocket (or QSslSocket) whose constructor is still
    // running: a QChildEvent's child, only a QObject so far. Nothing else of it is touched until
    // watch().
    void connectFirst(QObject *socketUnderConstruction);
    // The socket, once made: true if it is the one connectFirst() was given; then connects
    // afterQtReads() and calls watching().
    bool watch(QTcpSocket *socket);

protected:
    // Null until watch().
    QTcpSocket *socket() const { return m_socket; }

    virtual void beforeQtReads() = 0;
    virtual void afterQtReads() = 0;
    // The socket is watched from now on.
    virtual void watching() {}

private:
    QObject *m_connectedTo = nullptr;
    QPointer<QTcpSocket> m_socket;
};

} // namespace BanterWs
