// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Socket.IO 4.8 chat server Banter's chat service is measured against: the room is the
// handshake's "room" query item, every client is greeted with a "message" event, and every
// "message" event goes to the whole room with io.to(room).emit(). WebSocket transport only (the
// load generator connects with transport=websocket), no compression, no logging per message.
// Usage: node socketio-server.mjs [port]; prints "listening on port N".

import { createServer } from 'node:http';
import process from 'node:process';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false, transports: ['websocket'] });
io.on('connection', (socket) => {
    const room = String(socket.handshake.query.room ?? 'lobby');
    socket.join(room);
    socket.on('message', (message) => io.to(room).emit('message', message));
    socket.emit('message', 'Welcome to Awesome Chat');
});
http.listen(Number(process.argv[2] ?? 3000), '127.0.0.1', () =>
    console.log(`listening on port ${http.address().port}`),
);
