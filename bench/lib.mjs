// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the benchmark scripts share: running programs, starting servers that print "listening on
// port N", the load generator, medians and Markdown tables.

import { spawn } from 'node:child_process';
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
