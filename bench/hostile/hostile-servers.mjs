// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Banter window against two hostile Node ws servers, measured from outside: the resident
// memory (VmRSS, peak VmHWM) of the banter process, sampled every 100 ms.
//   ping flood:  a server that sends 125-byte pings as fast as Banter takes them and never reads
//                what Banter sends back (its socket is paused);
//   flood:       a server that sends N short text messages (default 3,000,000) as fast as
//                Banter takes them.
// Usage: node bench/hostile/hostile-servers.mjs --banter build/bin/banter [--messages N]
//        [--seconds S] [--only pings,flood]
// Needs the Node packages of bench/node (npm ci --prefix bench/node).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)),
    '../node/package.json'));
const { WebSocketServer } = require('ws');

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
};
const banter = option('banter', 'build/bin/banter');
const messageCount = Number(option('messages', 3000000));
const seconds = Number(option('seconds', 20));
const only = option('only', 'pings,flood').split(',');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function status(pid) {
    const fields = {};
    try {
        for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
            const [key, value] = line.split(':');
            if (value)
                fields[key] = parseInt(value, 10); // kB
        }
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        fields.cpuTicks = Number(stat[11]) + Number(stat[12]);
    } catch {
        return null;
    }
    return fields;
}

const mib = (kB) => `${(kB / 1024).toFixed(0)} MiB`;

async function withServer(onConnection, body) {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    server.on('connection', onConnection);
    try {
        return await body(`ws://127.0.0.1:${server.address().port}`);
    } finally {
        for (const client of server.clients)
            client.terminate();
        server.close();
    }
}

// Runs banter on url until done() resolves; returns the samples' peak and the last RSS.
async function runBanter(url, done) {
    const home = mkdtempSync(path.join(tmpdir(), 'banter-hostile-'));
    const child = spawn(banter, [url], {
        stdio: 'ignore',
        env: {
            ...process.env, QT_QPA_PLATFORM: 'offscreen', XDG_CONFIG_HOME: `${home}/config`,
            XDG_DATA_HOME: `${home}/data`, XDG_CACHE_HOME: `${home}/cache`,
        },
    });
    let peak = 0;
    let last = null;
    const started = Date.now();
    const sampler = setInterval(() => {
        const now = status(child.pid);
        if (now) {
            last = now;
            peak = Math.max(peak, now.VmHWM ?? 0);
        }
    }, 100);
    try {
        await done(child);
    } finally {
        clearInterval(sampler);
        last = status(child.pid) ?? last;
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
        rmSync(home, { recursive: true, force: true });
    }
    return { peak: Math.max(peak, last?.VmHWM ?? 0), rss: last?.VmRSS ?? 0,
        seconds: (Date.now() - started) / 1000 };
}

// Waits until the process has used no CPU for quietMs (it has handled all it was sent).
async function untilIdle(pid, quietMs = 2000) {
    let ticks = -1;
    let quietSince = Date.now();
    for (;;) {
        await sleep(200);
        const now = status(pid);
        if (!now)
            return;
        if (now.cpuTicks !== ticks) {
            ticks = now.cpuTicks;
            quietSince = Date.now();
        } else if (Date.now() - quietSince >= quietMs) {
            return;
        }
    }
}

const results = [];

if (only.includes('pings')) {
    let pingsSent = 0;
    let connections = 0;
    let isFlooding = true;
    const payload = Buffer.alloc(125, 'p');
    const result = await withServer((ws) => {
        ++connections;
        ws._socket.pause(); // reads nothing: the pongs pile up at the client
        const flood = () => {
            if (ws.readyState !== ws.OPEN || !isFlooding)
                return;
            // A batch per turn: the kernel may take them as fast as they come.
            for (let i = 0; i < 1000 && ws.bufferedAmount < 1024 * 1024; ++i) {
                ws.ping(payload);
                ++pingsSent;
            }
            setImmediate(flood);
        };
        flood();
    }, (url) => runBanter(url, async () => {
        await sleep(seconds * 1000);
        // Memory 5 s after the server stopped (what the last connection left behind).
        isFlooding = false;
        await sleep(5000);
    }));
    results.push(`ping flood, ${seconds} s: ${pingsSent.toLocaleString('en')} pings on ` +
        `${connections} connections; banter peak ${mib(result.peak)}, ` +
        `${mib(result.rss)} at the end`);
}

if (only.includes('flood')) {
    let sentAt = 0;
    const result = await withServer((ws) => {
        let sent = 0;
        const pump = () => {
            for (let i = 0; i < 10000 && sent < messageCount &&
                ws.bufferedAmount < 4 * 1024 * 1024; ++i) {
                ws.send(`message ${++sent} of the flood`);
            }
            if (sent < messageCount)
                setImmediate(pump);
            else
                sentAt = Date.now();
        };
        pump();
    }, (url) => runBanter(url, async (child) => {
        while (!sentAt)
            await sleep(200);
        await untilIdle(child.pid);
    }));
    results.push(`${messageCount.toLocaleString('en')} messages: banter peak ` +
        `${mib(result.peak)}, ${mib(result.rss)} once all are in (${result.seconds.toFixed(0)} s)`);
}

for (const line of results)
    console.log(line);
