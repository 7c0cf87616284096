// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs every benchmark side by side and prints the tables; with --doc FILE, also writes them
// into FILE between the markers "<!-- bench:begin -->" and "<!-- bench:end -->".
// scripts/bench builds the programs and calls this: node bench/run.mjs --bin build-bench/bin
//
// Options: --quick (one repetition, shorter runs), --bin DIR, --doc FILE, --only
// echo,scale,gui,throughput,startup,chat,scaleout,cli,mqtt,filter.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

import { chatBenchmark } from './chat.mjs';
import { cliBenchmark } from './cli.mjs';
import { filterBenchmark, filterTable } from './filter.mjs';
import { mqttBenchmark } from './mqtt.mjs';
import { scaleOutBenchmark } from './scaleout.mjs';
import { senderBenchmark, senderTables } from './senders.mjs';
import { throughputBenchmark, throughputTable } from './throughput.mjs';
import { countWhile, fmt, guiburst as runGuiburst, launch, loadgen as runLoadgen, median, parseResult, ratio, run, stopServer, table, verdict } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
};
const quick = args.includes('--quick');
const bin = path.resolve(option('bin', path.join(here, '..', 'build-bench', 'bin')));
const doc = option('doc', null);
const only = option('only', 'echo,scale,gui,throughput,startup,chat,scaleout,cli,mqtt,filter').split(',');

const reps = quick ? 1 : 3;
const echoSeconds = quick ? 1 : 2;
const say = (text) => process.stderr.write(`  ${text}\n`);

const banterCommand = () => [path.join(bin, 'banter-server'), ['--host', '127.0.0.1', '-p', '0']];
const servers = {
    banter: { label: 'banter-server', command: banterCommand },
    bare: { label: 'bare QtWebSockets', command: () => [path.join(bin, 'bench-bareecho'), ['0']] },
    node: { label: 'Node ws', command: () => ['node', [path.join(here, 'node', 'echo-server.mjs'), '0']] },
};
const serverKinds = Object.keys(servers);
// The same banter-server on Qt's own (UNIX) event dispatcher instead of its epoll one: only for
// the 100-connection shape and the busy connections, where the dispatcher makes the difference.
const qtDispatcher = {
    label: "banter-server on Qt's dispatcher",
    command: banterCommand,
    env: { BANTER_EVENT_DISPATCHER: 'qt' },
};
const withQtDispatcher = [...serverKinds, 'banterQt'];
// The limit of the echo shapes (issue 24): a raw single-threaded epoll echo that validates
// nothing, one write() for what one read() brought. A reference to measure against, not a server.
const limit = {
    label: 'raw epoll echo (the limit)',
    command: () => [path.join(bin, 'bench-rawecho'), ['0']],
};

function startServer(kind) {
    if (kind === 'raw') return launch(limit, kind);
    return launch(kind === 'banterQt' ? qtDispatcher : servers[kind], kind);
}

const loadgen = (mode, params) => runLoadgen(bin, mode, params);

// ---- 1. echo --------------------------------------------------------------------------------

const shapes = [
    { name: '1 conn × 1 in flight', connections: 1, inflight: 1 },
    { name: '10 conn × 16 in flight', connections: 10, inflight: 16 },
    { name: '100 conn × 4 in flight', connections: 100, inflight: 4 },
];

async function echoBenchmark() {
    say('echo: three servers side by side, and the raw epoll limit');
    const running = {};
    for (const kind of [...withQtDispatcher, 'raw']) running[kind] = await startServer(kind);
    const echoParams = (kind, shape, seconds, warmup) => ({
        port: running[kind].port,
        connections: shape.connections,
        inflight: shape.inflight,
        seconds,
        warmup,
    });
    const samples = {};
    for (let rep = 0; rep < reps; ++rep) {
        for (const shape of shapes) {
            const kinds = [...(shape === shapes[2] ? withQtDispatcher : serverKinds), 'raw'];
            for (const kind of kinds) {
                const { result, err } = await loadgen('echo', echoParams(kind, shape, echoSeconds, 1));
                if (!result) say(`${kind} ${shape.name}: ${err.trim()}`);
                const key = `${shape.name}|${kind}`;
                (samples[key] ??= []).push(result ?? {});
            }
        }
    }
    // One more run of each, counted: system calls per message and wake-ups per second.
    const counted = {};
    for (const shape of shapes) {
        for (const kind of [...serverKinds, 'raw']) {
            const { result: run, syscalls, wakeups } = await countWhile(running[kind].pid, () =>
                loadgen('echo', echoParams(kind, shape, echoSeconds, 0)));
            const messages = (run.result?.rps ?? 0) * echoSeconds;
            counted[`${shape.name}|${kind}`] = {
                syscallsPerMessage: syscalls === null || !messages ? null : syscalls / messages,
                wakeupsPerSecond: wakeups / echoSeconds,
                messagesPerWakeup: wakeups ? messages / wakeups : null,
            };
        }
    }
    const busy = {};
    for (const connections of [1000, 5000]) {
        for (const kind of withQtDispatcher) {
            say(`echo: ${connections} busy connections, ${kind}`);
            const { result, err } = await loadgen('echo', {
                port: running[kind].port,
                connections,
                inflight: 4,
                seconds: echoSeconds,
                warmup: 1,
            });
            if (!result) say(`${kind} ${connections}: ${err.trim()}`);
            busy[`${connections}|${kind}`] = result ?? {};
        }
    }
    for (const kind of Object.keys(running)) stopServer(running[kind]);
    const stat = (shape, kind, field) => median(samples[`${shape}|${kind}`].map((r) => r[field]));
    return { stat, busy, counted };
}

