// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Three banter-server --service chat --redis instances on one real redis-server (started here on
// a free port, in a temporary folder): members on all three share a room in one order; a v1
// client resumes on another instance; Redis absent, or the wrong password, at start.
//
// Run (from the Banter source folder, after `npm ci --prefix tests/interop`):
//   BANTER_SERVER=build/bin/banter-server node --test tests/interop/chat-redis.test.mjs
// CTest runs it as "interop_chat_redis".

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { bounded, connect, serverPath, startServer } from './banter-server-process.mjs';
import { collect, freePort, hasRedis, startInstances, startRedis } from './redis-process.mjs';

const V1 = 'banter.chat.v1';

// A banter.chat.v1 client: joins, and parses what it gets.
async function joinV1(url, fields) {
    const client = connect(url, V1);
    const waitFor = collect(client);
    await waitFor(1); // hello
    client.socket.send(JSON.stringify({ type: 'join', ...fields }));
    const messages = await waitFor(2);
    const welcome = JSON.parse(messages[1]);
    assert.equal(welcome.type, 'welcome', messages[1]);
    return { client, welcome, waitFor, parsed: () => client.messages.map((m) => JSON.parse(m)) };
}

if (!hasRedis || !serverPath) {
    it('needs redis-server and banter-server', () => {
        assert.ok(hasRedis, 'redis-server is missing: apt-get install redis-server');
        assert.ok(serverPath, 'set BANTER_SERVER to banter-server');
    });
} else {
    describe('banter-server --service chat --redis', () => {
        let redis;
        let servers;
        let urls;

        before(async () => {
            redis = await startRedis();
            servers = await startInstances(redis, ['--history', '20']);
            urls = servers.map((server) => `ws://127.0.0.1:${server.port}`);
        });
        after(async () => {
            for (const server of servers ?? [])
                assert.equal(await server.stop(), 0);
            await redis?.stop();
        });

        it('gives 30 members on three instances every message of the room in one order', async () => {
            const members = [];
            for (let i = 0; i < 30; ++i) {
                const client = connect(`${urls[i % 3]}/tea`);
                assert.equal(await client.greeted, 'Welcome to Awesome Chat');
                members.push({ client, waitFor: collect(client) });
            }
            // One sender on each instance, all at once; a binary message among them.
            const count = 50;
            for (let i = 0; i < count; ++i) {
                for (let s = 0; s < 3; ++s)
                    members[s].client.socket.send(`s${s} ${i}`);
            }
            members[4].client.socket.send(Buffer.from([0, 1, 2, 255]));
            const total = 3 * count + 1 + 1; // and the greeting
            const seen = await Promise.all(members.map(({ waitFor }) => waitFor(total)));
            const order = (messages) => messages.map((m) => (Buffer.isBuffer(m) ? `bin:${m.toString('hex')}` : m));
            const first = order(seen[0]);
            for (const messages of seen)
                assert.deepEqual(order(messages), first, 'every member sees the room in one order');
            assert.ok(first.includes('bin:000102ff'));
            for (let s = 0; s < 3; ++s) {
                const own = first.filter((m) => m.startsWith(`s${s} `));
                assert.deepEqual(own, Array.from({ length: count }, (_, i) => `s${s} ${i}`));
            }
            // The counters: the first instance published its sender's 50, and every instance
            // delivered all 151 from Redis.
            servers[0].child.kill('SIGUSR1');
            await servers[0].waitFor(
                /^redis: 50 published, 151 delivered from redis, 0 gaps filled, 0 lost, 0 waiting, 0 refused, 0 reconnects$/);
            for (const { client } of members)
                client.socket.close();
        });

        it('lets a v1 member come back on another instance and get exactly what it missed', async () => {
            const ann = await joinV1(`${urls[0]}/coffee`, { name: 'ann' });
            const bob = await joinV1(`${urls[1]}/coffee`, { name: 'bob' });
            for (let i = 0; i < 5; ++i)
                bob.client.socket.send(JSON.stringify({ type: 'message', text: `before ${i}` }));
            await ann.waitFor(2 + 1 + 5); // hello, welcome, bob's join, five messages
            const seen = ann.parsed().filter((m) => m.type === 'message');
            const last = seen.at(-1);
            assert.equal(last.text, 'before 4');
            ann.client.socket.close();
            await ann.client.closed;

            for (let i = 0; i < 3; ++i)
                bob.client.socket.send(JSON.stringify({ type: 'message', text: `missed ${i}` }));
            await bob.waitFor(2 + 5 + 3 + 1); // its own copies, and ann's leave
            const back = await joinV1(`${urls[2]}/coffee`,
                { name: 'ann', since: { offset: last.offset, epoch: last.epoch } });
            assert.equal(back.welcome.recovered, true, JSON.stringify(back.welcome));
            assert.equal(back.welcome.history, 3);
            const replay = (await back.waitFor(2 + 3)).slice(2, 5).map((m) => JSON.parse(m));
            assert.deepEqual(replay.map((m) => m.text), ['missed 0', 'missed 1', 'missed 2']);
            assert.deepEqual(replay.map((m) => m.offset), [last.offset + 1, last.offset + 2, last.offset + 3]);
            assert.ok(replay.every((m) => m.history === true && m.epoch === last.epoch));
            back.client.socket.close();
            bob.client.socket.close();
        });
    });

    describe('banter-server --redis when Redis is not there', () => {
        it('exits with 1 and says why when Redis is absent at start', async () => {
            const port = await freePort();
            const server = await startServer(['--host', '127.0.0.1', '--service', 'chat', '--redis',
                `redis://127.0.0.1:${port}`]);
            const [code] = await bounded(server.exited, 'exit');
            assert.equal(code, 1);
            assert.match(server.errors, new RegExp(`redis unreachable at 127.0.0.1:${port}: Connection refused`));
            assert.match(server.errors, /--redis-wait/);
        });

        it('with --redis-wait, waits and serves once Redis is there', async () => {
            const port = await freePort();
            const server = await startServer(['--host', '127.0.0.1', '--service', 'chat', '--redis',
                `redis://127.0.0.1:${port}`, '--redis-wait']);
            await server.waitFor(/retrying in/);
            const late = await startRedis([], port);
            try {
                await server.waitFor(/^redis at .* ready$/);
                const client = connect(`ws://127.0.0.1:${server.port}/late`);
                assert.equal(await client.greeted, 'Welcome to Awesome Chat');
                const waitFor = collect(client);
                client.socket.send('hello');
                assert.deepEqual(await waitFor(2), ['Welcome to Awesome Chat', 'hello']);
                client.socket.close();
            } finally {
                assert.equal(await server.stop(), 0);
                await late.stop();
            }
        });

        it('says the password was refused', async () => {
            const redis = await startRedis(['--requirepass', 's3cret']);
            try {
                const server = await startServer(['--host', '127.0.0.1', '--service', 'chat', '--redis',
                    `redis://:wrong@127.0.0.1:${redis.port}`]);
                const [code] = await bounded(server.exited, 'exit');
                assert.equal(code, 1);
                assert.match(server.errors, /refused the login: WRONGPASS/);
                assert.doesNotMatch(server.errors, /wrong@/);
            } finally {
                await redis.stop();
            }
        });
    });
}
