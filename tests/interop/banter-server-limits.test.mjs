// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-server's limits, seen by the reference's own client library (`ws`) the way a user's
// client sees them: the close codes and reasons, HTTP refusals, pings, the shutdown, wss://.
//
// Run (from the Banter source folder, after `npm ci --prefix tests/interop`):
//   BANTER_SERVER=build/bin/banter-server node --test tests/interop/banter-server-limits.test.mjs
// CTest runs it as "interop_banter_server_limits".

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { bounded, connect, serverPath, startServer, ws } from './banter-server-process.mjs';

const MiB = 1024 * 1024;

async function greeted(url, options) {
    const client = connect(url, options);
    assert.equal(await client.greeted, 'Welcome to Awesome Chat');
    return client;
}

async function stillEchoes(client, text) {
    const echo = client.nextMessage();
    client.socket.send(text);
    assert.equal(await echo, text);
}

if (!ws || !serverPath || !existsSync(serverPath)) {
    it('has its Node packages and banter-server', () => {
        assert.ok(ws, 'the Node packages are not installed: run `npm ci --prefix tests/interop`');
        assert.ok(serverPath && existsSync(serverPath),
            `set BANTER_SERVER to the path of banter-server (now "${serverPath}")`);
    });
} else {
    describe('banter-server limits seen by a ws client', () => {
        it('closes every message over --max-message-size with 1009, even while the client still sends', async () => {
            const server = await startServer(['--max-message-size', '1MiB']);
            try {
                const url = `ws://127.0.0.1:${server.port}`;
                const bystander = await greeted(url);
                // Ten times: a close frame lost to a reset connection shows as 1006 at once.
                for (let i = 0; i < 10; ++i) {
                    const client = await greeted(url);
                    client.socket.send(Buffer.alloc(8 * MiB, i));
                    assert.deepEqual(await client.closedWith(),
                        { code: 1009, reason: 'Maximum framesize exceeded.' }, `attempt ${i}`);
                }
                await stillEchoes(bystander, 'still here');
                await server.waitFor(/^client 127\.0\.0\.1:\d+ disconnected \(1009: /);
            } finally {
                assert.equal(await server.stop(), 0);
            }
        });

        it('closes a fragmented message over --max-message-size with 1009', async () => {
            const server = await startServer(['--max-message-size', '1MiB']);
            try {
                const url = `ws://127.0.0.1:${server.port}`;
                const client = await greeted(url);
                // 2 MiB in fragments of 64 KiB: no frame is over the limit, the message is.
                const fragments = 32;
                for (let i = 0; i < fragments; ++i) {
                    client.socket.send(Buffer.alloc(64 * 1024, i),
                        { binary: true, fin: i === fragments - 1 });
                }
                assert.equal((await client.closedWith()).code, 1009);
                await server.waitFor(/^client 127\.0\.0\.1:\d+ disconnected \(1009: /);
            } finally {
                assert.equal(await server.stop(), 0);
            }
        });

        it('closes with 1002 on an unmasked frame and 1007 on invalid UTF-8', async () => {
            const server = await startServer([]);
            try {
                const url = `ws://127.0.0.1:${server.port}`;
                const bystander = await greeted(url);
                const unmasked = await greeted(url);
                unmasked.socket.send('hello', { mask: false });
                assert.equal((await unmasked.closedWith()).code, 1002);
                const invalid = await greeted(url);
                invalid.socket.send(Buffer.from([0x68, 0xc3, 0x28]), { binary: false });
                assert.equal((await invalid.closedWith()).code, 1007);
                await stillEchoes(bystander, 'still here');
            } finally {
                assert.equal(await server.stop(), 0);
            }
        });

        it('refuses a client beyond --max-clients with 1013, and serves the next once one leaves', async () => {
            const server = await startServer(['--max-clients', '2']);
            try {
                const url = `ws://127.0.0.1:${server.port}`;
                const first = await greeted(url);
                await greeted(url);
                const third = connect(url);
                assert.deepEqual(await third.closedWith(),
                    { code: 1013, reason: 'server full, try again later' });
                await server.waitFor(/^client 127\.0\.0\.1:\d+ refused: the server is full \(2 clients\)$/);
                first.socket.close(1000);
                await first.closedWith();
                const fourth = await greeted(url);
                await stillEchoes(fourth, 'my turn');
            } finally {
                assert.equal(await server.stop(), 0);
            }
        });

        it('answers an origin that is not on the --origin list with HTTP 403', async () => {
            const server = await startServer(['--origin', 'https://chat.example']);
            try {
                const url = `ws://127.0.0.1:${server.port}`;
                assert.equal(await bounded(connect(url, { origin: 'https://evil.example' }).refused,
                    'refusal'), 403);
                assert.equal(await bounded(connect(url).refused, 'refusal'), 403);
                await stillEchoes(await greeted(url, { origin: 'https://chat.example' }), 'welcome');
                await server.waitFor(/^client refused: origin "https:\/\/evil\.example" is not allowed$/);
            } finally {
                assert.equal(await server.stop(), 0);
            }
        });

        it('drops a client that does not read with 1008, and its unread output does not grow the server', async () => {
            const server = await startServer(['--output-cap', '1MiB']);
            try {
                const url = `ws://127.0.0.1:${server.port}`;
                const bystander = await greeted(url);
                const hog = await greeted(url);
                const status = () => readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
                const peakKiB = () => Number(/VmHWM:\s+(\d+) kB/.exec(status())[1]);
                const before = peakKiB();
                // It stops reading, and sends 128 MiB to be echoed.
                hog.socket.pause();
                const message = Buffer.alloc(MiB, 'h');
                for (let i = 0; i < 128; ++i)
                    hog.socket.send(message);
                await server.waitFor(/^client 127\.0\.0\.1:\d+ dropped with 1008: /);
                const grownMiB = (peakKiB() - before) / 1024;
                assert.ok(grownMiB < 64, `the server grew by ${grownMiB} MiB`);
                await stillEchoes(bystander, 'not affected');
                // Reading again, it finds the reason at the end of what the server kept for it.
                hog.socket.resume();
                assert.equal((await hog.closedWith()).code, 1008);
            } finally {
                assert.equal(await server.stop(), 0);
            }
        });

        it('pings a silent client, which ws answers, and keeps it', async () => {
            const server = await startServer(['--idle-timeout', '1']);
            try {
                const client = await greeted(`ws://127.0.0.1:${server.port}`);
                for (let i = 0; i < 3; ++i)
                    await bounded(once(client.socket, 'ping'), 'ping');
                assert.equal(client.socket.readyState, ws.WebSocket.OPEN);
                await stillEchoes(client, 'still here');
            } finally {
                assert.equal(await server.stop(), 0);
            }
        });

        it('closes every client with 1001 "server shutting down" on SIGTERM and exits 0', async () => {
            const server = await startServer(['--stats-interval', '0']);
            const url = `ws://127.0.0.1:${server.port}`;
            const clients = await Promise.all([1, 2, 3].map(() => greeted(url)));
            await stillEchoes(clients[0], 'counted');
            server.child.kill('SIGUSR1');
            await server.waitFor(/^clients: 3 connected, 3 served, 0 refused, 0 dropped; messages: 1 in, 4 out; bytes: 7 in, \d+ out$/);
            assert.equal(await server.stop(), 0);
            for (const client of clients) {
                assert.deepEqual(await client.closedWith(),
                    { code: 1001, reason: 'server shutting down' });
            }
            assert.ok(server.lines.includes('shutting down (SIGTERM)'));
        });

        it('serves wss:// with a certificate made by openssl, checked by the client', async () => {
            const dir = mkdtempSync(path.join(tmpdir(), 'banter-wss-'));
            try {
                const certificate = path.join(dir, 'cert.pem');
                const key = path.join(dir, 'key.pem');
                execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes',
                    '-keyout', key, '-out', certificate, '-days', '2', '-subj', '/CN=localhost',
                    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
                const server = await startServer(['--tls-cert', certificate, '--tls-key', key]);
                try {
                    const url = `wss://localhost:${server.port}`;
                    const client = await greeted(url, { ca: readFileSync(certificate) });
                    await stillEchoes(client, 'over TLS');
                    // A client that does not trust the certificate gets no further.
                    const untrusting = connect(url);
                    assert.equal((await untrusting.closedWith()).code, 1006);
                    await stillEchoes(client, 'still here');
                } finally {
                    assert.equal(await server.stop(), 0);
                }
            } finally {
                rmSync(dir, { recursive: true, force: true });
            }
        });
    });
}