function echoTables({ stat, busy, counted }) {
    const rows = shapes.map((shape) => {
        const cell = (kind) =>
            `${fmt(stat(shape.name, kind, 'rps'))} (${fmt(stat(shape.name, kind, 'p50_us'), 0)} / ${fmt(stat(shape.name, kind, 'p99_us'), 0)} µs)`;
        const b = stat(shape.name, 'banter', 'rps');
        const q = stat(shape.name, 'bare', 'rps');
        const n = stat(shape.name, 'node', 'rps');
        const l = stat(shape.name, 'raw', 'rps');
        return [shape.name, cell('banter'), cell('bare'), cell('node'), cell('raw'), ratio(b, q), ratio(b, n),
            ratio(b, l), `${verdict(b / q > 1)} (> bare), ${verdict(b / l >= 0.97)} (≥ 0.97× limit)`];
    });
    const echo = table(
        ['shape', 'banter-server', 'bare QtWebSockets', 'Node ws', limit.label, 'banter / bare', 'banter / Node',
            'banter / limit', 'target'],
        rows,
    );
    const costKinds = [...serverKinds, 'raw'];
    const costCell = (shape, kind) => {
        const c = counted[`${shape.name}|${kind}`];
        const perMessage = c.syscallsPerMessage === null ? 'n/a' : fmt(c.syscallsPerMessage, 3);
        return `${perMessage} / ${fmt(c.wakeupsPerSecond)} (${fmt(c.messagesPerWakeup, 1)})`;
    };
    const costs = table(
        ['shape', ...costKinds.map((k) => (k === 'raw' ? limit.label : servers[k].label))],
        shapes.map((shape) => [shape.name, ...costKinds.map((kind) => costCell(shape, kind))]),
    );
    const scaleRows = [1000, 5000].map((connections) => {
        const cell = (kind) => {
            const base = stat(shapes[2].name, kind, 'rps');
            const rps = busy[`${connections}|${kind}`].rps;
            return `${fmt(rps)} (${fmt((100 * rps) / base)} %)`;
        };
        const b = busy[`${connections}|banter`].rps / stat(shapes[2].name, 'banter', 'rps');
        return [`${fmt(connections)} conn × 4 in flight`, cell('banter'), cell('bare'), cell('node'),
            cell('banterQt'), `${verdict(b >= 0.5)} (≥ 50 %)`];
    });
    const scale = table(
        ['busy connections', 'banter-server', 'bare QtWebSockets', 'Node ws', qtDispatcher.label, 'target'],
        scaleRows,
    );
    return { echo, busy: scale, costs };
}

// ---- 2. idle connections --------------------------------------------------------------------

async function idleBenchmark() {
    const results = {};
    for (const kind of serverKinds) {
        say(`scale: 10,000 idle clients, ${kind}`);
        const server = await startServer(kind);
        await new Promise((resolve) => setTimeout(resolve, 500));
        const { result, err } = await loadgen('idle', {
            port: server.port,
            connections: 10000,
            'server-pid': server.pid,
            'settle-ms': quick ? 1000 : 2000,
        });
        if (!result) say(`${kind}: ${err.trim()}`);
        results[kind] = result ?? {};
        await stopServer(server);
    }
    return results;
}

