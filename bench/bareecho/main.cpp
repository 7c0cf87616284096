// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The yardstick for banter-server: the plainest QtWebSockets echo server (greets, echoes text
// and binary, logs nothing per message), on Qt's default event dispatcher. Usage: bench-bareecho
// PORT; prints "listening on port N".

#include <QCoreApplication>
#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QWebSocketServer server(QStringLiteral("bare"), QWebSocketServer::NonSecureMode);
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUShort()) : 3000;
    if (!server.listen(QHostAddress::LocalHost, port))
        return 1;
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             &QWebSocket::sendTextMessage);
            QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                             &QWebSocket::sendBinaryMessage);
            QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->sendTextMessage(QStringLiteral("Welcome to Awesome Chat"));
        }
    });
    std::printf("listening on port %d\n", server.serverPort());
    std::fflush(stdout);
    return app.exec();
}
