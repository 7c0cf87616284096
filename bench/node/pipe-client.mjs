// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Node ws client banter-cli is measured against. It pipes the way banter-cli does: each line
// of standard input goes out as one text message, each message received is written to standard
// output, one a line; input is read on only while fewer than 64 messages are on their way (sent
// and not yet echoed: banter-cli's outbox bound), so that a 1 GB input streams through without
// the server's echoes piling up. Exits once it has received `count` messages (0), or with 3 when
// the connection ends first.
// Usage: node pipe-client.mjs URL COUNT < lines

import process from 'node:process';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';

const maxInFlight = 64;
const [url, count] = [process.argv[2], Number(process.argv[3])];
const socket = new WebSocket(url, { perMessageDeflate: false });
let sent = 0;
let received = 0;
let output = [];
let lines = null;
let finished = false;

const flush = () => {
    if (output.length) process.stdout.write(output.join(''));
    output = [];
};
socket.on('message', (data) => {
    output.push(`${data}\n`);
    if (output.length >= 256) flush();
    // The greeting is not an echo.
    if (++received >= count) {
        finished = true;
        flush();
        socket.close(1000);
        process.stdout.end(() => process.exit(0));
        return;
    }
    if (lines && sent - (received - 1) < maxInFlight) lines.resume();
});
socket.on('close', (code) => {
    if (finished) return;
    flush();
    console.error(`connection closed (${code}) after ${received} of ${count} messages`);
    process.exit(3);
});
socket.on('error', (error) => {
    console.error(String(error));
    process.exit(2);
});
socket.on('open', () => {
    lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on('line', (line) => {
        socket.send(line);
        if (++sent - (received - 1) >= maxInFlight) lines.pause();
    });
});