function idleTable(results) {
    const per = (kind) => results[kind].per_connection_bytes / 1024;
    const back = (kind) => (100 * (results[kind].after_kb - results[kind].baseline_kb)) / results[kind].baseline_kb;
    const row = (name, cell, target) => [name, ...serverKinds.map(cell), target];
    return table(['10,000 idle clients', ...serverKinds.map((k) => servers[k].label), 'target'], [
        row('greeted', (k) => fmt(results[k].greeted), `${verdict(results.banter.greeted === 10000)} (all)`),
        row('memory per connection', (k) => `${fmt(per(k), 1)} KB`, `${verdict(per('banter') <= per('node'))} (≤ Node ws)`),
        row('RSS: baseline → all connected → all gone', (k) =>
            `${fmt(results[k].baseline_kb / 1024, 1)} → ${fmt(results[k].connected_kb / 1024, 1)} → ${fmt(results[k].after_kb / 1024, 1)} MB`, ''),
        row('after all left, vs baseline', (k) => `${back(k) >= 0 ? '+' : ''}${fmt(back(k))} %`,
            `${verdict(back('banter') <= 10)} (≤ +10 %)`),
    ]);
}

// ---- 3. and 5. GUI burst and scaling curve ---------------------------------------------------

const guiburst = (params) => runGuiburst(bin, params);

async function guiBenchmark() {
    const curve = {};
    for (const count of [10000, 100000, 1000000]) {
        const runs = count === 1000000 ? reps : 1;
        for (let rep = 0; rep < runs; ++rep) {
            say(`gui: Banter window, ${fmt(count)} messages`);
            const { result, err } = await guiburst({ count, timeout: 60 });
            if (!result) say(err.trim().split('\n').slice(-3).join(' / '));
            (curve[count] ??= []).push(result ?? {});
        }
    }
    const naive = {};
    for (const count of quick ? [10000] : [10000, 100000]) {
        say(`gui: naive one-row-per-message baseline, ${fmt(count)} messages (30 s at most)`);
        const { result } = await guiburst({ count, naive: true, timeout: 30 });
        naive[count] = result ?? {};
    }
    return { curve, naive };
}

function guiTables({ curve, naive }) {
    const m = (count, field) => median(curve[count].map((r) => r[field]));
    const M = 1000000;
    const naiveRows = Object.entries(naive).map(([count, r]) => {
        const banterSeconds = m(count, 'seconds');
        const done = r.done === 1;
        return [`${fmt(Number(count))} messages`,
            `${fmt(banterSeconds, 3)} s, stall ${fmt(m(count, 'max_stall_ms'), 1)} ms`,
            done ? `${fmt(r.seconds, 2)} s, stall ${fmt(r.max_stall_ms, 1)} ms`
                : `gave up after ${fmt(r.seconds, 1)} s with ${fmt(r.messages)} messages`,
            done ? `${fmt(r.seconds / banterSeconds, 1)}× faster`
                : `≥ ${fmt(r.seconds / banterSeconds, 0)}× faster (rate ${fmt(m(count, 'msgs_per_s') / (r.messages / r.seconds), 0)}×)`];
    });
    const burst = table(['1,000,000 × 64 B', 'Banter', 'target'], [
        ['first to last message in the model and painted at the bottom', `${fmt(m(M, 'seconds'), 2)} s (${fmt(m(M, 'msgs_per_s'))} msg/s)`, `${verdict(m(M, 'seconds') <= 2.5)} (≤ 2.5 s)`],
        ['longest event-loop stall', `${fmt(m(M, 'max_stall_ms'), 1)} ms`, `${verdict(m(M, 'max_stall_ms') <= 100)} (≤ 100 ms)`],
        ['peak RSS', `${fmt(m(M, 'peak_rss_mb'), 1)} MB`, `${verdict(m(M, 'peak_rss_mb') <= 240)} (≤ 240 MB)`],
    ]);
    const baseline = table(['burst', 'Banter', 'naive (one insert per message)', 'Banter vs naive'], naiveRows);
    const curveRows = [10000, 100000, 1000000].map((count) => [
        fmt(count), `${fmt(m(count, 'seconds'), 3)} s`, fmt(m(count, 'msgs_per_s')),
        `${fmt(m(count, 'peak_rss_mb'), 1)} MB`,
        `${fmt(m(count, 'rss_after_mb') - m(count, 'rss_before_mb'), 1)} MB`,
        `${fmt(m(count, 'bytes_per_message'))} B (${fmt(m(count, 'bytes_per_message') - 64)} B beyond the 64 B text)`,
    ]);
    const scaling = table(['messages', 'time', 'msg/s', 'peak RSS', 'RSS growth', 'per message'], curveRows);
    return { burst, baseline, scaling, m };
}

