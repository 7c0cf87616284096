// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Socket.IO 4.8 chat server Banter's chat service is measured against: the room is the
// handshake's "room" query item, every client is greeted with a "message" event, and every
// "message" event goes to the whole room with io.to(room).emit(). WebSocket transport only (the
// load generator connects with transport=websocket), no compression, no logging per message.
// With a Redis URL, rooms span every process given the same Redis through
// @socket.io/redis-adapter 8.3 (its publish/subscribe adapter, on the `redis` 4 client).
// Usage: node socketio-server.mjs [port] [redis://host:port]; prints "listening on port N".

import { createServer } from 'node:http';
import process from 'node:process';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false, transports: ['websocket'] });
const redisUrl = process.argv[3];
if (redisUrl) {
    const publisher = createClient({ url: redisUrl });
    const subscriber = publisher.duplicate();
    await Promise.all([publisher.connect(), subscriber.connect()]);
    io.adapter(createAdapter(publisher, subscriber));
}
io.on('connection', (socket) => {
    const room = String(socket.handshake.query.room ?? 'lobby');
    socket.join(room);
    socket.on('message', (message) => io.to(room).emit('message', message));
    socket.emit('message', 'Welcome to Awesome Chat');
});
http.listen(Number(process.argv[2] ?? 3000), '127.0.0.1', () =>
    console.log(`listening on port ${http.address().port}`),
);
