// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Throughput (issue 19): 1 GiB as 1,024 binary messages of 1 MiB from a Node ws sender
// (node/flood-server.mjs ... binary), to three clients in turn, each from a fresh sender,
// interleaved: the plainest QWebSocket client (bench-bareclient, the yardstick), banter-cli
// (-n 1024 --binary raw, output to /dev/null) and the Banter window (banter-guiburst --url, every
// message a row of the log, which keeps 512 MiB), and banter-cli once more with the fixed 256 KiB
// receive buffer Banter had before it was a setting (--receive-buffer 256). Over loopback, then over a link with 50 ms of
// round trip (rttlink.py: the sender in a network namespace behind a packet-delaying link; needs
// root, skipped otherwise). bench-bareclient and the window time themselves from the socket being
// open to the last message; banter-cli is timed from its start to its exit (its start and
// connection included: a few tens of milliseconds on loopback, two round trips and more over the
// link), with GNU time for its CPU and peak memory.

import { spawn } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

import { eachFromFreshSender, finished, fmt, guiburst, median, ratio, run, startLink, table, verdict } from './lib.mjs';

const count = 1024;
const size = 1 << 20;
export const linkRttMs = 50;

function timedCli(bin, url, extra = []) {
    return new Promise((resolve) => {
        const started = process.hrtime.bigint();
        const child = spawn('/usr/bin/time', ['-f', 'time %U %S %M', path.join(bin, 'banter-cli'), '-q', '-n', String(count), '--binary', 'raw', ...extra, url],
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

// Resolves with { loopback: { client: [result, ...] }, link: ... or skipped: the reason }.
export async function throughputBenchmark({ here, bin, reps, say }) {
    const clients = {
        bare: async (url) => finished((await run(path.join(bin, 'bench-bareclient'), [url, String(count)])).result),
        cli: (url) => timedCli(bin, url),
        // Banter's receive buffer before it became a setting: 256 KiB, fixed.
        cliFixed: (url) => timedCli(bin, url, ['--receive-buffer', '256']),
        window: async (url) => (await guiburst(bin, { count, timeout: 600, url })).result ?? { done: 0 },
    };
    const measure = async (where, link) => {
        const results = {};
        for (let rep = 0; rep < reps; ++rep) {
            const round = await eachFromFreshSender({ here, senderArgs: [count, size, 'binary'], clients, say, link, what: `throughput (${where}): 1 GiB in 1 MiB binary messages from the Node ws sender` });
            for (const [name, result] of Object.entries(round)) (results[name] ??= []).push(result);
        }
        return results;
    };
    const all = { loopback: await measure('loopback', null) };
    const { link, reason } = await startLink(here, linkRttMs);
    if (!link) {
        say(`throughput over a ${linkRttMs} ms link skipped: ${reason}`);
        all.skipped = reason;
        return all;
    }
    try {
        all.link = await measure(`${linkRttMs} ms round trip`, link);
    } finally {
        await link.stop();
    }
    return all;
}

function oneTable(results, title) {
    const m = (name, field) => median(results[name].map((r) => (r.done ? r[field] : NaN)));
    const labels = {
        bare: 'bare QWebSocket client (bench-bareclient)',
        cli: 'banter-cli (start to exit)',
        cliFixed: 'banter-cli --receive-buffer 256 (the fixed buffer of before)',
        window: 'Banter window (a row a message)',
    };
    return table([title, 'time', 'MB/s', 'vs bare', 'CPU', 'peak RSS'],
        Object.entries(labels).map(([name, label]) => [label, `${fmt(m(name, 'seconds'), 2)} s`,
            fmt(2 ** 30 / 1e6 / m(name, 'seconds')), ratio(m('bare', 'seconds'), m(name, 'seconds')),
            `${fmt(m(name, 'cpu_s'), 2)} s`, `${fmt(m(name, 'peak_rss_mb'), 1)} MB`]));
}

export function throughputTable(all) {
    const tables = [oneTable(all.loopback, '1 GiB, 1 MiB binary messages, loopback')];
    if (all.link) {
        tables.push(oneTable(all.link, `1 GiB, 1 MiB binary messages, ${linkRttMs} ms round trip`));
        const seconds = (name) => median(all.link[name].map((r) => (r.done ? r.seconds : NaN)));
        const goal = (name) => `${ratio(seconds('bare'), seconds(name))} ${verdict(seconds('bare') / seconds(name) >= 0.8)}`;
        tables.push(`Goal (issue 19), at least 0.8× the bare client over the ${linkRttMs} ms link: banter-cli ${goal('cli')}, the window ${goal('window')}.`);
    }
    else tables.push(`The ${linkRttMs} ms link was not measured: ${all.skipped}.`);
    return tables.join('\n\n');
}
