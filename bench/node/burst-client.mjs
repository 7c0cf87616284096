// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A plain Node ws client for the window's burst benchmark: connects to a sender (flood-server.mjs),
// counts COUNT messages and prints "result seconds=... cpu_s=... peak_rss_mb=...": the time from
// the socket being open to the COUNT-th message, and the CPU this process spent meanwhile.
// Usage: node burst-client.mjs URL COUNT

import process from 'node:process';
import { WebSocket } from 'ws';

const [url, count] = [process.argv[2], Number(process.argv[3])];
const socket = new WebSocket(url, { perMessageDeflate: false });
let received = 0;
let started = 0n;
let cpuBefore = null;
socket.on('open', () => {
    started = process.hrtime.bigint();
    cpuBefore = process.cpuUsage();
});
socket.on('message', () => {
    if (++received !== count) return;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const peakMb = process.resourceUsage().maxRSS / 1024;
    // Written to a pipe, stdout is asynchronous: leave once the line is out.
    process.stdout.write(`result seconds=${seconds.toFixed(3)} cpu_s=${((cpu.user + cpu.system) / 1e6).toFixed(3)} peak_rss_mb=${peakMb.toFixed(1)}\n`,
        () => process.exit(0));
});
socket.on('close', () => {
    if (received < count) process.exit(3);
});
socket.on('error', (error) => {
    console.error(`burst-client: ${error.message}`);
    process.exit(2);
});
