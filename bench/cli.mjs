// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-cli in pipes (issue #17), beside a Node ws client that pipes the same way
// (bench/node/pipe-client.mjs: a line a message, at most 64 on their way): many short lines, and
// 1 GiB of long ones, through banter-server's echo, each client exiting once it has every echo.
// The input is a file (made once, in a temporary folder); wall time from start to exit, and the
// client's peak memory (GNU time's maximum resident set), medians of the repetitions, the two
// clients interleaved. websocat, the usual Rust reference,
// is in neither Debian 12 nor npm, so it is not measured.

import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';

import { fmt, launch, median, stopServer, table } from './lib.mjs';

const shapes = [
    { name: '200,000 lines of 64 bytes', lines: 200000, size: 64 },
    { name: '1 GiB: 65,536 lines of 16 KiB', lines: 65536, size: 16384 },
];

// The shape's input as a file in folder: `lines` lines of `size` bytes, the newline included.
// A file, as in "replay a file", so that no producer process shares the machine with the client.
async function inputFile(shape, folder) {
    const file = path.join(folder, `${shape.lines}x${shape.size}.txt`);
    const line = Buffer.alloc(shape.size, 'x');
    line[shape.size - 1] = 0x0a;
    const block = Buffer.concat(Array(Math.max(1, Math.floor(65536 / shape.size))).fill(line));
    const linesPerBlock = block.length / shape.size;
    const out = createWriteStream(file);
    for (let left = shape.lines; left > 0; left -= linesPerBlock) {
        const chunk = left >= linesPerBlock ? block : block.subarray(0, left * shape.size);
        if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return file;
}

// Runs command under GNU time with the file as its input; resolves with { seconds, peakKb, code }.
function pipeThrough(command, commandArgs, file) {
    return new Promise((resolve) => {
        const started = process.hrtime.bigint();
        const child = spawn('/usr/bin/time', ['-f', 'peak %M', command, ...commandArgs],
            { stdio: [openSync(file, 'r'), 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (data) => (err += data));
        child.on('close', (code) => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const peak = /peak (\d+)/.exec(err);
            resolve({ seconds, peakKb: peak ? Number(peak[1]) : NaN, code, err });
        });
    });
}

export async function cliBenchmark({ bin, here, reps, say }) {
    const server = await launch({ label: 'banter-server (echo)',
        command: () => [path.join(bin, 'banter-server'), ['--host', '127.0.0.1', '-p', '0']] });
    const url = `ws://127.0.0.1:${server.port}`;
    const clients = {
        cli: { label: 'banter-cli', command: (count) => [path.join(bin, 'banter-cli'), ['-q', '-n', String(count), url]] },
        node: { label: 'Node ws client', command: (count) => ['node', [path.join(here, 'node', 'pipe-client.mjs'), url, String(count)]] },
    };
    const results = {};
    const folder = mkdtempSync(path.join(os.tmpdir(), 'banter-bench-cli-'));
    for (const shape of shapes) {
        const file = await inputFile(shape, folder);
        for (let rep = 0; rep < reps; ++rep) {
            for (const [kind, client] of Object.entries(clients)) {
                // Every echo and the greeting.
                const [command, commandArgs] = client.command(shape.lines + 1);
                const run = await pipeThrough(command, commandArgs, file);
                say(`cli: ${client.label}, ${shape.name}: ${fmt(run.seconds, 2)} s, peak ${fmt(run.peakKb / 1024, 1)} MiB` +
                    (run.code === 0 ? '' : `, exit code ${run.code}: ${run.err.trim().split('\n')[0]}`));
                (results[`${shape.name}|${kind}`] ??= []).push(run.code === 0 ? run : { seconds: NaN, peakKb: NaN });
            }
        }
    }
    rmSync(folder, { recursive: true, force: true });
    await stopServer(server);
    const at = (shape, kind, field) => median(results[`${shape.name}|${kind}`].map((r) => r[field]));
    const cell = (shape, kind) => {
        const seconds = at(shape, kind, 'seconds');
        const rate = shape.lines / seconds;
        const bytes = shape.lines * shape.size / seconds / 2 ** 20;
        return `${fmt(seconds, 2)} s (${fmt(rate)} lines/s, ${fmt(bytes, 1)} MiB/s); peak ${fmt(at(shape, kind, 'peakKb') / 1024, 1)} MiB`;
    };
    const ratio = (shape) => {
        const r = at(shape, 'node', 'seconds') / at(shape, 'cli', 'seconds');
        return Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a';
    };
    return table(['through banter-server\'s echo', ...Object.values(clients).map((c) => c.label), 'banter-cli\'s speed / Node\'s'],
        shapes.map((s) => [s.name, ...Object.keys(clients).map((k) => cell(s, k)), ratio(s)]));
}
