// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Three banter-server --service chat --redis instances on one real redis-server (started here on
// a free port, in a temporary folder): members on all three share a room in one order, and one
// set of names and presence; a v1 client resumes on another instance, beyond what that instance
// keeps, or hears that Redis no longer has what it missed; an instance killed with -9 takes its
// members with it; Redis absent, or the wrong password, at start.
//
// Run (from the Banter source folder, after `npm ci --prefix tests/interop`):
//   BANTER_SERVER=build/bin/banter-server node --test tests/interop/chat-redis.test.mjs
// CTest runs it as "interop_chat_redis".

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { bounded, connect, serverPath, startServer } from './banter-server-process.mjs';
import { collect, freePort, hasRedis, startInstances, startRedis, until } from './redis-process.mjs';

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

        it('delivers a message once when Redis numbers it twice', async () => {
            // As after a Redis killed while it handed a message out and started again empty:
            // the sender publishes it again (the same id) under the next number, and the
            // instances that delivered it before skip it.
            const members = [];
            for (let i = 0; i < 3; ++i) {
                const client = connect(`${urls[i]}/twice`);
                assert.equal(await client.greeted, 'Welcome to Awesome Chat');
                members.push(client);
            }
            const has = (text) => (messages) => messages.map(String).includes(text);
            members[0].socket.send('once');
            await Promise.all(members.map((client) => until(client, has('once'), 'once')));
            const again = redis.command('EVAL', `
                local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)[1][2][2]
                local offset = redis.call('INCR', KEYS[2])
                local record = offset .. string.sub(last, (string.find(last, '\\n')))
                redis.call('XADD', KEYS[1], offset .. '-0', 'r', record)
                redis.call('PUBLISH', KEYS[3], record)
                return offset`, '3', 'banter:{twice}:log', 'banter:{twice}:offset', 'banter:{twice}');
            assert.equal(again, '2');
            members[1].socket.send('after');
            for (const client of members) {
                const messages = (await until(client, has('after'), 'after')).map(String);
                assert.deepEqual(messages.filter((m) => m === 'once' || m === 'after'), ['once', 'after']);
                client.socket.close();
            }
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

        // ann leaves one instance at `offset`; bob sends `count` messages; ann comes back on
        // another instance with `since`.
        async function missAndResume(room, count, beforeResume = () => {}) {
            const ann = await joinV1(`${urls[0]}/${room}`, { name: 'ann' });
            const bob = await joinV1(`${urls[1]}/${room}`, { name: 'bob' });
            bob.client.socket.send(JSON.stringify({ type: 'message', text: 'seen' }));
            const seen = await until(ann.client, (messages) => messages.some((m) => m.includes('"seen"')),
                'the message ann sees');
            const last = JSON.parse(seen.find((m) => m.includes('"seen"')));
            ann.client.socket.close();
            await ann.client.closed;
            for (let i = 0; i < count; ++i)
                bob.client.socket.send(JSON.stringify({ type: 'message', text: `missed ${i}` }));
            await until(bob.client, (messages) => messages.some((m) => m.includes(`"missed ${count - 1}"`)),
                'bob\'s last message');
            beforeResume();
            const back = await joinV1(`${urls[2]}/${room}`,
                { name: 'ann', since: { offset: last.offset, epoch: last.epoch } });
            return { back, bob, last };
        }

        it('resumes from Redis beyond the history an instance keeps', async () => {
            // The instances keep 20 messages; ann missed 45.
            const { back, bob, last } = await missAndResume('tisane', 45);
            assert.equal(back.welcome.recovered, true, JSON.stringify(back.welcome));
            assert.equal(back.welcome.history, 45);
            const replay = (await back.waitFor(2 + 45)).slice(2).map((m) => JSON.parse(m));
            assert.deepEqual(replay.map((m) => m.text), Array.from({ length: 45 }, (_, i) => `missed ${i}`));
            assert.deepEqual(replay.map((m) => m.offset), Array.from({ length: 45 }, (_, i) => last.offset + 1 + i));
            assert.ok(replay.every((m) => m.history === true && m.sender === 'bob'));
            back.client.socket.close();
            bob.client.socket.close();
        });

        it('says recovered false when Redis no longer has what a member missed', async () => {
            const { back, bob } = await missAndResume('mate', 25,
                () => assert.equal(redis.command('XTRIM', 'banter:{mate}:log', 'MAXLEN', '5'), '21'));
            assert.equal(back.welcome.recovered, false, JSON.stringify(back.welcome));
            assert.equal(back.welcome.reason, 'too_old');
            // The room's history follows instead: what is left of it in Redis (this instance
            // opened the room with this join).
            assert.equal(back.welcome.history, 5);
            const history = (await back.waitFor(2 + 5)).slice(2).map((m) => JSON.parse(m));
            assert.deepEqual(history.map((m) => m.text), Array.from({ length: 5 }, (_, i) => `missed ${20 + i}`));
            back.client.socket.close();
            bob.client.socket.close();
        });

        it('shares names and presence across instances', async () => {
            const sam = await joinV1(`${urls[0]}/chai`, { name: 'sam' });
            const other = await joinV1(`${urls[1]}/chai`, { name: 'sam' });
            assert.equal(other.welcome.name, 'sam-2');
            assert.equal(other.welcome.requestedName, 'sam');
            assert.deepEqual(other.welcome.members, ['sam', 'sam-2']);
            // A plain client on the third instance gets a guest's name that nobody else has.
            const plain = connect(`${urls[2]}/chai`);
            assert.equal(await plain.greeted, 'Welcome to Awesome Chat');
            other.client.socket.send(JSON.stringify({ type: 'rename', name: 'ted' }));
            const presence = (client) => client.messages.map((m) => JSON.parse(m)).filter((m) => m.type === 'presence');
            await until(sam.client, () => presence(sam.client).length >= 4, 'four presence events');
            const events = presence(sam.client).map((m) => [m.event, m.name, m.from ?? '']);
            assert.deepEqual(events.slice(0, 2), [['join', 'sam', ''], ['join', 'sam-2', '']]);
            assert.ok(events.some(([event, name]) => event === 'join' && /^guest-\d+$/.test(name)), JSON.stringify(events));
            assert.ok(events.some(([event, name, from]) => event === 'rename' && name === 'ted' && from === 'sam-2'));
            // Each member heard of its own arrival once, right after its welcome.
            assert.deepEqual(presence(other.client)[0], { ...presence(other.client)[0], event: 'join', name: 'sam-2' });
            assert.equal(presence(other.client).filter((m) => m.event === 'join' && m.name === 'sam-2').length, 1);
            plain.socket.close();
            await until(sam.client, () => presence(sam.client).some((m) => m.event === 'leave' && /^guest-/.test(m.name)),
                'the guest\'s leave');
            const late = await joinV1(`${urls[2]}/chai`, {});
            assert.deepEqual(late.welcome.members, ['sam', 'ted', late.welcome.name]);
            for (const client of [sam, other, late])
                client.client.socket.close();
        });
    });

    describe('banter-server --service chat --redis, an instance killed', () => {
        it('takes the members of an instance killed with -9 out of the others\' presence', async () => {
            const redis = await startRedis();
            const servers = await startInstances(redis);
            try {
                const urls = servers.map((server) => `ws://127.0.0.1:${server.port}/oolong`);
                const watcher = await joinV1(urls[0], { name: 'watcher' });
                const doomed = await joinV1(urls[2], { name: 'doomed' });
                const plain = connect(urls[2]);
                await plain.greeted;
                const presence = () => watcher.parsed().filter((m) => m.type === 'presence');
                await until(watcher.client, () => presence().length >= 3, 'three arrivals');
                servers[2].child.kill('SIGKILL');
                await until(watcher.client, () => presence().filter((m) => m.event === 'leave').length >= 2,
                    'the killed instance\'s members leaving');
                const left = presence().filter((m) => m.event === 'leave').map((m) => m.name).sort();
                assert.equal(left[0], 'doomed');
                assert.match(left[1], /^guest-\d+$/);
                const late = await joinV1(urls[1], { name: 'late' });
                assert.deepEqual(late.welcome.members, ['watcher', 'late']);
                assert.equal(watcher.client.socket.readyState, 1);
                watcher.client.socket.close();
                late.client.socket.close();
            } finally {
                for (const server of servers.slice(0, 2))
                    assert.equal(await server.stop(), 0);
                await servers[2].exited;
                await redis.stop();
            }
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
