// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs every benchmark side by side and prints the tables; with --doc FILE, also writes them
// into FILE between the markers "<!-- bench:begin -->" and "<!-- bench:end -->".
// scripts/bench builds the programs and calls this: node bench/run.mjs --bin build-bench/bin
//
// Options: --quick (one repetition, shorter runs), --bin DIR, --doc FILE, --only
// echo,scale,gui,startup.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
};
const quick = args.includes('--quick');
const bin = path.resolve(option('bin', path.join(here, '..', 'build-bench', 'bin')));
const doc = option('doc', null);
const only = option('only', 'echo,scale,gui,startup').split(',');

const reps = quick ? 1 : 3;
const echoSeconds = quick ? 1 : 2;
const say = (text) => process.stderr.write(`  ${text}\n`);

// ---- processes ------------------------------------------------------------------------------

function run(command, commandArgs, { env = {}, timeoutMs = 600000 } = {}) {
    return new Promise((resolve) => {
        const child = spawn(command, commandArgs, { env: { ...process.env, ...env } });
        let out = '';
        let err = '';
        child.stdout.on('data', (data) => (out += data));
        child.stderr.on('data', (data) => (err += data));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, out, err, result: parseResult(out) });
        });
    });
}

function parseResult(text) {
    const line = text.split('\n').find((l) => l.startsWith('result '));
    if (!line) return null;
    return Object.fromEntries(
        line.slice(7).split(' ').map((pair) => {
            const [key, value] = pair.split('=');
            return [key, Number(value)];
        }),
    );
}

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

function startServer(kind) {
    const server = kind === 'banterQt' ? qtDispatcher : servers[kind];
    const [command, commandArgs] = server.command();
    const child = spawn(command, commandArgs, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...(server.env ?? {}) },
    });
    return new Promise((resolve, reject) => {
        let out = '';
        const onData = (data) => {
            out += data;
            const match = /listening on port (\d+)/.exec(out);
            if (match) {
                child.stdout.off('data', onData);
                child.stdout.on('data', () => {}); // keep draining "client connected"
                resolve({ kind, child, pid: child.pid, port: Number(match[1]) });
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', () => {});
        child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}: ${out}`)));
    });
}

function stopServer(server) {
    server.child.removeAllListeners('exit');
    server.child.kill('SIGTERM');
}

const loadgen = (mode, params) =>
    run(path.join(bin, 'banter-loadgen'), [
        mode,
        ...Object.entries(params).flatMap(([key, value]) => [`--${key}`, String(value)]),
    ]);

// ---- statistics and formatting --------------------------------------------------------------

const median = (values) => {
    const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    if (!sorted.length) return NaN;
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (value, digits = 0) =>
    Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a';
const ratio = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
const verdict = (ok) => (ok ? 'met' : '**not met**');
const table = (header, rows) =>
    [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

// ---- 1. echo --------------------------------------------------------------------------------

const shapes = [
    { name: '1 conn × 1 in flight', connections: 1, inflight: 1 },
    { name: '10 conn × 16 in flight', connections: 10, inflight: 16 },
    { name: '100 conn × 4 in flight', connections: 100, inflight: 4 },
];

async function echoBenchmark() {
    say('echo: three servers side by side');
    const running = {};
    for (const kind of withQtDispatcher) running[kind] = await startServer(kind);
    const samples = {};
    for (let rep = 0; rep < reps; ++rep) {
        for (const shape of shapes) {
            const kinds = shape === shapes[2] ? withQtDispatcher : serverKinds;
            for (const kind of kinds) {
                const { result, err } = await loadgen('echo', {
                    port: running[kind].port,
                    connections: shape.connections,
                    inflight: shape.inflight,
                    seconds: echoSeconds,
                    warmup: 1,
                });
                if (!result) say(`${kind} ${shape.name}: ${err.trim()}`);
                const key = `${shape.name}|${kind}`;
                (samples[key] ??= []).push(result ?? {});
            }
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
    return { stat, busy };
}

function echoTables({ stat, busy }) {
    const rows = shapes.map((shape) => {
        const cell = (kind) =>
            `${fmt(stat(shape.name, kind, 'rps'))} (${fmt(stat(shape.name, kind, 'p50_us'), 0)} / ${fmt(stat(shape.name, kind, 'p99_us'), 0)} µs)`;
        const b = stat(shape.name, 'banter', 'rps');
        const q = stat(shape.name, 'bare', 'rps');
        const n = stat(shape.name, 'node', 'rps');
        return [shape.name, cell('banter'), cell('bare'), cell('node'), ratio(b, q), ratio(b, n),
            `${verdict(b / q >= 0.9)} (≥ 0.9× bare)`];
    });
    const echo = table(
        ['shape', 'banter-server', 'bare QtWebSockets', 'Node ws', 'banter / bare', 'banter / Node', 'target'],
        rows,
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
    return { echo, busy: scale };
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
        stopServer(server);
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

const guiburst = (params) =>
    run(path.join(bin, 'banter-guiburst'), Object.entries(params).flatMap(([k, v]) => (v === true ? [`--${k}`] : [`--${k}`, String(v)])), {
        env: { QT_QPA_PLATFORM: 'offscreen' },
    });

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
    return { burst, baseline, scaling };
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

const started = Date.now();
const machineLine = machine();
const sections = [`Machine: ${machineLine}. ${quick ? 'Quick run (one repetition).' : `Medians of ${reps} repetitions where repeated.`} ` +
    `Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`];
if (only.includes('echo')) {
    const t = echoTables(await echoBenchmark());
    sections.push('### 1. Echo server: round trips/s (p50 / p99 latency), 64-byte text messages\n\n' + t.echo);
    sections.push('### 2b. Busy connections: round trips/s (share of the same server\'s 100-connection rate)\n\n' + t.busy);
}
if (only.includes('scale')) sections.push('### 2a. Connection scale: 10,000 idle clients\n\n' + idleTable(await idleBenchmark()));
if (only.includes('gui')) {
    const t = guiTables(await guiBenchmark());
    sections.push('### 3. GUI burst: a peer floods the real window (offscreen)\n\n' + t.burst);
    sections.push('#### Against the naive model (one row inserted per message, same QListView and delegate)\n\n' + t.baseline);
    sections.push('### 5. Scaling curve of the window\n\n' + t.scaling);
}
if (only.includes('startup')) sections.push('### 4. Startup\n\n' + startupTable(await startupBenchmark()));
sections.push(`(The whole run took ${fmt((Date.now() - started) / 1000)} s.)`);

const output = sections.join('\n\n');
process.stdout.write(`\n${output}\n`);
if (doc) {
    const begin = '<!-- bench:begin -->';
    const end = '<!-- bench:end -->';
    const text = existsSync(doc) ? readFileSync(doc, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    const updated = from >= 0 && to > from
        ? `${text.slice(0, from + begin.length)}\n${output}\n${text.slice(to)}`
        : `${text}\n${begin}\n${output}\n${end}\n`;
    writeFileSync(doc, updated);
    say(`wrote ${doc}`);
}
