// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A real sender for the window's burst benchmark (issue 19): a Node ws server that, to each client
// that connects, sends COUNT text messages of SIZE bytes as fast as the client reads them, one
// ws.send() a message as a chat server would, pausing while more than 1 MiB waits in its socket.
// With "binary" after SIZE, the messages are binary, SIZE bytes each (the throughput benchmark).
// Usage: node flood-server.mjs COUNT SIZE [binary]; prints "listening on port N". It listens on
// 127.0.0.1, or on the address in FLOOD_HOST (the far end of bench/rttlink.py's link).

import process from 'node:process';
import { WebSocketServer } from 'ws';

const count = Number(process.argv[2] ?? 1000000);
const size = Number(process.argv[3] ?? 64);
const binary = process.argv[4] === 'binary';
const highWater = 1 << 20;
const payload = Buffer.alloc(binary ? size : 0, 0x5a);

const server = new WebSocketServer({ host: process.env.FLOOD_HOST ?? '127.0.0.1', port: 0 });
server.on('listening', () => console.log(`listening on port ${server.address().port}`));
server.on('connection', (socket) => {
    let sent = 0;
    const pump = () => {
        while (sent < count) {
            if (binary) socket.send(payload);
            else socket.send(`m${sent} `.padEnd(size, 'x'));
            ++sent;
            if (socket.bufferedAmount > highWater) {
                socket._socket.once('drain', pump);
                return;
            }
        }
    };
    pump();
});
