// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the tests of banter-server --redis share: a real redis-server on a free loopback port, in a
// temporary folder, saving nothing; and waiting for a ws client's messages.

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { bounded, startServer } from './banter-server-process.mjs';

// Whether Debian's redis-server is installed; a test without it fails and says so.
export const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

// Three banter-server --service chat instances on one Redis (and arguments of their own), once
// each has said that Redis is ready.
export async function startInstances(redis, extra = []) {
    const servers = await Promise.all([0, 1, 2].map(() => startServer(
        ['--host', '127.0.0.1', '--service', 'chat', '--redis', redis.url, '--rate', '0', ...extra])));
    await Promise.all(servers.map((server) => server.waitFor(/^redis at .* ready$/)));
    return servers;
}

export async function freePort() {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address();
    probe.close();
    await once(probe, 'close');
    return port;
}

// Starts redis-server on port (a free one when not given) with extra arguments; resolves once it
// accepts connections.
async function launch(port, folder, extra) {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', folder,
        '--save', '', '--appendonly', 'no', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await bounded(new Promise((resolve, reject) => {
        child.stdout.on('data', (data) => {
            output += data;
            if (output.includes('Ready to accept connections'))
                resolve();
        });
        child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    }), 'redis-server');
    child.removeAllListeners('exit');
    child.stdout.resume();
    return child;
}

// A redis-server for a test (and for scripts/bench): url, port, pid, signal(name), restart()
// (killed with -9, then started again on the same port, empty), command(...words) (redis-cli's
// answer as text), stop().
export async function startRedis(extra = [], port = 0) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'banter-redis-'));
    const redis = { port: port || await freePort() };
    redis.url = `redis://127.0.0.1:${redis.port}`;
    let child = await launch(redis.port, folder, extra);
    const kill = async () => {
        if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGKILL');
            await once(child, 'exit');
        }
    };
    Object.defineProperty(redis, 'pid', { get: () => child.pid });
    redis.signal = (name) => child.kill(name);
    redis.command = (...words) => {
        const run = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(redis.port), ...words],
            { encoding: 'utf8' });
        if (run.status !== 0)
            throw new Error(`redis-cli ${words.join(' ')}: ${run.stderr}`);
        return run.stdout.trim();
    };
    redis.restart = async () => {
        await kill();
        child = await launch(redis.port, folder, extra);
    };
    redis.stop = async () => {
        await kill();
        rmSync(folder, { recursive: true, force: true });
    };
    return redis;
}

// Resolves with the client's messages (a ws client of connect()) once test(messages) holds.
export function until(client, test, what) {
    return bounded(new Promise((resolve) => {
        const check = () => test(client.messages) && (resolve(client.messages), true);
        if (check())
            return;
        const onMessage = () => check() && client.socket.off('message', onMessage);
        client.socket.on('message', onMessage);
    }), what);
}

// waitFor(count): the client's first count messages, once it has had them.
export function collect(client) {
    return (count) => until(client, (messages) => messages.length >= count, `${count} messages`)
        .then((messages) => messages.slice(0, count));
}
