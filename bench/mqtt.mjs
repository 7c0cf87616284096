// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// MQTT (issue #18): messages a second from banter-cli through a real mosquitto and back, beside
// libmosquitto's own sample clients (mosquitto_pub and mosquitto_sub, Debian's mosquitto-clients)
// doing the same on the same broker. Two paths:
//   - back from the broker: the client subscribes to the topic it publishes to;
//   - to a subscriber and back: an echo, itself made of the sample clients
//     (mosquitto_sub -t bench/in | mosquitto_pub -l -t bench/out), sends each message back on
//     another topic.
// The messages are lines of a file (made once): banter-cli reads it as its input, mosquitto_pub
// -l as its; each run ends when its receiver has every message back (banter-cli -n, mosquitto_sub
// -C). Wall time from start to the last message, and the client's CPU time (user + system, GNU
// time; both sample processes together), medians of the repetitions, the two clients interleaved.

import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';

import { freePort } from '../tests/interop/redis-process.mjs';
import { fmt, median, stopServer, table } from './lib.mjs';

const host = '127.0.0.1';

async function startBroker(folder) {
    const port = await freePort();
    const config = path.join(folder, 'mosquitto.conf');
    writeFileSync(config, [`listener ${port} ${host}`, 'allow_anonymous true', 'persistence false',
        'max_queued_messages 0', 'max_inflight_messages 0', 'user root', ''].join('\n'));
    const child = spawn('/usr/sbin/mosquitto', ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    await new Promise((resolve, reject) => {
        child.stderr.on('data', (data) => {
            log += data;
            if (log.includes(' running')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`mosquitto exited with ${code}: ${log}`)));
    });
    child.removeAllListeners('exit');
    return { child, port };
}

// `lines` lines of `size` bytes, the newline included, as a file in folder.
async function inputFile(lines, size, folder) {
    const file = path.join(folder, `${lines}x${size}.txt`);
    const out = createWriteStream(file);
    for (let i = 0; i < lines; ++i) {
        const text = `m${i} `.padEnd(size - 1, 'x') + '\n';
        if (!out.write(text)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return file;
}

// Runs command under GNU time, its output into the file `output` (or nowhere); resolves with
// { code, cpu, err, ended } once it exits.
function timed(command, commandArgs, { stdin = 'ignore', output = null } = {}) {
    const stdout = output ? openSync(output, 'w') : 'ignore';
    const child = spawn('/usr/bin/time', ['-f', 'cpu %U %S', command, ...commandArgs],
        { stdio: [stdin, stdout, 'pipe'] });
    let err = '';
    child.stderr.on('data', (data) => (err += data));
    const done = new Promise((resolve) => child.on('close', (code) => {
        const ended = process.hrtime.bigint();
        const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(err);
        resolve({ code, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, err, ended });
    }));
    return { child, done };
}

// Resolves once `file` holds `text`, or rejects after `ms`.
async function waitForText(file, text, ms = 10000) {
    const deadline = Date.now() + ms;
    while (!(existsSync(file) && readFileSync(file, 'latin1').includes(text))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}" in ${file}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
}

// The echo subscriber: each message of bench/in published again on bench/out.
async function startEcho(port, qos) {
    const common = `-h ${host} -p ${port} -q ${qos}`;
    const child = spawn('sh', ['-c',
        `stdbuf -oL mosquitto_sub ${common} -t bench/in | mosquitto_pub ${common} -l -t bench/out`],
    { stdio: 'ignore', detached: true });
    // Ready once a probe comes back through it.
    for (let attempt = 0; ; ++attempt) {
        const probe = timed('mosquitto_sub', ['-h', host, '-p', String(port), '-t', 'bench/out', '-C', '1', '-W', '1']);
        await new Promise((resolve) => setTimeout(resolve, 100));
        spawn('mosquitto_pub', ['-h', host, '-p', String(port), '-t', 'bench/in', '-m', 'probe']);
        const { code } = await probe.done;
        if (code === 0) break;
        if (attempt > 20) throw new Error('the echo subscriber did not answer');
    }
    return { stop: () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } } };
}

// banter-cli: one process publishing its input and counting what comes back.
async function runBanter(bin, port, path_, count, file) {
    const url = `mqtt://${host}:${port}/${path_}`;
    const started = process.hrtime.bigint();
    const run = timed(path.join(bin, 'banter-cli'), ['-q', '-n', String(count), '--linger', '0', url],
        { stdin: openSync(file, 'r') });
    const result = await run.done;
    return { seconds: Number(result.ended - started) / 1e9, cpu: result.cpu, code: result.code, err: result.err };
}

// The sample clients: mosquitto_sub counting (-C, it exits with the last message), mosquitto_pub -l
// publishing the file. mosquitto_sub -d says SUBACK once it is subscribed.
async function runSample(port, publishTopic, receiveTopic, qos, count, file, folder) {
    const common = ['-h', host, '-p', String(port), '-q', String(qos)];
    const output = path.join(folder, 'received.txt');
    const receiver = timed('stdbuf', ['-oL', 'mosquitto_sub', ...common, '-t', receiveTopic, '-C', String(count), '-d'],
        { output });
    await waitForText(output, 'SUBACK');
    const started = process.hrtime.bigint();
    const sender = timed('mosquitto_pub', [...common, '-t', publishTopic, '-l'], { stdin: openSync(file, 'r') });
    const [sent, received] = await Promise.all([sender.done, receiver.done]);
    const code = sent.code || received.code;
    return { seconds: Number(received.ended - started) / 1e9, cpu: sent.cpu + received.cpu, code,
        err: sent.code ? sent.err : received.err };
}

export async function mqttBenchmark({ bin, reps, quick, say }) {
    // Under 65,536: mosquitto_pub -l takes a wrapped message id for its last one and disconnects
    // before the rest are acknowledged (Debian's 2.0.11), which loses them at QoS 1.
    const count = quick ? 20000 : 60000;
    const size = 64;
    const folder = mkdtempSync(path.join(os.tmpdir(), 'banter-bench-mqtt-'));
    const file = await inputFile(count, size, folder);
    const broker = await startBroker(folder);
    const rows = [];
    for (const qos of [0, 1]) {
        for (const via of ['broker', 'echo']) {
            const echo = via === 'echo' ? await startEcho(broker.port, qos) : null;
            const banterPath = via === 'echo' ? `bench/out?publish=bench/in&qos=${qos}` : `bench/self?qos=${qos}`;
            const results = { banter: [], sample: [] };
            for (let rep = 0; rep < reps; ++rep) {
                const banter = await runBanter(bin, broker.port, banterPath, count, file);
                const sample = via === 'echo'
                    ? await runSample(broker.port, 'bench/in', 'bench/out', qos, count, file, folder)
                    : await runSample(broker.port, 'bench/self', 'bench/self', qos, count, file, folder);
                for (const [kind, run] of Object.entries({ banter, sample })) {
                    say(`mqtt: QoS ${qos}, ${via}, ${kind}: ${fmt(run.seconds, 2)} s, cpu ${fmt(run.cpu, 2)} s` +
                        (run.code === 0 ? '' : `, exit code ${run.code}: ${run.err.trim().split('\n')[0]}`));
                    results[kind].push(run.code === 0 ? run : { seconds: NaN, cpu: NaN });
                }
            }
            echo?.stop();
            const at = (kind, field) => median(results[kind].map((r) => r[field]));
            const cell = (kind) => `${fmt(count / at(kind, 'seconds'))}/s; CPU ${fmt(at(kind, 'cpu') * 1e6 / count)} µs a message`;
            const ratio = at('sample', 'seconds') / at('banter', 'seconds');
            rows.push([`QoS ${qos}, ${via === 'echo' ? 'to an echo subscriber and back' : 'back from the broker'}`,
                cell('banter'), cell('sample'), Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a',
                Number.isFinite(ratio) ? (ratio >= 0.8 ? 'met' : '**not met**') : 'n/a']);
        }
    }
    await stopServer(broker);
    rmSync(folder, { recursive: true, force: true });
    return table([`${fmt(count)} messages of ${size} bytes through mosquitto`, 'banter-cli',
        'mosquitto_pub + mosquitto_sub', 'banter-cli\'s rate / theirs', 'goal ≥ 0.8×'], rows);
}
