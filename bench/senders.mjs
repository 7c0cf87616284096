// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Section 3's burst from a real sender (issue 19): a Node ws server (node/flood-server.mjs) sends
// COUNT 64-byte text messages to each client that connects, one send() a message. Four clients
// take the same burst, each from its own fresh sender, interleaved: the Banter window
// (banter-guiburst --url), the reference client (guiburst/reference/: the QML book chapter's
// client, ListModel append per message, run by Qt's qml tool), a plain Node ws client
// (node/burst-client.mjs) and a raw socket reader that only counts bytes, reading in the pattern
// of Banter's ReadPacer (rawreader.py): what the sender needs to write the burst to a reader that
// costs nothing. For each: the time from the socket being open to the last message, the CPU the
// client spent meanwhile (and the sender, from the client's start to its end), and for the two
// windows their wake-ups (voluntary context switches of all their threads), the longest
// event-loop stall and their memory at open; the peak memory of all.

import { spawn } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

import { eachFromFreshSender, finished, fmt, guiburst, median, parseResult, ratio, run, sampleProcess as sample, table, verdict } from './lib.mjs';

const qmlTool = '/usr/lib/qt6/bin/qml';

// The reference client against url: its probe says when the socket opened and when the last
// message was appended; the process is sampled at both and then stopped.
function referenceClient(here, url, count, timeoutMs) {
    const child = spawn(qmlTool, [path.join(here, 'guiburst', 'reference', 'burst_client.qml'), '--', url, String(count)], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', QT_QUICK_BACKEND: 'software' },
    });
    return new Promise((resolve) => {
        let err = '';
        let atOpen = null;
        const finish = (result) => {
            clearTimeout(timer);
            child.kill('SIGKILL');
            resolve(result);
        };
        const timer = setTimeout(() => finish({ done: 0, error: `no end within ${timeoutMs / 1000} s` }), timeoutMs);
        child.stderr.on('data', (data) => {
            err += data;
            if (!atOpen && err.includes('probe open')) atOpen = sample(child.pid);
            const done = /probe done (.*)/.exec(err);
            if (done && atOpen) {
                const atEnd = sample(child.pid);
                const probe = parseResult(`result ${done[1].trim()}`);
                finish({ done: 1, seconds: probe.seconds, max_stall_ms: probe.max_stall_ms, cpu_s: atEnd.cpu - atOpen.cpu,
                    wakeups: atEnd.switches - atOpen.switches, peak_rss_mb: atEnd.peakMb, rss_before_mb: atOpen.rssMb });
            }
        });
        child.on('exit', () => finish({ done: 0, error: err.trim().split('\n').slice(-2).join(' / ') }));
    });
}

export async function senderBenchmark({ here, bin, reps, say }) {
    const results = {};
    for (const count of [100000, 1000000]) {
        const clients = {
            banter: async (url) => (await guiburst(bin, { count, timeout: 60, url })).result ?? { done: 0 },
            reference: (url) => referenceClient(here, url, count, 120000),
            node: async (url) => finished((await run('node', [path.join(here, 'node', 'burst-client.mjs'), url, String(count)], { timeoutMs: 120000 })).result),
            floor: async (url) => finished((await run('python3', [path.join(here, 'rawreader.py'), url, String(count), '64', '16'], { timeoutMs: 120000 })).result),
        };
        for (let rep = 0; rep < reps; ++rep) {
            const round = await eachFromFreshSender({ here, senderArgs: [count, 64], clients, say, what: `gui: ${fmt(count)} messages from the Node ws sender` });
            for (const [name, result] of Object.entries(round)) ((results[count] ??= {})[name] ??= []).push(result);
        }
    }
    return results;
}

// loadgen: the window's medians against banter-loadgen for the same counts (section 3's curve).
export function senderTables(results, loadgen) {
    const m = (count, name, field) => median(results[count][name].map((r) => (r.done ? r[field] : NaN)));
    const labels = {
        banter: 'Banter window',
        reference: 'reference QML client (ListModel append per message)',
        node: 'plain Node ws client (no view)',
        floor: 'raw socket reader (no WebSocket parsing; 256 KiB reads, 16 ms pause after a small one): the sender\'s floor',
    };
    const rows = [];
    // Wake-ups, stalls and the memory at open are the two windows' (the others have no event loop
    // of their own to measure).
    const windowOnly = (name, text) => (['banter', 'reference'].includes(name) ? text : '');
    for (const count of [100000, 1000000]) {
        for (const name of Object.keys(labels)) {
            rows.push([`${fmt(count)}: ${labels[name]}`, `${fmt(m(count, name, 'seconds'), 3)} s`, `${fmt(m(count, name, 'cpu_s'), 2)} s`,
                `${fmt(m(count, name, 'sender_cpu_s'), 2)} s`, windowOnly(name, fmt(m(count, name, 'wakeups'))),
                windowOnly(name, `${fmt(m(count, name, 'max_stall_ms'), 1)} ms`), windowOnly(name, `${fmt(m(count, name, 'rss_before_mb'), 1)} MB`),
                `${fmt(m(count, name, 'peak_rss_mb'), 1)} MB`]);
        }
        rows.push([`${fmt(count)}: Banter window from banter-loadgen (large writes), for comparison`, `${fmt(loadgen(count, 'seconds'), 3)} s`,
            `${fmt(loadgen(count, 'cpu_s'), 2)} s`, '', fmt(loadgen(count, 'wakeups')), `${fmt(loadgen(count, 'max_stall_ms'), 1)} ms`,
            `${fmt(loadgen(count, 'rss_before_mb'), 1)} MB`, `${fmt(loadgen(count, 'peak_rss_mb'), 1)} MB`]);
    }
    const clientsTable = table(['messages: client', 'open → last message', 'client CPU', 'sender CPU', 'wake-ups', 'longest stall', 'RSS at open',
        'peak RSS'], rows);
    const growth = (count, name) => m(count, name, 'peak_rss_mb') - m(count, name, 'rss_before_mb');
    const goal = (count) => {
        const time = m(count, 'banter', 'seconds') / m(count, 'reference', 'seconds');
        const memory = m(count, 'banter', 'peak_rss_mb') / m(count, 'reference', 'peak_rss_mb');
        const stall = m(count, 'banter', 'max_stall_ms');
        return [fmt(count), `${ratio(m(count, 'banter', 'seconds'), m(count, 'reference', 'seconds'))} ${verdict(time <= 0.5)} (≤ 0.5×)`,
            ratio(m(count, 'floor', 'seconds'), m(count, 'reference', 'seconds')),
            `${ratio(m(count, 'banter', 'cpu_s'), m(count, 'reference', 'cpu_s'))}`,
            `${ratio(m(count, 'banter', 'peak_rss_mb'), m(count, 'reference', 'peak_rss_mb'))} ${verdict(memory <= 0.5)} (≤ 0.5×)`,
            ratio(growth(count, 'banter'), growth(count, 'reference')),
            `${fmt(stall, 1)} ms ${verdict(stall <= 50)} (≤ 50 ms)`];
    };
    const goalsTable = table(['messages', 'time, Banter / reference', 'time, the sender\'s floor / reference', 'CPU, Banter / reference',
        'peak RSS, Banter / reference', 'peak RSS beyond RSS at open, Banter / reference', 'Banter\'s longest stall'],
        [100000, 1000000].map(goal));
    return { clientsTable, goalsTable };
}