// ---- 4. startup -----------------------------------------------------------------------------

async function startupBenchmark() {
    say('startup');
    const { result, out, err } = await run(path.join(bin, 'banter-startup'), ['--runs', quick ? '3' : '10'], {
        env: { QT_QPA_PLATFORM: 'offscreen' },
    });
    if (!result) say(err.trim());
    const runs = out.split('\n').filter((l) => l.startsWith('run ')).map((l) => parseResult(`result ${l.slice(4)}`));
    return { result: result ?? {}, runs };
}

function startupTable({ result, runs }) {
    return table(['startup (process start → painted window, plugins loaded, socket open)', 'median', 'min', 'max', 'target'], [[
        `${runs.length} runs${result.failed ? ` (${result.failed} failed)` : ''} (median paint ${fmt(median(runs.map((r) => r.paint_ms)), 1)} ms, socket open ${fmt(median(runs.map((r) => r.open_ms)), 1)} ms)`,
        `${fmt(result.median_ms, 1)} ms`, `${fmt(result.min_ms, 1)} ms`, `${fmt(result.max_ms, 1)} ms`,
        `${verdict(result.median_ms <= 300)} (≤ 300 ms)`,
    ]]);
}

// ---- main -----------------------------------------------------------------------------------

function machine() {
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    let qt = 'unknown';
    try {
        qt = /Version: (\S+)/.exec(readFileSync('/var/lib/dpkg/status', 'utf8').split('\n\n').find((p) => p.startsWith('Package: libqt6core6')))?.[1] ?? qt;
    } catch {}
    const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
    return `${os.cpus().length} cores (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ` +
        `Linux ${os.release()}, Qt ${qt} (Debian), Node ${process.version}; load average at the start: ${load}`;
}

