// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Node ws chat server Banter's chat service is measured against: rooms by URL path, a
// greeting, and every message sent to every member of the sender's room with the usual loop over
// wss.clients, text as text and binary as binary. Logs nothing per message.
// Usage: node broadcast-server.mjs [port]; prints "listening on port N".

import process from 'node:process';
import { WebSocket, WebSocketServer } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[2] ?? 3000) });
server.on('listening', () => console.log(`listening on port ${server.address().port}`));
server.on('connection', (socket, request) => {
    socket.room = new URL(request.url, 'ws://localhost').pathname;
    socket.on('message', (data, isBinary) => {
        server.clients.forEach((client) => {
            if (client.room === socket.room && client.readyState === WebSocket.OPEN)
                client.send(data, { binary: isBinary });
        });
    });
    socket.send('Welcome to Awesome Chat');
});
