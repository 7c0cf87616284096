// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Three banter-server --service chat --redis instances while their Redis misbehaves under a flow
// of messages: frozen (SIGSTOP) for three seconds, then killed with -9 and started again empty.
// Every member keeps its connection and gets every message once, all members in one order (across
// the kill, but for the place of a message Redis was handing out at that moment: checkEveryoneGot).
//
// Run (from the Banter source folder, after `npm ci --prefix tests/interop`):
//   BANTER_SERVER=build/bin/banter-server node --test tests/interop/chat-redis-failures.test.mjs
// CTest runs it as "interop_chat_redis_failures".

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { connect, serverPath } from './banter-server-process.mjs';
import { hasRedis, startInstances, startRedis, until } from './redis-process.mjs';

if (!hasRedis || !serverPath) {
    it('needs redis-server and banter-server', () => {
        assert.ok(hasRedis, 'redis-server is missing: apt-get install redis-server');
        assert.ok(serverPath, 'set BANTER_SERVER to banter-server');
    });
} else {
    describe('banter-server --service chat --redis, Redis misbehaving', () => {
        let redis;
        let servers;
        let members;

        before(async () => {
            redis = await startRedis();
            servers = await startInstances(redis);
            members = [];
            for (let i = 0; i < 6; ++i) {
                const client = connect(`ws://127.0.0.1:${servers[i % 3].port}/storm`);
                assert.equal(await client.greeted, 'Welcome to Awesome Chat');
                members.push({ client });
            }
        });
        after(async () => {
            for (const { client } of members ?? [])
                client.socket.close();
            for (const server of servers ?? [])
                assert.equal(await server.stop(), 0);
            await redis?.stop();
        });

        // Sends count messages from each of the first three members (one per instance), calling
        // midway() when half are out.
        async function flow(tag, count, midway) {
            for (let i = 0; i < count; ++i) {
                if (i === count / 2)
                    await midway();
                for (let s = 0; s < 3; ++s)
                    members[s].client.socket.send(`${tag} s${s} ${i}`);
            }
        }

        // The messages of list that are not in its longest common subsequence with first.
        function displaced(list, first) {
            const lengths = Array.from({ length: list.length + 1 }, () => new Array(first.length + 1).fill(0));
            for (let i = list.length - 1; i >= 0; --i) {
                for (let j = first.length - 1; j >= 0; --j) {
                    lengths[i][j] = list[i] === first[j] ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
                }
            }
            const common = new Set();
            for (let i = 0, j = 0; i < list.length && j < first.length;) {
                if (list[i] === first[j]) {
                    common.add(list[i]);
                    ++i;
                    ++j;
                } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                    ++i;
                } else {
                    ++j;
                }
            }
            return list.filter((m) => !common.has(m));
        }

        // Every member got the same messages of this tag in the same order, each sender's all and
        // in order, none twice.
        //
        // With acrossACrash, one allowance: Redis killed while it handed a message out can leave
        // it with the members of some instances only; its sender publishes it again under the new
        // epoch, and the instances that had it skip it by its id (docs/SCALING.md, "Seen back, or
        // sent again"). Everyone gets it once, but the members that had it before the crash got
        // it at an earlier place. Such a message must be one sent before the kill; with those left
        // out, every member has the rest in one order. Nothing may be lost or come twice.
        async function checkEveryoneGot(tag, count, { acrossACrash = false } = {}) {
            const tagged = (messages) => messages.map(String).filter((m) => m.startsWith(`${tag} `));
            const all = (messages) => new Set(tagged(messages)).size >= 3 * count;
            const expected = [0, 1, 2].flatMap((s) => Array.from({ length: count }, (_, i) => `${tag} s${s} ${i}`));
            const seen = await Promise.all(members.map(async ({ client }, at) => {
                try {
                    return tagged(await until(client, all, `${3 * count} ${tag} messages`));
                } catch (error) {
                    // Which ones, and where the member is: a loss is read from this line.
                    const got = new Set(tagged(client.messages));
                    const missing = expected.filter((m) => !got.has(m));
                    throw new Error(`${error.message}: member ${at} (instance ${at % 3 + 1}) misses ${missing.join(', ')}`);
                }
            }));
            for (const [at, messages] of seen.entries()) {
                const twice = messages.filter((m, i) => messages.indexOf(m) !== i);
                assert.deepEqual(twice, [], `nothing twice (member ${at})`);
            }
            const moved = new Set(acrossACrash ? seen.flatMap((messages) => displaced(messages, seen[0])) : []);
            for (const message of moved) {
                assert.ok(Number(message.split(' ')[2]) < count / 2,
                    `${message} came at another place, but it was sent after Redis was killed`);
            }
            const kept = seen.map((messages) => messages.filter((m) => !moved.has(m)));
            for (const messages of kept)
                assert.deepEqual(messages, kept[0], 'one order for every member');
            for (let s = 0; s < 3; ++s) {
                assert.deepEqual(kept[0].filter((m) => m.startsWith(`${tag} s${s} `)),
                    expected.filter((m) => m.startsWith(`${tag} s${s} `) && !moved.has(m)));
            }
            return moved;
        }

        it('loses nothing while Redis is frozen for three seconds', async () => {
            await flow('frozen', 40, async () => {
                redis.signal('SIGSTOP');
                // Messages keep coming while Redis is frozen: they wait, in order.
                setTimeout(() => redis.signal('SIGCONT'), 3000);
            });
            await checkEveryoneGot('frozen', 40);
            for (const { client } of members)
                assert.equal(client.socket.readyState, 1, 'every member is still connected');
        });

        it('keeps what a client says before Redis has given it a name', async () => {
            // A v1 member, to see under what name the messages come.
            const observer = connect(`ws://127.0.0.1:${servers[1].port}/quiet`, 'banter.chat.v1');
            await until(observer, (messages) => messages.length >= 1, 'hello');
            observer.socket.send(JSON.stringify({ type: 'join', name: 'observer' }));
            await until(observer, (messages) => messages.some((m) => String(m).includes('"welcome"')), 'welcome');
            redis.signal('SIGSTOP');
            let early;
            try {
                // Greeted at once; its name waits for Redis, and so do its messages.
                early = connect(`ws://127.0.0.1:${servers[0].port}/quiet`);
                assert.equal(await early.greeted, 'Welcome to Awesome Chat');
                for (let i = 0; i < 3; ++i)
                    early.socket.send(`early ${i}`);
            } finally {
                redis.signal('SIGCONT');
            }
            const said = (messages) => messages.map((m) => JSON.parse(m)).filter((m) => m.type === 'message');
            const seen = said(await until(observer, (messages) => said(messages).length >= 3, 'the three early messages'));
            assert.deepEqual(seen.map((m) => m.text), ['early 0', 'early 1', 'early 2']);
            // Under the guest's name, given by Redis once it was back.
            assert.match(seen[0].sender, /^guest-\d+$/);
            assert.ok(seen.every((m) => m.sender === seen[0].sender));
            observer.socket.close();
            early.socket.close();
        });

        it('loses nothing when Redis is killed and started again while messages flow', async () => {
            await flow('killed', 40, async () => {
                await redis.restart(); // SIGKILL, then the same port again, empty
            });
            const moved = await checkEveryoneGot('killed', 40, { acrossACrash: true });
            if (moved.size > 0)
                console.log(`# at another place at some members, across the crash: ${[...moved].join(', ')}`);
            await servers[0].waitFor(/^redis back after [0-9.]+ s; \d+ waiting messages sent$/);
            for (const { client } of members)
                assert.equal(client.socket.readyState, 1, 'every member is still connected');
        });
    });
}