// Each benchmark's tables, written into the document between its own markers
// "<!-- bench:KEY:begin -->" and "<!-- bench:KEY:end -->" inside the "bench:begin/end" block, so
// that a run of some benchmarks (--only) leaves the others' latest results in place.
const started = Date.now();
const runLine = () => `${quick ? 'Quick run (one repetition)' : `Medians of ${reps} repetitions where repeated`}, ` +
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average at the start ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}.`;
const blocks = [['machine', `Machine: ${machine()}.`]];
const measure = async (key, produce) => {
    if (!only.includes(key)) return;
    const line = runLine();
    blocks.push([key, [`*${line}*`, ...(await produce())].join('\n\n')]);
};
await measure('echo', async () => {
    const t = echoTables(await echoBenchmark());
    return ['### 1. Echo server: round trips/s (p50 / p99 latency), 64-byte text messages\n\n' +
        'Sender: banter-loadgen echo (C++, epoll), N connections each keeping K messages in flight. ' +
        'The raw epoll echo (`bench/rawecho`) is the limit of issue 24: the leanest echo this machine runs, ' +
        'one thread, one `write()` for what one `read()` brought, no validation at all; a reference, not a server.\n\n' + t.echo,
        '#### What each server costs the system: system calls per message / wake-ups per second (messages per wake-up)\n\n' +
        'One more run of each shape, counted with `perf stat -e raw_syscalls:sys_enter` (n/a where perf cannot count) ' +
        'and the voluntary context switches of all the server\'s threads (each one a wait for events that ended).\n\n' + t.costs,
        '### 2b. Busy connections: round trips/s (share of the same server\'s 100-connection rate)\n\n' + t.busy];
});
await measure('scale', async () => ['### 2a. Connection scale: 10,000 idle clients\n\n' + idleTable(await idleBenchmark())]);
await measure('gui', async () => {
    const t = guiTables(await guiBenchmark());
    const bySender = senderTables(await senderBenchmark({ here, bin, reps, say }), t.m);
    return ['### 3. GUI burst: a peer floods the real window (offscreen)\n\n' + t.burst,
        '#### Against the naive model (one row inserted per message, same QListView and delegate)\n\n' + t.baseline,
        '#### By sender: the same burst from a real Node ws server (issue 19)\n\n' +
        'Sender: `bench/node/flood-server.mjs` (Node ws, one `send()` a message), a fresh one for each client, clients interleaved. ' +
        'CPU and wake-ups (voluntary context switches of all the client\'s threads) from open to the last message. ' +
        'The raw socket reader (`bench/rawreader.py`) only counts bytes, in the pattern of Banter\'s longest read hold: its time is what the sender needs ' +
        'to write the burst to a reader that costs nothing. RSS at open: before the first message.\n\n' +
        bySender.clientsTable + '\n\n' + bySender.goalsTable,
        '### 5. Scaling curve of the window\n\n' + t.scaling];
});
await measure('throughput', async () => ['### 3b. Throughput: 1 GiB of 1 MiB binary messages from a Node ws sender (issue 19)\n\n' +
    'Sender: `bench/node/flood-server.mjs 1024 1048576 binary` (Node ws, one `send()` a message), a fresh one for each client, clients interleaved; ' +
    'over loopback, and over a link with 50 ms of round trip (`bench/rttlink.py`: the sender in a network namespace, every IP packet held 25 ms each way; needs root).\n\n' + throughputTable(await throughputBenchmark({ here, bin, reps, say }))]);
await measure('startup', async () => ['### 4. Startup\n\n' + startupTable(await startupBenchmark())]);
await measure('filter', async () => ['### 10. Finding among a million rows (issue 21)\n\n' +
    filterTable(await filterBenchmark({ bin, reps, quick, say }))]);
await measure('chat', async () => {
    const t = await chatBenchmark({ bin, here, quick, say });
    return ['### 6. Chat fan-out: one room, 64-byte messages, every message to every member\n\n' +
        'The highest delivery rate (messages a second × members) with p99 latency under 100 ms and nothing ' +
        'lost, gapped or out of order, on a ladder of offered rates. Sender and receivers: banter-loadgen fanout ' +
        '(C++, epoll); each server alone on the machine with it.\n\n' + t.rate,
        '#### Server CPU seconds per million deliveries (at the rate all three sustain · at each one\'s own top)\n\n' + t.cost,
        '#### Idle members\n\n' + t.idle,
        '#### Goals of the chat service\n\n' + t.goals];
});
await measure('scaleout', async () => {
    const t = await scaleOutBenchmark({ bin, here, quick, say });
    return ['### 7. Rooms across three servers through Redis: one room, 64-byte messages\n\n' +
        'The highest delivery rate with p99 latency under 100 ms and nothing lost, gapped or out of order. ' +
        'Three processes on one Debian redis-server (new for each climb); the room\'s members and its three ' +
        'senders spread evenly over them. Sender and receivers: banter-loadgen fanout (C++, epoll).\n\n' + t.rate,
        '#### CPU seconds per million deliveries, the three processes and Redis together (Redis\'s share in brackets)\n\n' + t.cost,
        '#### Goals\n\n' + t.goals];
});
await measure('cli', async () => ['### 8. banter-cli in a pipe, beside a Node ws client\n\n' +
    'Each client sends its input a line a message to banter-server\'s echo (Release) and exits once every ' +
    'echo is back; its output goes to /dev/null. Wall time from start to exit; peak memory is the client\'s ' +
    'maximum resident set (GNU time).\n\n' + await cliBenchmark({ bin, here, reps, say })]);
await measure('mqtt', async () => ['### 9. MQTT through mosquitto, beside libmosquitto\'s sample clients\n\n' +
    'One Debian mosquitto for the whole run. banter-cli publishes its input a line a message and exits once every ' +
    'message is back; mosquitto_pub -l publishes the same file while mosquitto_sub counts what comes back. ' +
    '"To an echo subscriber and back": mosquitto_sub | mosquitto_pub -l republishes each message on another ' +
    'topic, for both. Rate from start to the last message back; CPU is the client\'s (both sample processes ' +
    'together), GNU time.\n\n' + await mqttBenchmark({ bin, reps, quick, say })]);

const output = blocks.map(([, text]) => text).join('\n\n');
process.stdout.write(`\n${output}\n\n(The whole run took ${fmt((Date.now() - started) / 1000)} s.)\n`);
if (doc) {
    const begin = '<!-- bench:begin -->';
    const end = '<!-- bench:end -->';
    let text = existsSync(doc) ? readFileSync(doc, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
    if (!text.includes(begin) || text.indexOf(end) < text.indexOf(begin)) text += `\n${begin}\n${end}\n`;
    for (const [key, body] of blocks) {
        const from = `<!-- bench:${key}:begin -->`;
        const to = `<!-- bench:${key}:end -->`;
        const block = `${from}\n${body}\n${to}`;
        const at = text.indexOf(from);
        const till = text.indexOf(to);
        text = at >= 0 && till > at
            ? text.slice(0, at) + block + text.slice(till + to.length)
            : text.replace(end, `${block}\n\n${end}`);
    }
    writeFileSync(doc, text);
    say(`wrote ${doc}`);
}
