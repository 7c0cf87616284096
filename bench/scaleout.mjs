// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rooms across servers (issue #16): three banter-server --service chat --redis instances beside
// three Socket.IO 4.8 processes with @socket.io/redis-adapter 8.3, each trio on a Debian
// redis-server of its own, started afresh for every climb. One room; its members and its three
// senders spread evenly over the three processes (member i on process i % 3), so that most
// deliveries cross Redis. The sender and receivers are banter-loadgen's fanout mode, as for the
// single-server chat benchmark; the CPU time is the three processes' and Redis' together.

import path from 'node:path';

import { climbAll, commonRate, shapeName, timesCell, topCell } from './chat.mjs';
import { startRedis } from '../tests/interop/redis-process.mjs';
import { fmt, launch, stopServer, table, verdict } from './lib.mjs';

const shapes = [30, 300, 3000].map((members) => ({ members, senders: 3 }));

function trios(bin, here) {
    return {
        banter: {
            label: '3 × banter-server --service chat --redis',
            socketio: 0,
            // No per-client rate limit: Socket.IO has none either.
            command: (url) => [path.join(bin, 'banter-server'),
                ['--host', '127.0.0.1', '-p', '0', '--service', 'chat', '--rate', '0', '--redis', url]],
        },
        socketio: {
            label: '3 × Socket.IO 4.8 + @socket.io/redis-adapter 8.3',
            socketio: 1,
            // The adapter publishes each emit on its own: members on different processes see
            // the senders' messages interleaved differently. Measured without that demand.
            oneOrder: false,
            command: (url) => ['node', [path.join(here, 'node', 'socketio-server.mjs'), '0', url]],
        },
    };
}

// Redis, then three processes on it; stop() ends them all.
const onRedis = (trio, kind) => ({
    socketio: trio.socketio,
    oneOrder: trio.oneOrder ?? true,
    start: async () => {
        const redis = await startRedis();
        const processes = await Promise.all([0, 1, 2].map((i) =>
            launch({ label: trio.label, command: () => trio.command(redis.url) }, `${kind} ${i + 1}`)));
        return {
            ports: processes.map((p) => p.port),
            pids: processes.map((p) => p.pid),
            redisPid: redis.pid,
            stop: async () => {
                for (const p of processes) await stopServer(p);
                await redis.stop();
            },
        };
    },
});

export async function scaleOutBenchmark({ bin, here, quick, say }) {
    const all = trios(bin, here);
    const kinds = Object.keys(all);
    const at = await climbAll(bin, Object.fromEntries(kinds.map((k) => [k, onRedis(all[k], k)])),
        shapes, quick, say);
    const top = (shape, kind) => topCell(at(shape, kind));
    const times = (shape) => timesCell(at(shape, 'banter'), at(shape, 'socketio'));
    const order = (shape, kind) => (at(shape, kind).oneOrder ? 'yes' : '**no**');
    const rate = table(['one room, over 3 processes', ...kinds.map((k) => all[k].label), 'banter / Socket.IO',
        ...kinds.map((k) => `one order at every member: ${k}`)],
    shapes.map((s) => [shapeName(s), ...kinds.map((k) => top(s, k)), times(s), ...kinds.map((k) => order(s, k))]));

    const cpu = (r) => (Number.isFinite(r.server_cpu_s_per_m)
        ? `${fmt(r.server_cpu_s_per_m, 2)} (Redis ${fmt(r.redis_cpu_s_per_m, 2)})` : 'n/a');
    const cost = table(['one room, over 3 processes', ...kinds.map((k) => `${all[k].label}: at ${fmt(commonRate)}/s · at its top`)],
        shapes.map((s) => [shapeName(s), ...kinds.map((k) => `${cpu(at(s, k).common)} · ${cpu(at(s, k).best)}`)]));

    const share = (s, which) => at(s, 'banter')[which].server_cpu_s_per_m / at(s, 'socketio')[which].server_cpu_s_per_m;
    const percent = (value) => (Number.isFinite(value) ? `${(value * 100).toFixed(0)} %` : 'n/a');
    const goals = table(['goal: CPU per delivery (Redis included) ≤ ⅓ of Socket.IO\'s', `at ${fmt(commonRate)}/s`, 'verdict',
        'at each one\'s top rate'], shapes.map((s) => {
        const common = share(s, 'common');
        return [shapeName(s), percent(common), verdict(common <= 1 / 3), percent(share(s, 'best'))];
    }));
    return { rate, cost, goals };
}
