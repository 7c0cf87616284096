// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the tests that drive banter-server with `ws` clients share: the server process, and a
// client whose open, messages and close can be awaited.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import process from 'node:process';
import { createInterface } from 'node:readline';

export const serverPath = process.env.BANTER_SERVER ?? '';
// Bounds every wait, so that a hang fails instead of blocking; nothing is timed.
export const WAIT_MS = 30000;

export let ws = null;
try {
    ws = await import('ws');
} catch {
    // Reported by the first test.
}

export function bounded(promise, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS);
        // A wait nobody needs any more does not keep the test process alive.
        timer.unref();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// One banter-server process; every line it prints is kept, and can be waited for.
export async function startServer(args) {
    const child = spawn(serverPath, ['--port', '0', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    const server = { child, lines: [], errors: '', listeners: [] };
    child.stderr.on('data', (chunk) => { server.errors += chunk; });
    createInterface({ input: child.stdout }).on('line', (line) => {
        server.lines.push(line);
        server.listeners = server.listeners.filter((listener) => !listener(line));
    });
    server.exited = once(child, 'exit');
    server.waitFor = (pattern) => bounded(new Promise((resolve) => {
        const found = server.lines.find((line) => pattern.test(line));
        if (found !== undefined)
            return resolve(found);
        server.listeners.push((line) => pattern.test(line) && (resolve(line), true));
    }), `line matching ${pattern} from banter-server (stderr: ${server.errors})`);
    server.stop = async () => {
        if (child.exitCode === null && child.signalCode === null)
            child.kill('SIGTERM');
        const [code, signal] = await bounded(server.exited, 'exit of banter-server');
        if (signal !== null)
            throw new Error(`banter-server died of ${signal}; it said:\n${server.errors}${server.lines.join('\n')}`);
        return code;
    };
    const listening = await server.waitFor(/^listening on port \d+$/);
    server.port = Number(listening.split(' ').pop());
    return server;
}

// A ws client whose open, messages and close can be awaited.
export function connect(url, options = {}) {
    const socket = new ws.WebSocket(url, options);
    const client = { socket, messages: [] };
    socket.on('error', () => {}); // seen through 'close' or 'unexpected-response'
    socket.on('message', (data, isBinary) => client.messages.push(isBinary ? data : data.toString()));
    client.closed = new Promise((resolve) => {
        socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    client.refused = new Promise((resolve) => {
        socket.on('unexpected-response', (request, response) => {
            resolve(response.statusCode);
            request.destroy();
        });
    });
    client.greeted = bounded(new Promise((resolve, reject) => {
        socket.once('message', (data) => resolve(data.toString()));
        client.closed.then(({ code }) => reject(new Error(`closed with ${code} before the greeting`)));
    }), 'greeting');
    client.greeted.catch(() => {});
    client.nextMessage = () => bounded(once(socket, 'message').then(([data]) => data.toString()),
        'message');
    client.closedWith = () => bounded(client.closed, 'close');
    return client;
}
