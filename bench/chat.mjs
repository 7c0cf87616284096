// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The chat benchmarks (issue #15): fan-out in one room, and idle members in many rooms, for
// banter-server's chat service beside a Node ws broadcast server and Socket.IO 4.8, one at a time
// on the same machine. The sender and the receivers are banter-loadgen's fanout mode: C++,
// plain sockets and epoll, cheap next to the servers (its own CPU cost is in the table).

import path from 'node:path';

import { fmt, launch, loadgen, stopServer, table, verdict } from './lib.mjs';

// Offered deliveries a second (messages a second × members), climbed until a step fails.
const ladder = [25e3, 50e3, 75e3, 100e3, 150e3, 200e3, 300e3, 500e3, 750e3, 1e6, 1.5e6, 2e6,
    2.5e6, 3e6, 4e6];
// The rate every server sustains: where their CPU cost per delivery is compared like for like.
export const commonRate = 25e3;
const shapes = [
    { members: 100, senders: 1 },
    { members: 100, senders: 10 },
    { members: 1000, senders: 1 },
    { members: 1000, senders: 10 },
];
export const shapeName = (s) => `${fmt(s.members)} members × ${s.senders} sender${s.senders > 1 ? 's' : ''}`;

function chatServers(bin, here) {
    const node = (file) => () => ['node', [path.join(here, 'node', file), '0']];
    return {
        banter: {
            label: 'banter-server --service chat',
            // No per-client rate limit: the other two have none either.
            command: () => [path.join(bin, 'banter-server'),
                ['--host', '127.0.0.1', '-p', '0', '--service', 'chat', '--rate', '0']],
        },
        node: { label: 'Node ws broadcast', command: node('broadcast-server.mjs') },
        socketio: { label: 'Socket.IO 4.8', command: node('socketio-server.mjs'), socketio: 1 },
    };
}

// What climb() runs against: one server, started afresh for each climb.
const single = (server, kind) => ({
    socketio: server.socketio ?? 0,
    oneOrder: true,
    start: async () => {
        const running = await launch(server, kind);
        return { ports: [running.port], pids: [running.pid], stop: () => stopServer(running) };
    },
});

// A step passes with p99 under 100 ms and nothing lost, missing or out of a sender's order; and,
// unless the deployment does not promise it (oneOrder false), every member saw one order.
export const passes = (r, oneOrder = true) => r && r.p99_ms < 100 && r.lost === 0 && r.gaps === 0 &&
    r.out_of_order === 0 && (r.same_order === 1 || !oneOrder) && r.dropped === 0;

// Climbs the ladder of offered rates for one shape against a deployment ({ socketio, oneOrder,
// start() resolving with { ports, pids, redisPid?, stop() }) until a step fails.
export async function climb(bin, deployment, kind, shape, quick, say) {
    const steps = [];
    const running = await deployment.start();
    for (const offered of ladder) {
        const { result, err } = await loadgen(bin, 'fanout', {
            port: running.ports.join(','),
            room: 'bench',
            socketio: deployment.socketio,
            members: shape.members,
            senders: shape.senders,
            rate: offered / shape.members,
            'server-pid': running.pids.join(','),
            ...(running.redisPid ? { 'redis-pid': running.redisPid } : {}),
            warmup: quick ? 0.5 : 1,
            seconds: quick ? 1.5 : 3,
            drain: 2,
        });
        if (!result) say(`${kind} ${shapeName(shape)} at ${fmt(offered)}/s: ${err.trim()}`);
        steps.push({ offered, ...(result ?? {}) });
        say(`chat: ${kind}, ${shapeName(shape)}, ${fmt(offered)} deliveries/s offered: ` +
            (result ? `p99 ${fmt(result.p99_ms, 1)} ms, lost ${fmt(result.lost)}, ` +
                `server ${fmt(result.server_cpu_s_per_m, 2)} CPU s per million` : 'failed'));
        if (!passes(result, deployment.oneOrder)) break;
    }
    await running.stop();
    const ok = (s) => passes(s, deployment.oneOrder);
    const passed = steps.filter(ok);
    return { best: passed.at(-1) ?? {}, failed: ok(steps.at(-1)) ? null : steps.at(-1),
        common: steps.find((s) => s.offered === commonRate && ok(s)) ?? {},
        oneOrder: passed.length > 0 && passed.every((s) => s.same_order === 1) };
}

// Every shape against every deployment ({ kind: deployment }), one climb each; returns
// at(shape, kind) with the climb's { best, failed, common, oneOrder }.
export async function climbAll(bin, deployments, climbShapes, quick, say) {
    const results = {};
    for (const shape of climbShapes) {
        for (const [kind, deployment] of Object.entries(deployments))
            results[`${shapeName(shape)}|${kind}`] = await climb(bin, deployment, kind, shape, quick, say);
    }
    return (shape, kind) => results[`${shapeName(shape)}|${kind}`];
}

