// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the benchmark scripts share: running programs, starting servers that print "listening on
// port N", the load generator, medians and Markdown tables.

import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

// ---- processes ------------------------------------------------------------------------------

export function run(command, commandArgs, { env = {}, timeoutMs = 600000 } = {}) {
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

export function parseResult(text) {
    const line = text.split('\n').find((l) => l.startsWith('result '));
    if (!line) return null;
    return Object.fromEntries(
        line.slice(7).split(' ').map((pair) => {
            const [key, value] = pair.split('=');
            return [key, Number(value)];
        }),
    );
}

// Starts a server { label, command: () => [command, args], env } and resolves with { child, pid,
// port } once it has said which port it listens on.
export function launch(server, name = server.label) {
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
                resolve({ name, child, pid: child.pid, port: Number(match[1]) });
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', () => {});
        child.on('exit', (code) => reject(new Error(`${name} server exited with ${code}: ${out}`)));
    });
}

export function stopServer(server) {
    server.child.removeAllListeners('exit');
    server.child.kill('SIGTERM');
    return new Promise((resolve) => {
        if (server.child.exitCode !== null || server.child.signalCode !== null) resolve();
        else server.child.once('exit', resolve);
    });
}

// Runs banter-loadgen MODE --key value ... from the directory bin.
export const loadgen = (bin, mode, params) =>
    run(path.join(bin, 'banter-loadgen'), [
        mode,
        ...Object.entries(params).flatMap(([key, value]) => [`--${key}`, String(value)]),
    ]);

// Runs banter-guiburst from the directory bin, offscreen: { key: value } as --key value, and
// { key: true } as --key.
export const guiburst = (bin, params) =>
    run(path.join(bin, 'banter-guiburst'), Object.entries(params).flatMap(([k, v]) => (v === true ? [`--${k}`] : [`--${k}`, String(v)])), {
        env: { QT_QPA_PLATFORM: 'offscreen' },
    });

const ticksPerSecond = 100; // USER_HZ, the unit of /proc/PID/stat's times on Linux

// CPU seconds, voluntary context switches of all threads, and peak RSS of a running process.
export function sampleProcess(pid) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
    let switches = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
        const status = readFileSync(`/proc/${pid}/task/${task}/status`, 'utf8');
        switches += Number(/voluntary_ctxt_switches:\s+(\d+)/.exec(status)?.[1] ?? 0);
    }
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
    return { cpu, switches, peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

// Whether `perf stat` can count a process's system calls here (perf installed, tracepoints
// readable: root, or kernel.perf_event_paranoid low enough).
let perfState;
function canCountSyscalls() {
    if (perfState === undefined) {
        const probe = spawnSync('perf', ['stat', '-x,', '-e', 'raw_syscalls:sys_enter', '--', 'true'], {
            encoding: 'utf8',
        });
        perfState = probe.status === 0 && /raw_syscalls:sys_enter/.test(probe.stderr ?? '');
    }
    return perfState;
}

// Runs work() while counting what the process pid does meanwhile: its system calls (with
// `perf stat`, null where perf cannot count) and its wake-ups (voluntary context switches of all
// its threads: each is a wait in epoll_wait() or poll() that ended). Resolves with
// { result: what work() resolved with, syscalls, wakeups }.
export async function countWhile(pid, work) {
    let perf = null;
    let perfOut = '';
    if (canCountSyscalls()) {
        perf = spawn('perf', ['stat', '-x,', '-e', 'raw_syscalls:sys_enter', '-p', String(pid)], {
            stdio: ['ignore', 'ignore', 'pipe'],
        });
        perf.stderr.on('data', (data) => (perfOut += data));
        await new Promise((resolve) => setTimeout(resolve, 300)); // attached before the work
    }
    const before = sampleProcess(pid);
    const result = await work();
    const after = sampleProcess(pid);
    let syscalls = null;
    if (perf) {
        const exited = new Promise((resolve) => perf.once('exit', resolve));
        perf.kill('SIGINT');
        await exited;
        const count = /^(\d+),[^,]*,raw_syscalls:sys_enter/m.exec(perfOut);
        syscalls = count ? Number(count[1]) : null;
    }
    return { result, syscalls, wakeups: after.switches - before.switches };
}

// Runs each of clients { name: async (url) => result } in turn against a fresh Node ws sender
// (bench/node/flood-server.mjs with senderArgs), adding to each result the sender's CPU from the
// client's start to its end; resolves with { name: result }. here: the bench folder. With a link
// from startLink(), the sender runs at the link's far end.
export async function eachFromFreshSender({ here, senderArgs, clients, say, what, link = null }) {
    const results = {};
    const script = [path.join(here, 'node', 'flood-server.mjs'), ...senderArgs.map(String)];
    const command = link ? () => ['ip', ['netns', 'exec', link.netns, 'node', ...script]] : () => ['node', script];
    const host = link ? link.address : '127.0.0.1';
    for (const [name, client] of Object.entries(clients)) {
        const sender = await launch({ label: 'node flood', command, env: { FLOOD_HOST: host } });
        say(`${what}: ${name}`);
        const senderBefore = sampleProcess(sender.pid).cpu;
        const result = await client(`ws://${host}:${sender.port}`);
        result.sender_cpu_s = sampleProcess(sender.pid).cpu - senderBefore;
        if (!result.done) say(`${name} did not finish: ${result.error ?? ''}`);
        results[name] = result;
        await stopServer(sender);
    }
    return results;
}

// Starts bench/rttlink.py (a link with rttMs of round trip to a network namespace; needs root)
// and resolves with { link: { netns, address, stop() } }, or with { link: null, reason }.
export function startLink(here, rttMs) {
    if (process.getuid?.() !== 0) return Promise.resolve({ link: null, reason: 'needs root (network namespaces and TUN devices)' });
    const child = spawn('python3', [path.join(here, 'rttlink.py'), '--rtt-ms', String(rttMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve) => {
        let out = '';
        child.stdout.on('data', (data) => {
            out += data;
            const match = /ready netns=(\S+) address=(\S+)/.exec(out);
            if (match) {
                const stop = () => new Promise((done) => {
                    if (child.exitCode !== null || child.signalCode !== null) return done();
                    child.once('exit', done);
                    child.kill('SIGTERM');
                });
                resolve({ link: { netns: match[1], address: match[2], stop } });
            }
        });
        child.stderr.on('data', (data) => (out += data));
        child.on('exit', (code) => resolve({ link: null, reason: `rttlink.py exited with ${code}: ${out.trim()}` }));
    });
}

// A "result ..." line's fields as a result that says whether it came.
export const finished = (result) => (result ? { done: 1, ...result } : { done: 0 });

// ---- statistics and formatting --------------------------------------------------------------

export const median = (values) => {
    const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    if (!sorted.length) return NaN;
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const fmt = (value, digits = 0) =>
    Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a';
export const ratio = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
export const verdict = (ok) => (ok ? 'met' : '**not met**');
export const table = (header, rows) =>
    [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
