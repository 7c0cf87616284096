// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Throughput (issue 19): 1 GiB as 1,024 binary messages of 1 MiB from a Node ws sender
// (node/flood-server.mjs ... binary) over loopback, to three clients in turn, each from a fresh
// sender, interleaved: the plainest QWebSocket client (bench-bareclient, the yardstick), banter-cli
// (-n 1024 --binary raw, output to /dev/null) and the Banter window (banter-guiburst --url, every
// message a row of the log, which keeps 512 MiB). bench-bareclient and the window time themselves
// from the socket being open to the last message; banter-cli is timed from its start to its exit
// (its start and connection included, a few tens of milliseconds), with GNU time for its CPU and
// peak memory.

import { spawn } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

import { eachFromFreshSender, finished, fmt, guiburst, median, ratio, run, table } from './lib.mjs';

const count = 1024;
const size = 1 << 20;

function timedCli(bin, url) {
    return new Promise((resolve) => {
        const started = process.hrtime.bigint();
        const child = spawn('/usr/bin/time', ['-f', 'time %U %S %M', path.join(bin, 'banter-cli'), '-q', '-n', String(count), '--binary', 'raw', url],
            { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (data) => (err += data));
        child.on('close', (code) => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const [user, system, peakKb] = (/time (\S+) (\S+) (\d+)/.exec(err) ?? []).slice(1).map(Number);
            resolve(code === 0 ? { done: 1, seconds, cpu_s: user + system, peak_rss_mb: peakKb / 1024 } : { done: 0, error: err.trim() });
        });
    });
}

export async function throughputBenchmark({ here, bin, reps, say }) {
    const clients = {
        bare: async (url) => finished((await run(path.join(bin, 'bench-bareclient'), [url, String(count)])).result),
        cli: (url) => timedCli(bin, url),
        window: async (url) => (await guiburst(bin, { count, timeout: 120, url })).result ?? { done: 0 },
    };
    const results = {};
    for (let rep = 0; rep < reps; ++rep) {
        const round = await eachFromFreshSender({ here, senderArgs: [count, size, 'binary'], clients, say, what: 'throughput: 1 GiB in 1 MiB binary messages from the Node ws sender' });
        for (const [name, result] of Object.entries(round)) (results[name] ??= []).push(result);
    }
    return results;
}

export function throughputTable(results) {
    const m = (name, field) => median(results[name].map((r) => (r.done ? r[field] : NaN)));
    const labels = {
        bare: 'bare QWebSocket client (bench-bareclient)',
        cli: 'banter-cli (start to exit)',
        window: 'Banter window (a row a message)',
    };
    return table(['1 GiB, 1 MiB binary messages, loopback', 'time', 'MB/s', 'vs bare', 'CPU', 'peak RSS'],
        Object.entries(labels).map(([name, label]) => [label, `${fmt(m(name, 'seconds'), 2)} s`,
            fmt(2 ** 30 / 1e6 / m(name, 'seconds')), ratio(m('bare', 'seconds'), m(name, 'seconds')),
            `${fmt(m(name, 'cpu_s'), 2)} s`, `${fmt(m(name, 'peak_rss_mb'), 1)} MB`]));
}
