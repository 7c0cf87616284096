// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Node ws echo server Banter is measured against: greets every client, echoes text as text
// and binary as binary, and (unlike the teaching example) logs nothing per message, as
// banter-server does not either. Usage: node echo-server.mjs [port]; prints "listening on port N".

import process from 'node:process';
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[2] ?? 3000) });
server.on('listening', () => console.log(`listening on port ${server.address().port}`));
server.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
    socket.send('Welcome to Awesome Chat');
});
