// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The reference's own QML client (reference-client/, run by Qt's qml tool) and a Node ws client
// in the lobby of banter-server --service chat: both are chat clients with no change. The QML
// client shows the greeting, its own message twice (">" as it sent it, "<" as the room delivered
// it) and the Node client's message; the Node client gets the QML client's message.
//
// Run (from the Banter source folder, after `npm ci --prefix tests/interop`):
//   BANTER_SERVER=build/bin/banter-server BANTER_QML=/usr/lib/qt6/bin/qml \
//       node --test tests/interop/reference-client.test.mjs
// CTest runs it as "interop_reference_client".

import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { createInterface } from 'node:readline';

import { bounded, connect, serverPath, startServer } from './banter-server-process.mjs';

const qmlPath = process.env.BANTER_QML ?? '/usr/lib/qt6/bin/qml';
const clientFolder = new URL('reference-client/', import.meta.url);
const clientFiles = ['Label.qml', 'ChatView.qml', 'ChatInput.qml', 'ws_client.qml', 'harness.qml'];

let server;
let folder;

before(async () => {
    assert.ok(existsSync(serverPath), `BANTER_SERVER (${serverPath}) must name banter-server`);
    assert.ok(existsSync(qmlPath),
        `Qt's qml tool (${qmlPath}) is missing: install qml-qt6 qml6-module-qtquick qml6-module-qtwebsockets`);
    server = await startServer(['--host', '127.0.0.1', '--service', 'chat']);
    folder = mkdtempSync(path.join(os.tmpdir(), 'banter-reference-client-'));
    for (const file of clientFiles)
        copyFileSync(new URL(file, clientFolder), path.join(folder, file));
    // The one change to the reference client: the address of the server under test.
    const client = path.join(folder, 'ws_client.qml');
    const source = readFileSync(client, 'utf8');
    assert.ok(source.includes('"ws://localhost:3000"'));
    writeFileSync(client, source.replace('"ws://localhost:3000"', `"ws://127.0.0.1:${server.port}"`));
});

after(async () => {
    await server?.stop();
    if (folder)
        rmSync(folder, { recursive: true, force: true });
});

// The QML client, with every row its chat view got and a way to wait for the next ones.
function startQmlClient() {
    const child = spawn(qmlPath, ['harness.qml'], {
        cwd: folder,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Software rendering: no OpenGL needed on a machine without a display.
        env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', QT_QUICK_BACKEND: 'software' },
    });
    const client = { child, rows: [], output: '', waiters: [] };
    const onLine = (line) => {
        client.output += `${line}\n`;
        const match = /row (.) (.*)$/.exec(line);
        if (!match)
            return;
        client.rows.push(`${match[1]} ${match[2]}`);
        client.waiters = client.waiters.filter((waiter) => !waiter());
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    client.waitForRows = (count) => bounded(new Promise((resolve) => {
        const check = () => client.rows.length >= count && (resolve(client.rows.slice(0, count)), true);
        if (!check())
            client.waiters.push(check);
    }), `${count} rows from the QML client (output so far:\n${client.output})`);
    return client;
}

// The first count messages of a Node client, once it has had them.
const messagesOf = (client, count) => bounded(new Promise((resolve) => {
    const check = () => client.messages.length >= count && (resolve(client.messages.slice(0, count)), true);
    if (check())
        return;
    const onMessage = () => check() && client.socket.off('message', onMessage);
    client.socket.on('message', onMessage);
}), `${count} messages for the Node client`);

it('the reference QML client and a Node client talk in the lobby', async () => {
    const node = connect(`ws://127.0.0.1:${server.port}/`);
    assert.equal(await node.greeted, 'Welcome to Awesome Chat');
    const qml = startQmlClient();
    try {
        // Greeted, then its own message as sent and as the room delivered it.
        assert.deepEqual(await qml.waitForRows(4), [
            '# socket open',
            '< Welcome to Awesome Chat',
            '> hello from QML',
            '< hello from QML',
        ]);
        assert.deepEqual(await messagesOf(node, 2), ['Welcome to Awesome Chat', 'hello from QML']);
        node.socket.send('hello from Node');
        assert.deepEqual((await qml.waitForRows(5))[4], '< hello from Node');
        // The Node client gets its own message back too, after the QML client's.
        assert.deepEqual(await messagesOf(node, 3), ['Welcome to Awesome Chat', 'hello from QML', 'hello from Node']);
    } finally {
        qml.child.kill('SIGTERM');
        node.socket.close();
    }
    assert.equal(qml.rows.length, 5, `no other rows: ${qml.rows.join(' | ')}`);
});