// A climb's top as a table cell: "2,499,967 (p99 50.6 ms; next step 3,000,000/s: p99 169 ms)".
export function topCell({ best, failed }) {
    if (!Number.isFinite(best.delivered_dps)) return 'none passed';
    const next = failed ? `; next step ${fmt(failed.offered)}/s: ${failed.lost ? `${fmt(failed.lost)} lost` : `p99 ${fmt(failed.p99_ms, 0)} ms`}` : '; top of the ladder';
    return `${fmt(best.delivered_dps)} (p99 ${fmt(best.p99_ms, 1)} ms${next})`;
}

// How many times banter's top is another's, as a table cell.
export const timesCell = (banter, other) => {
    const ratio = banter.best.delivered_dps / other.best.delivered_dps;
    return Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : 'n/a';
};

async function idle(bin, server, kind, connections, quick, say) {
    say(`chat: ${fmt(connections)} idle members in 100 rooms, ${kind}`);
    const running = await launch(server, kind);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { result, err } = await loadgen(bin, 'idle', {
        port: running.port,
        room: 'room',
        rooms: 100,
        socketio: server.socketio ?? 0,
        connections,
        'server-pid': running.pid,
        'settle-ms': quick ? 1000 : 2000,
    });
    if (!result) say(`${kind}: ${err.trim()}`);
    await stopServer(running);
    return result ?? {};
}

export async function chatBenchmark({ bin, here, quick, say }) {
    const servers = chatServers(bin, here);
    const kinds = Object.keys(servers);
    const fanout = await climbAll(bin, Object.fromEntries(kinds.map((k) => [k, single(servers[k], k)])),
        shapes, quick, say);
    const echo = { label: 'banter-server (echo)', command: () => [path.join(bin, 'banter-server'), ['--host', '127.0.0.1', '-p', '0']] };
    const memory = { echo: await idle(bin, echo, 'echo', 10000, quick, say) };
    for (const kind of kinds) memory[kind] = await idle(bin, servers[kind], kind, 10000, quick, say);
    return chatTables(servers, fanout, memory);
}

function chatTables(servers, at, memory) {
    const kinds = Object.keys(servers);
    const top = (shape, kind) => topCell(at(shape, kind));
    const times = (shape, kind) => timesCell(at(shape, 'banter'), at(shape, kind));
    const rate = table(['one room', ...kinds.map((k) => servers[k].label), 'banter / Node ws', 'banter / Socket.IO'],
        shapes.map((s) => [shapeName(s), ...kinds.map((k) => top(s, k)), times(s, 'node'), times(s, 'socketio')]));

    const cpu = (r, field = 'server_cpu_s_per_m') => (Number.isFinite(r[field]) ? fmt(r[field], 2) : 'n/a');
    const cost = table(['one room', ...kinds.map((k) => `${servers[k].label}: at ${fmt(commonRate)}/s · at its top`), 'load generator at banter\'s top'],
        shapes.map((s) => [shapeName(s), ...kinds.map((k) => `${cpu(at(s, k).common)} · ${cpu(at(s, k).best)}`),
            cpu(at(s, 'banter').best, 'loadgen_cpu_s_per_m')]));

    const thousand = shapes.filter((s) => s.members === 1000);
    const worstCpu = Math.max(...thousand.map((s) => at(s, 'banter').best.server_cpu_s_per_m ?? Infinity));
    const worstRatio = Math.min(...thousand.map((s) => at(s, 'banter').best.delivered_dps / at(s, 'node').best.delivered_dps));
    const perMember = (kind) => memory[kind].per_connection_bytes / 1024;
    const goals = table(['goal (1,000 members; 10,000 idle members in 100 rooms)', 'measured', 'verdict'], [
        ['server CPU s per million deliveries at the top rate ≤ 2', fmt(worstCpu, 2), verdict(worstCpu <= 2)],
        ['deliveries/s at p99 < 100 ms ≥ 2.5× Node ws', `${worstRatio.toFixed(1)}×`, verdict(worstRatio >= 2.5)],
        ['memory per idle member ≤ 4 KB', `${fmt(perMember('banter'), 2)} KB (all ${fmt(memory.banter.greeted)} greeted)`,
            verdict(perMember('banter') <= 4 && memory.banter.greeted === 10000)],
        ['… and within 10 % of an idle echo client', `${fmt(perMember('banter'), 2)} vs ${fmt(perMember('echo'), 2)} KB`,
            verdict(perMember('banter') <= 1.1 * perMember('echo'))],
    ]);
    const idleTable = table(['10,000 idle members in 100 rooms', 'banter-server (echo)', ...kinds.map((k) => servers[k].label)], [
        ['greeted', ...['echo', ...kinds].map((k) => fmt(memory[k].greeted))],
        ['memory per member', ...['echo', ...kinds].map((k) => `${fmt(perMember(k), 2)} KB`)],
    ]);
    return { rate, cost, goals, idle: idleTable };
}
