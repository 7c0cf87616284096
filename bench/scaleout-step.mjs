// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One step of the scale-out benchmark (section 7), to compare two builds at one shape and rate:
// three instances on a fresh Debian redis-server, one room, banter-loadgen fanout as the senders
// and members; prints p99, losses and the CPU seconds per million deliveries (Redis included).
// Interleave the builds: the machine's noise then falls on both alike.
//
//   node bench/scaleout-step.mjs BIN banter|socketio MEMBERS DELIVERIES_PER_SECOND [REPETITIONS]
//   for r in 1 2 3; do for b in /tmp/old /tmp/new; do
//       node bench/scaleout-step.mjs $b/bin banter 3000 25000 1; done; done

import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startRedis } from '../tests/interop/redis-process.mjs';
import { fmt, launch, loadgen, stopServer } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [binArg, kind, membersArg, rateArg, repsArg] = process.argv.slice(2);
if (!binArg || !['banter', 'socketio'].includes(kind) || !Number(membersArg) || !Number(rateArg)) {
    process.stderr.write('usage: node bench/scaleout-step.mjs BIN banter|socketio MEMBERS RATE [REPETITIONS]\n');
    process.exit(1);
}
const bin = path.resolve(binArg);
const members = Number(membersArg);
const offered = Number(rateArg);
const command = (url) => (kind === 'banter'
    ? [path.join(bin, 'banter-server'),
        ['--host', '127.0.0.1', '-p', '0', '--service', 'chat', '--rate', '0', '--redis', url]]
    : ['node', [path.join(here, 'node', 'socketio-server.mjs'), '0', url]]);

for (let repetition = 0; repetition < Number(repsArg ?? 3); ++repetition) {
    const redis = await startRedis();
    const servers = await Promise.all([0, 1, 2].map((i) =>
        launch({ label: kind, command: () => command(redis.url) }, `${kind} ${i + 1}`)));
    const { result, err } = await loadgen(bin, 'fanout', {
        port: servers.map((s) => s.port).join(','),
        room: 'bench',
        socketio: kind === 'socketio' ? 1 : 0,
        members,
        senders: 3,
        rate: offered / members,
        'server-pid': servers.map((s) => s.pid).join(','),
        'redis-pid': redis.pid,
        warmup: 1,
        seconds: 4,
        drain: 2,
    });
    process.stdout.write(`${kind} ${bin}, ${fmt(members)} members, ${fmt(offered)}/s offered: ` + (result
        ? `p99 ${fmt(result.p99_ms, 1)} ms, lost ${fmt(result.lost)}, ` +
          `${fmt(result.server_cpu_s_per_m, 2)} CPU s per million (Redis ${fmt(result.redis_cpu_s_per_m, 2)})\n`
        : `failed: ${err.trim()}\n`));
    for (const server of servers) await stopServer(server);
    await redis.stop();
}
