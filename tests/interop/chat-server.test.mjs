// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-server --service chat, driven by the reference's client library (`ws`): several plain
// and banter.chat.v1 clients in several rooms, the handshake refusal of a bad room, resume after
// a reconnect, errors; every JSON message the server sends, and every example of
// docs/PROTOCOL.md, is checked against docs/banter.chat.v1.schema.json.
//
// Run (from the Banter source folder, after `npm ci --prefix tests/interop`):
//   BANTER_SERVER=build/bin/banter-server node --test tests/interop/chat-server.test.mjs
// CTest runs it as "interop_chat_server".

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

import { bounded, connect, serverPath, startServer, ws } from './banter-server-process.mjs';

const docs = new URL('../../docs/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('banter.chat.v1.schema.json', docs), 'utf8'));
const protocolPage = readFileSync(new URL('PROTOCOL.md', docs), 'utf8');

let Ajv2020 = null;
try {
    ({ default: Ajv2020 } = await import('ajv/dist/2020.js'));
} catch {
    // Reported by the first test.
}

const V1 = 'banter.chat.v1';

// A v1 client whose JSON messages are parsed, checked against the schema and can be awaited.
class ChatClient {
    constructor(url, validate) {
        this.client = connect(url, V1);
        this.socket = this.client.socket;
        this.received = [];
        this.waiters = [];
        this.socket.on('message', (data, isBinary) => {
            assert.equal(isBinary, false, 'a v1 server sends text frames only');
            const message = JSON.parse(data.toString());
            assert.ok(validate(message),
                `${data} does not follow the schema: ${JSON.stringify(validate.errors)}`);
            this.received.push(message);
            this.waiters = this.waiters.filter((waiter) => !waiter());
        });
    }

    // Resolves with the received messages once test() holds for them.
    until(test, what) {
        return bounded(new Promise((resolve) => {
            const check = () => test(this.received) && (resolve(this.received), true);
            if (!check())
                this.waiters.push(check);
        }), what);
    }

    ofType(type) {
        return this.received.filter((message) => message.type === type);
    }

    async join(fields = {}) {
        await bounded(new Promise((resolve) => this.socket.once('open', resolve)), 'open');
        assert.equal(this.socket.protocol, V1);
        // The server says hello first: only then is it known to speak v1.
        const [hello] = await this.until(() => this.ofType('hello').length === 1, 'hello');
        assert.deepEqual(hello, { type: 'hello', protocol: V1, room: hello.room });
        this.send({ type: 'join', ...fields });
        await this.until(() => this.ofType('welcome').length === 1, 'welcome');
        return this.ofType('welcome')[0];
    }

    send(message) {
        this.socket.send(JSON.stringify(message));
    }
}

if (!ws || !Ajv2020 || !serverPath || !existsSync(serverPath)) {
    it('needs the Node packages and banter-server', () => {
        assert.ok(ws && Ajv2020, 'run `npm ci --prefix tests/interop` in the Banter source folder');
        assert.ok(serverPath && existsSync(serverPath), 'set BANTER_SERVER to banter-server');
    });
} else {
    describe('banter-server --service chat', () => {
        const ajv = new Ajv2020({ allErrors: true });
        const validateAny = ajv.compile(schema);
        const validateServer = ajv.getSchema(`${schema.$id}#/$defs/serverMessage`);
        const validateClient = ajv.getSchema(`${schema.$id}#/$defs/clientMessage`);
        let server;
        let base;

        before(async () => {
            server = await startServer(['--service', 'chat', '--history', '5']);
            base = `ws://127.0.0.1:${server.port}`;
        });
        after(async () => {
            assert.equal(await server.stop(), 0);
        });

        it('keeps rooms apart and gives every member of a room the same order', async () => {
            const rooms = ['/', '/tea', '/coffee.2'];
            const perRoom = await Promise.all(rooms.map(async (room) => {
                const plain = [connect(base + room), connect(base + room)];
                for (const client of plain)
                    assert.equal(await client.greeted, 'Welcome to Awesome Chat');
                const v1 = [new ChatClient(base + room, validateServer),
                    new ChatClient(base + room, validateServer)];
                await Promise.all(v1.map((client, i) => client.join({ name: `n${i}` })));
                return { room, plain, v1 };
            }));

            // Every client of every room sends at once.
            const count = 20;
            for (const { room, plain, v1 } of perRoom) {
                for (let i = 0; i < count; ++i) {
                    plain[0].socket.send(`${room} p0 ${i}`);
                    plain[1].socket.send(Buffer.from(`${room} p1 ${i}`));
                    v1[0].send({ type: 'message', text: `${room} v0 ${i}`, id: `m${i}` });
                    v1[1].send({ type: 'message', text: `${room} v1 ${i}` });
                }
            }
            const total = 4 * count;
            for (const { room, plain, v1 } of perRoom) {
                await Promise.all(plain.map((client) => bounded(new Promise((resolve) => {
                    const check = () => client.messages.length === 1 + total && resolve();
                    client.socket.on('message', check);
                    check();
                }), `${total} messages in ${room}`)));
                const seen = await Promise.all(v1.map((client) => client.until(
                    () => client.ofType('message').length === total, `${total} v1 messages`)));
                const order = plain[0].messages.slice(1).map((message) => message.toString());
                assert.deepEqual(plain[1].messages.slice(1).map((message) => message.toString()), order);
                for (const messages of seen) {
                    const chat = messages.filter((message) => message.type === 'message');
                    assert.deepEqual(chat.map((message) => message.text ??
                        Buffer.from(message.binary, 'base64').toString()), order);
                    assert.deepEqual(chat.map((message) => message.offset),
                        Array.from({ length: total }, (_, i) => i + 1));
                    assert.ok(chat.every((message) => message.room === (room === '/' ? 'lobby' : room.slice(1))));
                }
                // Nothing from another room, and each sender's messages in the order it sent them.
                for (const sender of ['p0', 'p1', 'v0', 'v1']) {
                    const mine = order.filter((text) => text.split(' ')[1] === sender);
                    assert.deepEqual(mine, Array.from({ length: count }, (_, i) => `${room} ${sender} ${i}`));
                }
                for (const client of [...plain, ...v1])
                    client.socket.close();
            }
        });

        it('refuses a path that names no room with 404 and the reason', async () => {
            for (const path of ['/a/b', `/${'x'.repeat(65)}`, '/room/']) {
                const response = await bounded(new Promise((resolve) => {
                    const socket = new ws.WebSocket(base + path);
                    socket.on('error', () => {});
                    socket.on('unexpected-response', (request, res) => {
                        let body = '';
                        res.on('data', (chunk) => { body += chunk; });
                        res.on('end', () => resolve({ status: res.statusCode, body }));
                    });
                }), `the refusal of ${path}`);
                assert.equal(response.status, 404);
                assert.match(response.body, /no such room/);
            }
        });

        it('resumes exactly where a member left off', async () => {
            const stayer = new ChatClient(`${base}/resume`, validateServer);
            await stayer.join({ name: 'stayer' });
            const leaver = new ChatClient(`${base}/resume`, validateServer);
            const welcome = await leaver.join({ name: 'leaver' });
            stayer.send({ type: 'message', text: 'before' });
            await leaver.until(() => leaver.ofType('message').length === 1, 'before');
            const last = leaver.ofType('message')[0];
            leaver.socket.close();
            await stayer.until(() => stayer.ofType('presence').some((p) => p.event === 'leave'), 'leave');
            for (const text of ['missed 1', 'missed 2'])
                stayer.send({ type: 'message', text });
            await stayer.until(() => stayer.ofType('message').length === 3, 'own messages');

            const back = new ChatClient(`${base}/resume`, validateServer);
            const resumed = await back.join({ name: 'leaver', since: { offset: last.offset, epoch: welcome.epoch } });
            assert.equal(resumed.recovered, true);
            assert.equal(resumed.history, 2);
            await back.until(() => back.ofType('message').length === 2, 'the missed messages');
            assert.deepEqual(back.ofType('message').map((message) => [message.text, message.history]),
                [['missed 1', true], ['missed 2', true]]);

            const stranger = new ChatClient(`${base}/resume`, validateServer);
            const lost = await stranger.join({ since: { offset: 1, epoch: 'another' } });
            assert.equal(lost.recovered, false);
            assert.equal(lost.reason, 'other_epoch');
            for (const client of [stayer, back, stranger])
                client.socket.close();
        });

        it('answers bad input with typed errors and stays usable', async () => {
            const client = new ChatClient(`${base}/errors`, validateServer);
            await client.join({ name: 'e' });
            const frames = ['{', '[]', '{"type":"dance"}', '{"type":"message"}', '{"type":"rename","name":""}'];
            for (const frame of frames)
                client.socket.send(frame);
            await client.until(() => client.ofType('error').length === frames.length, 'errors');
            assert.deepEqual(client.ofType('error').map((error) => error.code),
                ['bad_json', 'bad_json', 'unknown_type', 'bad_message', 'name_invalid']);
            client.send({ type: 'message', text: 'fine' });
            await client.until(() => client.ofType('message').length === 1, 'the message after the errors');
            client.socket.close();
        });

        it('has an example of every message in docs/PROTOCOL.md, each following the schema', () => {
            const examples = [...protocolPage.matchAll(/```json\n([\s\S]*?)```/g)]
                .map(([, text]) => JSON.parse(text));
            const seen = new Set();
            for (const example of examples) {
                assert.ok(validateAny(example),
                    `${JSON.stringify(example)}: ${JSON.stringify(validateAny.errors)}`);
                const side = validateClient(example) ? 'client' : 'server';
                seen.add(`${side} ${example.type}`);
            }
            assert.deepEqual([...seen].sort(), ['client join', 'client message', 'client rename',
                'server error', 'server hello', 'server message', 'server presence', 'server welcome']);
        });
    });
}
