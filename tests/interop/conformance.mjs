// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// An Autobahn-style conformance run (RFC 6455) for echo servers: the case families of the
// Autobahn TestSuite that apply to an echo server (1 framing, 2 pings and pongs, 3 reserved bits,
// 4 opcodes, 5 fragmentation, 6 UTF-8, 7 close handling, 9 limits), played byte by byte over a
// raw TCP socket (node:net: no WebSocket library on the client side, so that every frame is
// exactly the one the case describes, invalid ones included).
//
// Each case connects, skips the server's greeting, writes its frames and watches what comes back:
// echoes, pongs, a close frame (its code), the TCP connection ending, or nothing for
// IDLE_MS. The verdicts are Autobahn's: OK, NON-STRICT (allowed by the RFC but not the best
// behaviour: failing without a close frame, failing only at the end of a message rather than
// fast), FAILED.
//
// As a library: `cases`, `runCases(server, cases)`, the three `start…` functions. As a program:
//   node tests/interop/conformance.mjs --bin /path/to/bin [--report docs/CONFORMANCE.md]
//          [--only 1,2,…] [--servers banter,ws,bare]
// runs banter-server (BIN/banter-server), a Node `ws` echo server (in this process) and bare
// QtWebSockets (BIN/bench-bareecho) through every case, prints the summary, and with --report
// writes the Markdown report. BANTER_SERVER and BANTER_BAREECHO override the two paths.

import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

// A server that does nothing this long (no byte in, after the last byte out) has "timed out".
export const IDLE_MS = 2000;
// The wait of the fail-fast cases (6.4.x) between the invalid part of a message and its rest.
export const FAIL_FAST_MS = 1000;
export const GREETING = 'Welcome to Awesome Chat';

const OP = { CONT: 0, TEXT: 1, BINARY: 2, CLOSE: 8, PING: 9, PONG: 10 };

// ---------------------------------------------------------------------------------------------
// Frames, as a client sends them (masked unless told otherwise).

export function frame(op, payload = Buffer.alloc(0), { fin = true, rsv = 0, mask = true } = {}) {
    payload = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
    const length = payload.length;
    const extra = length < 126 ? 0 : length < 65536 ? 2 : 8;
    const head = Buffer.alloc(2 + extra + (mask ? 4 : 0));
    head[0] = (fin ? 0x80 : 0) | ((rsv & 7) << 4) | (op & 0x0f);
    head[1] = (mask ? 0x80 : 0) | (extra === 0 ? length : extra === 2 ? 126 : 127);
    if (extra === 2)
        head.writeUInt16BE(length, 2);
    else if (extra === 8)
        head.writeBigUInt64BE(BigInt(length), 2);
    if (!mask)
        return Buffer.concat([head, payload]);
    const key = randomBytes(4);
    key.copy(head, 2 + extra);
    const body = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; ++i)
        body[i] = payload[i] ^ key[i & 3];
    return Buffer.concat([head, body]);
}

const text = (payload, options) => frame(OP.TEXT, payload, options);
const binary = (payload, options) => frame(OP.BINARY, payload, options);
const cont = (payload, options) => frame(OP.CONT, payload, options);
const ping = (payload, options) => frame(OP.PING, payload, options);
const pong = (payload, options) => frame(OP.PONG, payload, options);

export function closePayload(code, reason = Buffer.alloc(0)) {
    if (code === undefined)
        return Buffer.alloc(0);
    const head = Buffer.alloc(2);
    head.writeUInt16BE(code);
    return Buffer.concat([head, Buffer.isBuffer(reason) ? reason : Buffer.from(reason)]);
}
const close = (code, reason, options) => frame(OP.CLOSE, closePayload(code, reason), options);

// A message split into fragments at the given byte offsets.
function fragments(op, payload, cuts) {
    const bounds = [0, ...cuts, payload.length];
    return bounds.slice(1).map((end, i) => frame(i === 0 ? op : OP.CONT,
        payload.subarray(bounds[i], end), { fin: i === bounds.length - 2 }));
}
// A message in fragments of `size` bytes.
function fragmentsOf(op, payload, size) {
    const cuts = [];
    for (let at = size; at < payload.length; at += size)
        cuts.push(at);
    return fragments(op, payload, cuts);
}

// ---------------------------------------------------------------------------------------------
// The raw client: the opening handshake, then the server's frames as events.
//   { t: 'text' | 'binary', data }   a whole (reassembled) message
//   { t: 'ping' | 'pong', data }
//   { t: 'close', code, reason, data }   code undefined for an empty close frame
//   { t: 'bad', why }                     the server sent a frame a client must refuse
//   { t: 'end' }                          the TCP connection ended

class RawClient {
    static open(port) {
        return new Promise((resolve, reject) => {
            const socket = net.connect({ host: '127.0.0.1', port });
            socket.setNoDelay(true);
            const key = randomBytes(16).toString('base64');
            let head = Buffer.alloc(0);
            const fail = (error) => { socket.destroy(); reject(error); };
            const timer = setTimeout(() => fail(new Error('no opening handshake answer')),
                IDLE_MS * 5);
            socket.on('error', fail);
            socket.on('connect', () => socket.write(
                'GET / HTTP/1.1\r\nHost: 127.0.0.1:' + port + '\r\nUpgrade: websocket\r\n' +
                'Connection: Upgrade\r\nSec-WebSocket-Key: ' + key + '\r\n' +
                'Sec-WebSocket-Version: 13\r\n\r\n'));
            const onData = (chunk) => {
                head = Buffer.concat([head, chunk]);
                const end = head.indexOf('\r\n\r\n');
                if (end < 0)
                    return;
                clearTimeout(timer);
                socket.off('data', onData);
                socket.off('error', fail);
                const response = head.subarray(0, end).toString('latin1');
                const accept = createHash('sha1')
                    .update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
                if (!/^HTTP\/1\.1 101 /.test(response) ||
                    !new RegExp(`^sec-websocket-accept: *${accept.replace(/[+/]/g, '\\$&')}\\s*$`,
                        'im').test(response))
                    return fail(new Error(`not a WebSocket handshake answer: ${response}`));
                resolve(new RawClient(socket, head.subarray(end + 4)));
            };
            socket.on('data', onData);
        });
    }

    constructor(socket, rest) {
        this.socket = socket;
        this.events = [];
        this.buffer = Buffer.alloc(0);
        this.message = null; // { t, parts } while a fragmented message comes in
        this.sentClose = false;
        this.receivedClose = false;
        this.ended = false;
        this.writeError = null;
        this.lastActivity = Date.now();
        this.waiters = new Set();
        socket.on('data', (chunk) => this.receive(chunk));
        socket.on('error', (error) => { this.writeError ??= error.code ?? error.message; });
        socket.on('close', () => {
            this.ended = true;
            this.events.push({ t: 'end' });
            this.notify();
        });
        if (rest.length > 0)
            this.receive(rest);
    }

    notify() {
        this.lastActivity = Date.now();
        for (const waiter of this.waiters)
            waiter();
    }

    receive(chunk) {
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        for (;;) {
            const b = this.buffer;
            if (b.length < 2)
                break;
            let length = b[1] & 0x7f;
            let at = 2;
            if (length === 126) {
                if (b.length < 4)
                    break;
                length = b.readUInt16BE(2);
                at = 4;
            } else if (length === 127) {
                if (b.length < 10)
                    break;
                length = Number(b.readBigUInt64BE(2));
                at = 10;
            }
            const masked = (b[1] & 0x80) !== 0;
            if (masked)
                at += 4;
            if (b.length < at + length)
                break;
            let payload = b.subarray(at, at + length);
            if (masked) {
                const key = b.subarray(at - 4, at);
                payload = Buffer.from(payload.map((byte, i) => byte ^ key[i & 3]));
                this.events.push({ t: 'bad', why: 'masked frame from the server' });
            }
            this.buffer = b.subarray(at + length);
            this.frame(b[0] & 0x80, (b[0] >> 4) & 7, b[0] & 0x0f, Buffer.from(payload));
        }
        this.notify();
    }

    frame(fin, rsv, op, payload) {
        if (rsv)
            this.events.push({ t: 'bad', why: `RSV ${rsv} from the server` });
        if (op === OP.CLOSE) {
            const code = payload.length >= 2 ? payload.readUInt16BE(0) : undefined;
            this.events.push({ t: 'close', code, reason: payload.subarray(2).toString(), data: payload });
            this.receivedClose = true;
            // Answer as a client does, then let the server end the TCP connection.
            if (!this.sentClose)
                this.send(close(code === undefined || code === 1005 ? undefined : code));
            return;
        }
        if (op === OP.PING || op === OP.PONG) {
            this.events.push({ t: op === OP.PING ? 'ping' : 'pong', data: payload });
            return;
        }
        if (op === OP.CONT) {
            if (!this.message)
                return this.events.push({ t: 'bad', why: 'continuation without a message' });
            this.message.parts.push(payload);
        } else if (op === OP.TEXT || op === OP.BINARY) {
            if (this.message)
                this.events.push({ t: 'bad', why: 'new message inside a fragmented one' });
            this.message = { t: op === OP.TEXT ? 'text' : 'binary', parts: [payload] };
        } else {
            return this.events.push({ t: 'bad', why: `opcode ${op} from the server` });
        }
        if (fin) {
            this.events.push({ t: this.message.t, data: Buffer.concat(this.message.parts) });
            this.message = null;
        }
    }

    // Writes bytes; resolves once they are handed to the kernel (or the socket is gone).
    send(bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0x0f) === OP.CLOSE)
            this.sentClose = true;
        if (this.socket.destroyed || this.socket.writableEnded)
            return Promise.resolve();
        return new Promise((resolve) => this.socket.write(bytes, () => {
            this.lastActivity = Date.now();
            resolve();
        }));
    }

    // Resolves true when done() holds, false after IDLE_MS (or `idle`) without a byte from the
    // server, or when the TCP connection has ended and done() still does not hold.
    until(done, idle = IDLE_MS, { marksTimeout = true } = {}) {
        return new Promise((resolve) => {
            let timer;
            const check = () => {
                const result = done() ? true : this.ended ? false : null;
                if (result === null)
                    return;
                this.waiters.delete(check);
                clearTimeout(timer);
                resolve(result);
            };
            const arm = () => {
                timer = setTimeout(() => {
                    const quiet = Date.now() - this.lastActivity;
                    if (quiet < idle)
                        return arm();
                    this.waiters.delete(check);
                    if (marksTimeout)
                        this.timedOut = true;
                    resolve(false);
                }, Math.max(10, idle - (Date.now() - this.lastActivity)));
            };
            this.waiters.add(check);
            arm();
            check();
        });
    }

    destroy() {
        this.socket.destroy();
    }
}

// Writes a case's steps: a Buffer is written as one piece; `chops` cuts the bytes the way
// Autobahn does: 'frame' (each frame its own write), 'octet' (one byte a write, 1 ms apart), or a
// number (writes of that many bytes). A function is awaited (it may wait for the server).
async function play(client, steps, chops) {
    let pending = [];
    const flush = async () => {
        if (pending.length === 0)
            return;
        const bytes = Buffer.concat(pending);
        pending = [];
        if (typeof chops === 'number') {
            for (let at = 0; at < bytes.length; at += chops)
                await client.send(bytes.subarray(at, at + chops));
        } else if (chops === 'octet') {
            for (let at = 0; at < bytes.length; ++at) {
                await client.send(bytes.subarray(at, at + 1));
                await new Promise((resolve) => setTimeout(resolve, 1));
            }
        } else {
            await client.send(bytes);
        }
    };
    for (const step of steps) {
        if (typeof step === 'function') {
            await flush();
            await step(client);
        } else if (chops === 'frame') {
            await client.send(step);
        } else {
            pending.push(step);
        }
    }
    await flush();
}

// ---------------------------------------------------------------------------------------------
// Expectations and verdicts.
//   echo(events)                  these events back exactly (then our close 1000 is answered)
//   fail(code, { before, also })  the connection failed with code, after the events `before`;
//                                 a code of `also` is NON-STRICT
//   answered(code, { before })    we sent a close with code; the server answers with a close
//   echoOr(events, codes)         the echo, or a close with one of codes (a server's limit)

const echoOf = (t, data) => ({ t, data: Buffer.isBuffer(data) ? data : Buffer.from(data) });
const T = (data) => echoOf('text', data);
const B = (data) => echoOf('binary', data);
const P = (data) => echoOf('pong', data);

const echo = (...events) => ({ kind: 'echo', events });
const fail = (code, { before = [], also = [], failFast = false } = {}) =>
    ({ kind: 'fail', code, before, also, failFast });
const answered = (code, { before = [] } = {}) => ({ kind: 'answered', code, before });
const echoOr = (codes, ...events) => ({ kind: 'echoOr', codes, events });

export function expectedText(expect) {
    const what = (events) => events.length === 0 ? 'nothing'
        : events.length > 3 ? eventsText(events).replace('echoed', 'echo')
        : events.map((e) => e.t === 'pong' ? 'pong' : 'echo').join(', ');
    switch (expect.kind) {
    case 'echo':
        return expect.events.length === 0 ? 'ignored' : what(expect.events);
    case 'fail':
        return (expect.before.length ? `${what(expect.before)}, then ` : '') +
            `fail ${expect.code}` + (expect.failFast ? ' (fast)' : '');
    case 'answered':
        return (expect.before.length ? `${what(expect.before)}, then ` : '') +
            (expect.code === undefined ? 'close answered' : `close answered (${expect.code === 1000 ? '1000' : `${expect.code} or 1000`})`);
    case 'echoOr':
        return `${what(expect.events)}, or ${expect.codes.join('/')} over the server's limit`;
    }
    return '?';
}

const sameBytes = (a, b) => a.length === b.length && Buffer.compare(a, b) === 0;
const sameEvent = (a, b) => a.t === b.t && sameBytes(a.data, b.data);
const isData = (e) => e.t === 'text' || e.t === 'binary' || e.t === 'pong' || e.t === 'ping';

// "echoed", "pong", "2 pongs, echoed", "3 echoes"…: what a list of expected events amounts to.
function eventsText(events) {
    const pongs = events.filter((e) => e.t === 'pong').length;
    const echoes = events.length - pongs;
    const parts = [];
    if (pongs)
        parts.push(pongs === 1 ? 'pong' : `${pongs} pongs`);
    if (echoes)
        parts.push(echoes === 1 ? 'echoed' : `${echoes} echoes`);
    return parts.join(', ') || 'nothing';
}

function describeEvents(got, wanted) {
    let matching = 0;
    while (matching < got.length && matching < wanted.length && sameEvent(got[matching], wanted[matching]))
        ++matching;
    if (matching === got.length && got.length < wanted.length)
        return got.length === 0 ? `no ${wanted[0].t === 'pong' ? 'pong' : 'echo'}`
            : `${got.length} of ${wanted.length} expected (${eventsText(got)})`;
    if (matching === got.length && got.length === wanted.length)
        return eventsText(wanted);
    const bad = got[matching];
    const want = wanted[matching];
    if (!want)
        return `sent back a ${bad.t} of ${bad.data.length} bytes`;
    return `wrong ${want.t} ${matching + 1}: got a ${bad.t} of ${bad.data.length} bytes, ` +
        `expected a ${want.t} of ${want.data.length} bytes`;
}

function closeText(e) {
    if (e.code === undefined)
        return 'closed (empty close frame)';
    return `closed with ${e.code}` + (e.reason ? ` "${e.reason.length > 60 ? e.reason.slice(0, 60) + '…' : e.reason}"` : '');
}

// The verdict of one finished case from what the client saw.
function judge(expect, client, { initiatedClose, closeTimedOut, failedFast }) {
    const events = client.events;
    const closeAt = events.findIndex((e) => e.t === 'close');
    const closeEvent = closeAt >= 0 ? events[closeAt] : null;
    const got = events.slice(0, closeAt >= 0 ? closeAt : events.length).filter(isData);
    const bad = events.find((e) => e.t === 'bad');
    const badNote = bad ? `; server sent a bad frame (${bad.why})` : '';
    const ended = client.ended;
    const tail = closeEvent ? closeText(closeEvent) + (ended ? '' : ', TCP left open')
        : !ended ? 'timed out'
        : ['ECONNRESET', 'EPIPE'].includes(client.writeError) ? 'connection reset, no close frame seen'
        : 'dropped TCP without a close frame';
    const result = (verdict, observed) => ({ verdict: bad ? 'FAILED' : verdict, observed: observed + badNote });
    const sameList = (a, b) => a.length === b.length && a.every((e, i) => sameEvent(e, b[i]));
    const isPrefix = (a, b) => a.length <= b.length && a.every((e, i) => sameEvent(e, b[i]));

    if (expect.kind === 'echo' || expect.kind === 'echoOr') {
        const ok = sameList(got, expect.events);
        const echoed = describeEvents(got, expect.events);
        if (ok && initiatedClose) {
            if (closeEvent && closeEvent.code !== 1000 && closeEvent.code !== undefined)
                return result('FAILED', `${echoed}; our close 1000 answered with ${closeEvent.code}`);
            if (closeEvent && ended)
                return result('OK', expect.events.length ? echoed : 'ignored');
            if (closeEvent)
                return result('NON-STRICT', `${echoed}; close answered, but TCP left open`);
            return result('FAILED', `${echoed}; our close not answered (${ended ? 'TCP dropped' : 'timed out'})`);
        }
        if (expect.kind === 'echoOr' && closeEvent && expect.codes.includes(closeEvent.code) &&
                isPrefix(got, expect.events))
            return result('OK', closeText(closeEvent));
        if (ok && !closeEvent && !ended && !initiatedClose)
            return result('FAILED', `${echoed}, then timed out`);
        const where = got.length === 0 && expect.events.length ? '' : `${echoed}, then `;
        if (!closeEvent && !ended)
            return result('FAILED', `timed out (${echoed})`);
        return result('FAILED', `${where}${tail}`);
    }
    if (expect.kind === 'fail') {
        const codeOk = closeEvent && closeEvent.code === expect.code;
        const codeAlso = closeEvent && expect.also.includes(closeEvent.code);
        const prefix = isPrefix(got, expect.before);
        const whole = sameList(got, expect.before);
        const lead = got.length ? `${describeEvents(got, expect.before)}, then ` : '';
        if (!closeEvent && !ended)
            return result('FAILED', `${lead}timed out: connection left open`);
        if (!prefix)
            return result('FAILED', `${lead}${tail}`);
        if (!closeEvent)
            return result('NON-STRICT', `${lead}${tail}`);
        if (!codeOk && !codeAlso)
            return result('FAILED', `${lead}${tail}`);
        if (codeAlso)
            return result('NON-STRICT', `${lead}${tail}`);
        if (!whole)
            return result('NON-STRICT', `${lead}${tail} (before echoing all that came first)`);
        if (expect.failFast && !failedFast)
            return result('NON-STRICT', `${tail}, at the end of the message (not fail-fast)`);
        if (!ended)
            return result('NON-STRICT', tail);
        return result('OK', `${lead}${tail}`);
    }
    if (expect.kind === 'answered') {
        const prefixOk = sameList(got, expect.before);
        const lead = got.length ? `${describeEvents(got, expect.before)}, then ` : '';
        if (!prefixOk)
            return result('FAILED', `${lead}${tail}`);
        if (!closeEvent)
            return result('FAILED', `${lead}${ended ? 'dropped TCP without answering the close' : 'close not answered (timed out)'}`);
        const code = closeEvent.code;
        const fine = code === 1000 || code === expect.code || (expect.code === undefined && code === undefined);
        if (!fine)
            return result('FAILED', `${lead}answered with ${code ?? 'an empty close'}`);
        if (closeTimedOut || !ended)
            return result('NON-STRICT', `${lead}answered with ${code ?? 'an empty close'}, TCP left open`);
        return result('OK', `${lead}answered with ${code ?? 'an empty close'}`);
    }
    throw new Error(`unknown expectation ${expect.kind}`);
}

// Runs one case against the server listening on port; returns { verdict, observed }.
export async function runCase(server, testCase) {
    const expect = testCase.expectFor?.[server.key] ?? testCase.expect;
    let client;
    try {
        client = await RawClient.open(server.port);
    } catch (error) {
        return { verdict: 'FAILED', observed: `no connection: ${error.message}` };
    }
    const state = { initiatedClose: false, closeTimedOut: false, failedFast: false };
    client.state = state;
    try {
        if (server.greeting !== undefined) {
            const greeted = await client.until(() => client.events.length > 0);
            const first = client.events[0];
            if (!greeted || first.t !== 'text' || first.data.toString() !== server.greeting)
                return { verdict: 'FAILED', observed: 'no greeting' };
            client.events.shift();
        }
        await play(client, testCase.send, testCase.chops);
        if (expect.kind === 'echo' || expect.kind === 'echoOr') {
            const count = expect.events.length;
            await client.until(() => client.receivedClose ||
                client.events.filter(isData).length >= count);
            if (!client.receivedClose && !client.ended && !client.timedOut &&
                    client.events.filter(isData).length === count) {
                state.initiatedClose = true;
                await client.send(close(1000));
            }
        }
        if (!client.timedOut) {
            // Wait for the close frame and the end of the TCP connection.
            await client.until(() => client.ended);
            state.closeTimedOut = !client.ended;
        }
        return judge(expect, client, state);
    } finally {
        client.destroy();
    }
}

// Runs cases one after the other; onResult(testCase, result) after each.
export async function runCases(server, list, onResult = () => {}) {
    const results = new Map();
    for (const testCase of list) {
        const result = await runCase(server, testCase);
        results.set(testCase.id, result);
        onResult(testCase, result);
    }
    return results;
}

// ---------------------------------------------------------------------------------------------
// The cases. Ids follow Autobahn's families and sub-families; within a sub-family the cases are
// Autobahn's where it has them (1.1, 1.2, 2, 3, 4, 5.1–5.20, 6.1, 6.4, 7.1, 7.3, 7.5, 7.7, 7.9,
// 7.13, 9) and Banter's own otherwise (marked "ours").

const bytes = (...list) => Buffer.from(list.flat());
const ascii = (n, c = '*') => Buffer.alloc(n, c);
const pattern = (n) => { const b = Buffer.allocUnsafe(n); for (let i = 0; i < n; ++i) b[i] = (i * 7 + 0xfe) & 0xff; return b; };
const textOf = (n) => { const b = Buffer.allocUnsafe(n); for (let i = 0; i < n; ++i) b[i] = 0x20 + (i % 95); return b; };
const MiB = 1024 * 1024;
// After the unsolicited pongs, a ping with this payload: its pong shows that the server has read
// (and ignored) what came before, without sleeping.
const marker = Buffer.from('marker');
const waitFailFast = (client) => client.until(() => client.receivedClose || client.ended, FAIL_FAST_MS,
    { marksTimeout: false })
    .then(() => { client.state.failedFast = client.receivedClose || client.ended; });

export const families = {
    1: 'Framing',
    2: 'Pings and pongs',
    3: 'Reserved bits',
    4: 'Opcodes',
    5: 'Fragmentation',
    6: 'UTF-8 handling',
    7: 'Close handling',
    9: 'Limits and performance',
};

function buildCases() {
    const list = [];
    const add = (id, description, send, expect, extra = {}) =>
        list.push({ id, family: Number(id.split('.')[0]), description, send, expect, ...extra });

    // 1 Framing
    const sizes = [0, 125, 126, 127, 128, 65535, 65536];
    sizes.forEach((n, i) => add(`1.1.${i + 1}`, `Text message, payload ${n} bytes`,
        [text(ascii(n))], echo(T(ascii(n)))));
    add('1.1.8', 'Text message, payload 65536 bytes, written in chops of 997 bytes',
        [text(ascii(65536))], echo(T(ascii(65536))), { chops: 997 });
    sizes.forEach((n, i) => add(`1.2.${i + 1}`, `Binary message, payload ${n} bytes`,
        [binary(pattern(n))], echo(B(pattern(n)))));
    add('1.2.8', 'Binary message, payload 65536 bytes, written in chops of 997 bytes',
        [binary(pattern(65536))], echo(B(pattern(65536))), { chops: 997 });
    // RFC 6455 5.1: a server MUST close the connection on an unmasked frame from a client.
    add('1.3.1', 'Unmasked text frame from the client (ours; RFC 6455 5.1)',
        [text('Hello', { mask: false })], fail(1002));
    add('1.3.2', 'Unmasked binary frame from the client (ours)',
        [binary(pattern(16), { mask: false })], fail(1002));
    add('1.3.3', 'Unmasked ping from the client (ours)',
        [ping('Hello', { mask: false })], fail(1002));
    add('1.3.4', 'Masked text, then an unmasked one (ours)',
        [text('Hello'), text('Hello', { mask: false })], fail(1002, { before: [T('Hello')] }));

    // 2 Pings and pongs
    add('2.1', 'Ping without payload', [ping()], echo(P('')));
    add('2.2', 'Ping with a small text payload', [ping('Hello, world!')], echo(P('Hello, world!')));
    const small = bytes(0x00, 0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0x00, 0xff);
    add('2.3', 'Ping with a small binary (not UTF-8) payload', [ping(small)], echo(P(small)));
    add('2.4', 'Ping with a 125-byte binary payload', [ping(Buffer.alloc(125, 0xfe))],
        echo(P(Buffer.alloc(125, 0xfe))));
    add('2.5', 'Ping with a 126-byte payload (over 125)', [ping(Buffer.alloc(126, 0xfe))], fail(1002));
    add('2.6', 'Ping with a 125-byte payload, written one byte at a time',
        [ping(Buffer.alloc(125, 0xfe))], echo(P(Buffer.alloc(125, 0xfe))), { chops: 'octet' });
    add('2.7', 'Unsolicited pong without payload: ignored (then a ping shows it was read)',
        [pong(), ping(marker)], echo(P(marker)));
    add('2.8', 'Unsolicited pong with payload: ignored',
        [pong('unsolicited pong payload'), ping(marker)], echo(P(marker)));
    add('2.9', 'Unsolicited pong with payload, then a ping with payload',
        [pong('unsolicited pong payload'), ping('ping payload')], echo(P('ping payload')));
    const tenPings = Array.from({ length: 10 }, (_, i) => `payload ${i}`);
    add('2.10', '10 pings with payload', tenPings.map((p) => ping(p)), echo(...tenPings.map(P)));
    add('2.11', '10 pings with payload, each frame its own write',
        tenPings.map((p) => ping(p)), echo(...tenPings.map(P)), { chops: 'frame' });

    // 3 Reserved bits
    const hello = 'Hello, world!';
    add('3.1', 'Text with RSV = 1', [text(hello, { rsv: 1 })], fail(1002));
    add('3.2', 'Text, then text with RSV = 2, then ping',
        [text(hello), text(hello, { rsv: 2 }), ping(hello)], fail(1002, { before: [T(hello)] }));
    add('3.3', 'As 3.2 with RSV = 3, each frame its own write',
        [text(hello), text(hello, { rsv: 3 }), ping(hello)], fail(1002, { before: [T(hello)] }),
        { chops: 'frame' });
    add('3.4', 'As 3.2 with RSV = 4, one byte at a time',
        [text(hello), text(hello, { rsv: 4 }), ping(hello)], fail(1002, { before: [T(hello)] }),
        { chops: 'octet' });
    add('3.5', 'Binary with RSV = 5', [binary(pattern(8), { rsv: 5 })], fail(1002));
    add('3.6', 'Ping with RSV = 6', [ping(hello, { rsv: 6 })], fail(1002));
    add('3.7', 'Close with RSV = 7', [close(1000, '', { rsv: 7 })], fail(1002));

    // 4 Opcodes
    const reserved = (opcode, payload) => frame(opcode, payload ?? Buffer.alloc(0));
    // 4.1 reserved data opcodes, 4.2 reserved control opcodes: the same cases for each.
    for (const [family, kind, alone, afterText] of [
        ['4.1', 'data', [3, 4], [5, 6, 7]],
        ['4.2', 'control', [11, 12], [13, 14, 15]],
    ]) {
        alone.forEach((op, i) => add(`${family}.${i + 1}`,
            `Reserved ${kind} opcode ${op}${i > 0 ? ' with payload' : ''}`,
            [reserved(op, i > 0 ? pattern(8) : undefined)], fail(1002)));
        afterText.forEach((op, i) => {
            const chops = i === 2 ? 'octet' : undefined;
            add(`${family}.${i + 3}`, `Text, reserved ${kind} opcode ${op}${i > 0 ? ' with payload' : ''}, ping` +
                (chops ? ', one byte at a time' : ''),
            [text(hello), reserved(op, i > 0 ? pattern(8) : undefined), ping(hello)],
            fail(1002, { before: [T(hello)] }), { chops });
        });
    }

    // 5 Fragmentation
    add('5.1', 'Ping in 2 fragments', [ping('frag 1', { fin: false }), cont('frag 2')], fail(1002));
    add('5.2', 'Pong in 2 fragments', [pong('frag 1', { fin: false }), cont('frag 2')], fail(1002));
    const twoFragments = () => [text('fragment1', { fin: false }), cont('fragment2')];
    add('5.3', 'Text in 2 fragments', twoFragments(), echo(T('fragment1fragment2')));
    add('5.4', 'Text in 2 fragments, each frame its own write', twoFragments(),
        echo(T('fragment1fragment2')), { chops: 'frame' });
    add('5.5', 'Text in 2 fragments, one byte at a time', twoFragments(),
        echo(T('fragment1fragment2')), { chops: 'octet' });
    const pingBetween = () => [text('fragment1', { fin: false }), ping('pongme 2!'), cont('fragment2')];
    add('5.6', 'Text in 2 fragments, a ping between them', pingBetween(),
        echo(P('pongme 2!'), T('fragment1fragment2')));
    add('5.7', 'As 5.6, each frame its own write', pingBetween(),
        echo(P('pongme 2!'), T('fragment1fragment2')), { chops: 'frame' });
    add('5.8', 'As 5.6, one byte at a time', pingBetween(),
        echo(P('pongme 2!'), T('fragment1fragment2')), { chops: 'octet' });
    const orphan = (fin) => [cont('fragment1', { fin }), text('fragment2', { fin: false }), cont('fragment3')];
    add('5.9', 'Continuation (FIN) with nothing to continue, then a text in 2 fragments', orphan(true), fail(1002));
    add('5.10', 'As 5.9, each frame its own write', orphan(true), fail(1002), { chops: 'frame' });
    add('5.11', 'As 5.9, one byte at a time', orphan(true), fail(1002), { chops: 'octet' });
    add('5.12', 'Continuation (no FIN) with nothing to continue, then a text in 2 fragments', orphan(false), fail(1002));
    add('5.13', 'As 5.12, each frame its own write', orphan(false), fail(1002), { chops: 'frame' });
    add('5.14', 'As 5.12, one byte at a time', orphan(false), fail(1002), { chops: 'octet' });
    add('5.15', 'Text in 2 fragments, then a continuation with nothing to continue, then a text',
        [text('fragment1', { fin: false }), cont('fragment2'), cont('fragment3', { fin: false }), text('fragment4')],
        fail(1002, { before: [T('fragment1fragment2')] }));
    add('5.16', 'Twice: continuation (no FIN) with nothing to continue, text in 2 fragments',
        [...orphan(false), ...orphan(false)], fail(1002));
    add('5.17', 'Twice: continuation (FIN) with nothing to continue, text in 2 fragments',
        [...orphan(true), ...orphan(true)], fail(1002));
    add('5.18', 'Text in 2 fragments, both with the text opcode (a new message inside one)',
        [text('fragment1', { fin: false }), text('fragment2')], fail(1002));
    const fiveWithPings = () => [text('fragment1', { fin: false }), cont('fragment2', { fin: false }),
        ping('pongme 1!'), cont('fragment3', { fin: false }), cont('fragment4', { fin: false }),
        ping('pongme 2!'), cont('fragment5')];
    add('5.19', 'Text in 5 fragments, a ping after the 2nd and after the 4th', fiveWithPings(),
        echo(P('pongme 1!'), P('pongme 2!'), T('fragment1fragment2fragment3fragment4fragment5')));
    add('5.20', 'As 5.19, each frame its own write', fiveWithPings(),
        echo(P('pongme 1!'), P('pongme 2!'), T('fragment1fragment2fragment3fragment4fragment5')),
        { chops: 'frame' });
    add('5.21', 'Binary in 3 fragments (ours)', fragments(OP.BINARY, pattern(300), [100, 200]),
        echo(B(pattern(300))));
    add('5.22', 'Text with empty first and last fragments (ours)',
        [text('', { fin: false }), cont('middle', { fin: false }), cont('')], echo(T('middle')));
    add('5.23', 'A binary frame inside a fragmented text message (ours)',
        [text('fragment1', { fin: false }), binary('fragment2'), cont('fragment3')], fail(1002));
    add('5.24', 'Close in 2 fragments (a fragmented control frame; ours)',
        [frame(OP.CLOSE, closePayload(1000), { fin: false }), cont('')], fail(1002));

    // 6 UTF-8 handling
    add('6.1.1', 'Empty text message', [text('')], echo(T('')));
    add('6.1.2', 'Text in 3 empty fragments', [text('', { fin: false }), cont('', { fin: false }), cont('')],
        echo(T('')));
    add('6.1.3', 'Text in fragments: empty, "middle", empty',
        [text('', { fin: false }), cont('middle', { fin: false }), cont('')], echo(T('middle')));
    const sample = Buffer.from('Hello-µ@ßöäüàá-UTF-8!! κόσμε € 😀');
    add('6.2.1', 'Valid UTF-8 (1- to 4-byte characters) in one frame', [text(sample)], echo(T(sample)));
    // Every byte position, as 2 fragments: between characters, then inside one.
    const boundaries = [];
    const inside = [];
    for (let at = 1; at < sample.length; ++at)
        ((sample[at] & 0xc0) === 0x80 ? inside : boundaries).push(at);
    add('6.2.2', `The same, in 2 fragments split at each of the ${boundaries.length} positions between ` +
        'characters (one message each, ours)', boundaries.flatMap((at) => fragments(OP.TEXT, sample, [at])),
    echo(...boundaries.map(() => T(sample))));
    const splitChar = (char) => {
        const whole = Buffer.from(`a${char}b`);
        const cuts = Array.from({ length: whole.length - 3 }, (_, i) => i + 2);
        return { steps: cuts.flatMap((at) => fragments(OP.TEXT, whole, [at])), events: cuts.map(() => T(whole)) };
    };
    [['µ', 'a 2-byte character (U+00B5)'], ['€', 'a 3-byte character (U+20AC)'],
        ['😀', 'a 4-byte character (U+1F600)']].forEach(([char, what], i) => {
        const { steps, events } = splitChar(char);
        const where = events.length === 1 ? 'its inner position' : `each of its ${events.length} inner positions`;
        add(`6.2.${i + 3}`, `Text in 2 fragments split inside ${what}, at ${where} (one message each; ` +
            'ours; RFC 6455 8.1: valid)', steps, echo(...events));
    });
    add('6.2.6', `Valid UTF-8 in ${sample.length} fragments of 1 byte`, fragmentsOf(OP.TEXT, sample, 1),
        echo(T(sample)));
    add('6.2.7', 'Valid UTF-8 in one frame, one byte at a time', [text(sample)], echo(T(sample)),
        { chops: 'octet' });

    // Invalid sequences (after Autobahn 6.3, 6.8–6.21).
    const kosme = bytes(0xce, 0xba, 0xe1, 0xbd, 0xb9, 0xcf, 0x83, 0xce, 0xbc, 0xce, 0xb5);
    const invalid = [
        ['κόσμε, then a surrogate, then "edited" (Autobahn 6.3.1)', bytes(0xed, 0xa0, 0x80), kosme, Buffer.from('edited')],
        ['lone continuation byte 0x80', bytes(0x80)],
        ['lone continuation byte 0xBF', bytes(0xbf)],
        ['byte 0xFE', bytes(0xfe)],
        ['byte 0xFF', bytes(0xff)],
        ['overlong "/" in 2 bytes (C0 AF)', bytes(0xc0, 0xaf)],
        ['overlong "/" in 3 bytes (E0 80 AF)', bytes(0xe0, 0x80, 0xaf)],
        ['overlong "/" in 4 bytes (F0 80 80 AF)', bytes(0xf0, 0x80, 0x80, 0xaf)],
        ['largest overlong 2-byte (C1 BF)', bytes(0xc1, 0xbf)],
        ['largest overlong 3-byte (E0 9F BF)', bytes(0xe0, 0x9f, 0xbf)],
        ['largest overlong 4-byte (F0 8F BF BF)', bytes(0xf0, 0x8f, 0xbf, 0xbf)],
        ['surrogate U+D800 (ED A0 80)', bytes(0xed, 0xa0, 0x80)],
        ['surrogate U+DFFF (ED BF BF)', bytes(0xed, 0xbf, 0xbf)],
        ['surrogate pair U+D800 U+DC00 (ED A0 80 ED B0 80)', bytes(0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80)],
        ['U+110000, over U+10FFFF (F4 90 80 80)', bytes(0xf4, 0x90, 0x80, 0x80)],
        ['4-byte form of U+1FFFFF (F7 BF BF BF)', bytes(0xf7, 0xbf, 0xbf, 0xbf)],
        ['5-byte sequence (F8 88 80 80 80)', bytes(0xf8, 0x88, 0x80, 0x80, 0x80)],
        ['6-byte sequence (FC 84 80 80 80 80)', bytes(0xfc, 0x84, 0x80, 0x80, 0x80, 0x80)],
        ['2-byte sequence cut short by ASCII (CE 41)', bytes(0xce, 0x41)],
        ['3-byte sequence cut short by ASCII (E2 82 41)', bytes(0xe2, 0x82, 0x41)],
        ['2-byte sequence truncated at the end of the message (CE)', bytes(0xce), undefined, null],
        ['3-byte sequence truncated at the end of the message (E2 82)', bytes(0xe2, 0x82), undefined, null],
        ['4-byte sequence truncated at the end of the message (F0 9F 98)', bytes(0xf0, 0x9f, 0x98), undefined, null],
    ];
    const invalidMessage = ([, seq, before = Buffer.from('Hello '), after = Buffer.from(' world')]) => ({
        payload: Buffer.concat([before, seq, after ?? Buffer.alloc(0)]), at: before.length, seq,
    });
    invalid.forEach((entry, i) => {
        const { payload } = invalidMessage(entry);
        add(`6.3.${i + 1}`, `Invalid UTF-8 in one frame: ${entry[0]}`, [text(payload)], fail(1007));
    });
    // Fail fast (Autobahn 6.4): the rest of the message waits until the server has had its chance.
    const rest = Buffer.from('edited');
    const tooBig = bytes(0xf4, 0x90, 0x80, 0x80);
    add('6.4.1', 'Fragments: valid κόσμε, then F4 90 80 80 (invalid), pause, then the rest',
        [text(kosme, { fin: false }), cont(tooBig, { fin: false }), waitFailFast, cont(rest)],
        fail(1007, { failFast: true }));
    add('6.4.2', 'Fragments: κόσμε F4, then 90 (now invalid), pause, then 80 80 and the rest',
        [text(Buffer.concat([kosme, bytes(0xf4)]), { fin: false }), cont(bytes(0x90), { fin: false }),
            waitFailFast, cont(Buffer.concat([bytes(0x80, 0x80), rest]))],
        fail(1007, { failFast: true }));
    const oneFrame = text(Buffer.concat([kosme, tooBig, rest]));
    const headerLength = oneFrame.length - (kosme.length + tooBig.length + rest.length);
    const cut1 = headerLength + kosme.length;
    const cut2 = cut1 + tooBig.length;
    add('6.4.3', 'One frame written in 3 pieces: valid κόσμε, F4 90 80 80, pause, the rest',
        [oneFrame.subarray(0, cut1), oneFrame.subarray(cut1, cut2), waitFailFast, oneFrame.subarray(cut2)],
        fail(1007, { failFast: true }), { chops: 'frame' });
    add('6.4.4', 'One frame written in 3 pieces: κόσμε F4, 90, pause, the rest',
        [oneFrame.subarray(0, cut1 + 1), oneFrame.subarray(cut1 + 1, cut1 + 2), waitFailFast,
            oneFrame.subarray(cut1 + 2)], fail(1007, { failFast: true }), { chops: 'frame' });
    // Invalid sequences split across 2 fragments inside the sequence (ours).
    invalid.filter(([, seq]) => seq.length >= 2).forEach((entry, i) => {
        const { payload, at } = invalidMessage(entry);
        add(`6.5.${i + 1}`, `Invalid UTF-8 split inside the sequence across 2 fragments: ${entry[0]}`,
            fragments(OP.TEXT, payload, [at + 1]), fail(1007));
    });
    // Valid boundary characters (after Autobahn 6.7, 6.11, 6.22), whole, then split inside (ours).
    const boundary = [['U+0000', '\u0000'], ['U+007F', '\u007f'], ['U+0080', '\u0080'],
        ['U+07FF', '\u07ff'], ['U+0800', '\u0800'], ['U+D7FF', '\ud7ff'], ['U+E000', '\ue000'],
        ['U+FFFD', '\ufffd'], ['U+FFFE (noncharacter, valid)', '\ufffe'], ['U+FFFF (noncharacter, valid)', '\uffff'],
        ['U+10000', '\u{10000}'], ['U+10FFFF', '\u{10ffff}']];
    boundary.forEach(([name, char], i) => add(`6.6.${i + 1}`, `Valid boundary character ${name} in one frame`,
        [text(Buffer.from(`<${char}>`))], echo(T(Buffer.from(`<${char}>`)))));
    boundary.filter(([, char]) => Buffer.from(char).length > 1).forEach(([name, char], i) => {
        const whole = Buffer.from(`<${char}>`);
        add(`6.7.${i + 1}`, `Valid ${name} split after its first byte across 2 fragments (RFC 6455 8.1: valid)`,
            fragments(OP.TEXT, whole, [2]), echo(T(whole)));
    });

    // 7 Close handling
    add('7.1.1', 'Text, then close 1000', [text(hello), close(1000)], answered(1000, { before: [T(hello)] }));
    add('7.1.2', 'Close 1000, then close again', [close(1000), close(1000)], answered(1000));
    add('7.1.3', 'Close 1000, then ping: no pong', [close(1000), ping(hello)], answered(1000));
    add('7.1.4', 'Close 1000, then text: no echo', [close(1000), text(hello)], answered(1000));
    add('7.1.5', 'Text fragment, close 1000, last fragment: no echo',
        [text('fragment1', { fin: false }), close(1000), cont('fragment2')], answered(1000));
    add('7.3.1', 'Close with an empty payload', [close()], answered(undefined));
    add('7.3.2', 'Close with a 1-byte payload', [frame(OP.CLOSE, bytes(0x03))], fail(1002));
    add('7.3.3', 'Close 1000 without reason', [close(1000)], answered(1000));
    add('7.3.4', 'Close 1000 with a reason', [close(1000, 'Hello World!')], answered(1000));
    add('7.3.5', 'Close 1000 with a 123-byte reason (payload 125)', [close(1000, ascii(123))], answered(1000));
    add('7.3.6', 'Close 1000 with a 124-byte reason (payload 126, over 125)',
        [close(1000, ascii(124))], fail(1002));
    add('7.5.1', 'Close 1000 with invalid UTF-8 in the reason',
        [close(1000, Buffer.concat([kosme, bytes(0xed, 0xa0, 0x80), Buffer.from('edited')]))], fail(1007));
    [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999].forEach((code, i) =>
        add(`7.7.${i + 1}`, `Close with valid code ${code}`, [close(code)], answered(code)));
    [0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999].forEach((code, i) =>
        add(`7.9.${i + 1}`, `Close with invalid code ${code}`, [close(code)], fail(1002)));
    [5000, 65535].forEach((code, i) =>
        add(`7.13.${i + 1}`, `Close with code ${code} (outside the defined ranges)`, [close(code)], fail(1002)));

    // 9 Limits and performance. banter-server's default --max-message-size is 16 MiB: a message of
    // exactly that size is served, one byte more is closed with 1009 (RFC 6455 7.4.1). The other
    // servers have other limits (ws: 100 MiB; QtWebSockets: none below 2 GiB).
    const limit = 16 * MiB;
    const largeSizes = [[1, MiB], [2, 4 * MiB], [3, limit]];
    largeSizes.forEach(([i, n]) =>
        add(`9.1.${i}`, `Text message of ${n / MiB} MiB`, [text(textOf(n))], echo(T(textOf(n)))));
    add('9.1.4', 'Text message of 16 MiB + 1 byte (over banter-server\'s limit)', [text(textOf(limit + 1))],
        echoOr([1009], T(textOf(limit + 1))), { expectFor: { banter: fail(1009) } });
    largeSizes.forEach(([i, n]) =>
        add(`9.2.${i}`, `Binary message of ${n / MiB} MiB`, [binary(pattern(n))], echo(B(pattern(n)))));
    add('9.2.4', 'Binary message of 16 MiB + 1 byte (over banter-server\'s limit)', [binary(pattern(limit + 1))],
        echoOr([1009], B(pattern(limit + 1))), { expectFor: { banter: fail(1009) } });
    add('9.3.1', 'Text message of 4 MiB in 64 KiB fragments', fragmentsOf(OP.TEXT, textOf(4 * MiB), 65536),
        echo(T(textOf(4 * MiB))));
    add('9.3.2', 'Text message of 4 MiB in 1 KiB fragments', fragmentsOf(OP.TEXT, textOf(4 * MiB), 1024),
        echo(T(textOf(4 * MiB))));
    add('9.4.1', 'Binary message of 16 MiB + 1 byte in 1 MiB fragments (over banter-server\'s limit)',
        fragmentsOf(OP.BINARY, pattern(limit + 1), MiB), echoOr([1009], B(pattern(limit + 1))),
        { expectFor: { banter: fail(1009) } });
    const many = Array.from({ length: 1000 }, (_, i) => `message ${i}`.padEnd(16, '.'));
    add('9.7.1', '1000 text messages of 16 bytes', many.map((m) => text(m)), echo(...many.map(T)));
    add('9.7.2', '1000 empty binary messages', many.map(() => binary()), echo(...many.map(() => B(''))));
    add('9.7.3', '1000 text messages of 16 bytes, each frame its own write', many.map((m) => text(m)),
        echo(...many.map(T)), { chops: 'frame' });
    add('9.8.1', 'One text message in 10000 fragments of 1 byte', fragmentsOf(OP.TEXT, textOf(10000), 1),
        echo(T(textOf(10000))));
    add('9.8.2', 'One binary message in 10000 fragments of 1 byte', fragmentsOf(OP.BINARY, pattern(10000), 1),
        echo(B(pattern(10000))));
    return list;
}

// Built on first use: the limits' messages take some memory.
let builtCases = null;
export function allCases() {
    builtCases ??= buildCases();
    return builtCases;
}

// ---------------------------------------------------------------------------------------------
// The servers. Each start function resolves to { key, label, port, greeting, stop() }.

function startProcess(key, label, command, args) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
        });
        let errors = '';
        child.stderr.on('data', (chunk) => { errors += chunk; });
        child.on('error', reject);
        child.on('exit', (code, signal) => reject(new Error(`${label} exited (${code ?? signal}): ${errors}`)));
        createInterface({ input: child.stdout }).on('line', (line) => {
            const found = /^listening on port (\d+)$/.exec(line);
            if (!found)
                return;
            resolve({
                key, label, port: Number(found[1]), greeting: GREETING, child,
                errors: () => errors,
                stop: async () => {
                    if (child.exitCode !== null || child.signalCode !== null)
                        return child.exitCode;
                    const exited = new Promise((done) => child.once('exit', (code, signal) => done(code ?? signal)));
                    child.kill('SIGTERM');
                    return exited;
                },
            });
        });
    });
}

export const startBanter = (serverPath) =>
    startProcess('banter', 'banter-server', serverPath, ['--host', '127.0.0.1', '--port', '0']);
export const startBare = (barePath) => startProcess('bare', 'bare QtWebSockets', barePath, ['0']);

// A Node ws echo server in this process: text as text, binary as binary, the same greeting.
export async function startWs() {
    const { WebSocketServer } = await import('ws');
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve, reject) => { server.once('listening', resolve); server.once('error', reject); });
    server.on('connection', (socket) => {
        socket.on('error', () => {});
        socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
        socket.send(GREETING);
    });
    return {
        key: 'ws', label: 'Node ws', port: server.address().port, greeting: GREETING,
        stop: () => new Promise((resolve) => {
            for (const client of server.clients)
                client.terminate();
            server.close(() => resolve(0));
        }),
    };
}

// ---------------------------------------------------------------------------------------------
// The report.

const VERDICTS = ['OK', 'NON-STRICT', 'FAILED'];

export function summarize(list, results) {
    const summary = {};
    for (const testCase of list) {
        const row = summary[testCase.family] ??= { OK: 0, 'NON-STRICT': 0, FAILED: 0 };
        ++row[results.get(testCase.id).verdict];
    }
    return summary;
}

const cell = (result) => result ? `${result.verdict === 'OK' ? '✅' : result.verdict === 'NON-STRICT' ? '⚠️' : '❌'} ${result.observed}`.replace(/\|/g, '\\|') : '—';
const mdEscape = (value) => String(value).replace(/\|/g, '\\|');

function versions(servers) {
    const lines = [];
    lines.push(`- Node ${process.version}, \`ws\` ${JSON.parse(readFileSync(
        new URL('./node_modules/ws/package.json', import.meta.url))).version} (tests/interop/package-lock.json)`);
    let qt = 'unknown';
    try {
        qt = execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'libqt6websockets6'], { encoding: 'utf8' });
    } catch { /* not Debian */ }
    lines.push(`- QtWebSockets ${qt} (Debian 12 package \`libqt6websockets6\`), for banter-server and bench-bareecho`);
    const banter = servers.find((s) => s.key === 'banter');
    if (banter?.path) {
        try {
            const version = execFileSync(banter.path, ['--version'], { encoding: 'utf8' }).trim();
            lines.push(`- ${version}`);
        } catch { /* reported as absent */ }
    }
    lines.push(`- ${os.type()} ${os.release()} ${os.arch()}`);
    return lines.join('\n');
}

// What is known about the outcomes that are not OK, true whatever the binaries measured.
const notes = [
    'What these outcomes come from:',
    '',
    '- **A valid text split inside a character** (6.2.3–6.2.6, 6.7.x): QtWebSockets 6.4 checks ' +
    'UTF-8 frame by frame, so a fragment that ends inside a character fails the message with 1007 ' +
    '(fixed upstream only in Qt 6.5.10 and 6.9.2). RFC 6455 checks the whole message (8.1): such ' +
    'a message is valid. banter-server runs on the same QtWebSockets; its frame guard re-cuts the ' +
    'fragments of a text message on whole characters before Qt reads them (only the one to three ' +
    'bytes of an unfinished character wait for the next fragment, and a sequence that cannot ' +
    'become valid is passed on at once, so that it still fails fast, 6.4.1 and 6.4.2).',
    '- **Unmasked client frames** (1.3.x): QtWebSockets 6.4\'s server accepts them and echoes ' +
    'them; RFC 6455 5.1 says a server MUST close the connection. banter-server\'s frame guard ' +
    'fails them with 1002, after Qt has answered what came before the unmasked frame (1.3.4).',
    '- **Fail-fast** (6.4.x): Node ws checks UTF-8 once the message is whole; QtWebSockets (and so ' +
    'banter-server) once each frame is whole, so an invalid sequence inside one frame that is ' +
    'still arriving (6.4.3, 6.4.4) fails only when the frame is complete. Both are allowed.',
    '- **Connection reset, no close frame seen** (bare QtWebSockets, in some runs 5.10, 5.13 ' +
    'and other cases whose frames are written one by one after the invalid one): QtWebSockets ' +
    'sends its close frame and closes its socket while the client\'s next frames are still ' +
    'unread, so the kernel answers them with a reset. A client whose next write meets the reset ' +
    'before it has read the close frame loses it (Node drops the socket on the write error); ' +
    'which comes first varies from run to run. banter-server reads on until the client has ' +
    'closed, and its close frame always arrives.',
    '- **Limits** (9.1.4, 9.2.4, 9.4.1): over banter-server\'s `--max-message-size` (16 MiB by ' +
    'default) the message is refused with 1009, as RFC 6455 7.4.1 allows; Node ws (`maxPayload` ' +
    '100 MiB) and bare QtWebSockets (no limit below 2 GiB) echo it.',
];

export function report(list, servers, resultsByServer, { command }) {
    const out = [];
    out.push('# RFC 6455 conformance: banter-server, Node ws, bare QtWebSockets', '');
    out.push('An Autobahn-style conformance run of the three echo servers Banter is measured against ' +
        '(see [BENCHMARKS.md](BENCHMARKS.md)): the case families of the ' +
        '[Autobahn TestSuite](https://github.com/crossbario/autobahn-testsuite) that apply to an echo ' +
        'server, played by [tests/interop/conformance.mjs](../tests/interop/conformance.mjs), a client ' +
        'that writes every frame byte by byte on a raw TCP socket (no WebSocket library), so that ' +
        'invalid frames are exactly the ones the case describes.', '');
    out.push('- **1 Framing**: text and binary messages of 0 to 65536 bytes echoed exactly; unmasked ' +
        'client frames (RFC 6455 5.1, ours: 1.3).');
    out.push('- **2 Pings and pongs**, **3 Reserved bits**, **4 Opcodes**, **5 Fragmentation**: as Autobahn.');
    out.push('- **6 UTF-8**: valid text in one frame and split at every byte position, inside a ' +
        'character too (valid: RFC 6455 checks the whole message, 8.1); invalid sequences (overlong, ' +
        'surrogates, over U+10FFFF, truncated) whole and split across fragments; fail-fast (6.4).');
    out.push('- **7 Close handling**: valid codes answered, invalid codes and payloads failed, ' +
        'nothing echoed after a close.');
    out.push('- **9 Limits**: messages of 1, 4 and 16 MiB, one byte over banter-server\'s 16 MiB ' +
        '`--max-message-size`, many small frames.', '');
    out.push('Each case opens a connection, skips the greeting (`Welcome to Awesome Chat`: all three ' +
        'servers send it), writes its frames, and watches what comes back. A case that expects an ' +
        'echo then closes with 1000 and expects the close answered. A server that does nothing for ' +
        `${IDLE_MS / 1000} s has timed out. Verdicts are Autobahn's: **OK**; **NON-STRICT** where ` +
        'the RFC allows the behaviour but it is not the best one (failing the connection without a ' +
        'close frame, which the RFC only says SHOULD be sent (7.1.7); failing an invalid UTF-8 ' +
        'message only at its end rather than at the first invalid byte (6.4.x); failing before ' +
        'echoing a valid message that came first; leaving the TCP connection open after the ' +
        'closing handshake); **FAILED** otherwise.', '');
    out.push('Case ids follow Autobahn\'s families and, where Autobahn has the case, its number ' +
        '(1.1, 1.2, 2.x, 3.x, 4.x, 5.1–5.20, 6.1, 6.4, 7.1, 7.3, 7.5, 7.7, 7.9 without 1012–1014, ' +
        '7.13). The other cases are Banter\'s, marked "ours" or grouped under a sub-family of ' +
        'their own: 1.3 (unmasked frames), 5.21–5.24, 6.2 (Autobahn\'s valid text in one frame, ' +
        'in 1-byte fragments and in 1-byte writes, and here also split in 2 fragments at every byte ' +
        'position), 6.3 and 6.5 (the invalid sequences of Autobahn\'s 6.3–6.21, whole and split ' +
        'inside the sequence), 6.6 and 6.7 (boundary characters whole and split inside), 9.x ' +
        '(Autobahn\'s large and many-message families, with sizes around banter-server\'s limit). Autobahn\'s 2.7 and 2.8 wait a second after the unsolicited pong; here a ' +
        'ping follows it and its pong shows that the pong was read and ignored, with no wait.', '');
    out.push('Not run: 12 and 13 (permessage-deflate: no server here negotiates it), 10 (the test ' +
        'client\'s own auto-fragmentation: 1.1.8, 5.x and 9.3 send fragmented input anyway), the ' +
        'close codes 1012–1014 (registered with IANA after RFC 6455: neither valid nor invalid ' +
        'for every server).', '');
    out.push('## Reproduce', '');
    out.push('```sh', 'npm ci --prefix tests/interop', command, '```', '');
    out.push('The three servers are started by the run, on free loopback ports. ' +
        '`ctest -R interop_conformance` (tests/interop/conformance.test.mjs) runs the same cases ' +
        'against banter-server only and asserts that every one is OK, but for two named ' +
        'NON-STRICT outcomes (6.4.3, 6.4.4, below).', '');
    out.push('## Versions', '', versions(servers), '');

    out.push('## Summary', '');
    const header = ['family', ...servers.map((s) => s.label)];
    out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    const summaries = servers.map((s) => summarize(list, resultsByServer.get(s.key)));
    const families_ = [...new Set(list.map((c) => c.family))];
    const totals = servers.map(() => ({ OK: 0, 'NON-STRICT': 0, FAILED: 0 }));
    const fmt = (row) => `${row.OK} OK` + (row['NON-STRICT'] ? `, ${row['NON-STRICT']} non-strict` : '') +
        (row.FAILED ? `, **${row.FAILED} failed**` : '');
    for (const family of families_) {
        const count = list.filter((c) => c.family === family).length;
        out.push(`| ${family} ${families[family]} (${count}) | ${summaries.map((s, i) => {
            for (const v of VERDICTS) totals[i][v] += s[family][v];
            return fmt(s[family]);
        }).join(' | ')} |`);
    }
    out.push(`| **all (${list.length})** | ${totals.map(fmt).join(' | ')} |`, '');

    out.push('## Cases not OK', '');
    for (const server of servers) {
        const results = resultsByServer.get(server.key);
        const notOk = list.filter((c) => results.get(c.id).verdict !== 'OK');
        out.push(`**${server.label}**: ${notOk.length === 0 ? 'none.' : ''}`, '');
        for (const testCase of notOk) {
            const result = results.get(testCase.id);
            out.push(`- ${testCase.id} (${result.verdict}) ${mdEscape(testCase.description)}: ${mdEscape(result.observed)}`);
        }
        if (notOk.length)
            out.push('');
    }
    out.push(...notes, '');

    for (const family of families_) {
        out.push(`## ${family} ${families[family]}`, '');
        out.push(`| case | description | expected | ${servers.map((s) => s.label).join(' | ')} |`);
        out.push(`|---|---|---|${servers.map(() => '---').join('|')}|`);
        for (const testCase of list.filter((c) => c.family === family)) {
            const expected = expectedText(testCase.expect) +
                (testCase.expectFor ? `; banter-server: ${Object.values(testCase.expectFor).map(expectedText).join('')}` : '');
            out.push(`| ${testCase.id} | ${mdEscape(testCase.description)} | ${mdEscape(expected)} | ` +
                `${servers.map((s) => cell(resultsByServer.get(s.key).get(testCase.id))).join(' | ')} |`);
        }
        out.push('');
    }
    return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The program.

async function main() {
    const args = process.argv.slice(2);
    const option = (name) => { const at = args.indexOf(`--${name}`); return at >= 0 ? args[at + 1] : undefined; };
    const bin = option('bin');
    const banterPath = process.env.BANTER_SERVER || (bin && path.join(bin, 'banter-server'));
    const barePath = process.env.BANTER_BAREECHO || (bin && path.join(bin, 'bench-bareecho'));
    const only = option('only')?.split(',').map(Number);
    const wanted = (option('servers') ?? 'banter,ws,bare').split(',');
    const reportPath = option('report');
    const list = allCases().filter((c) => !only || only.includes(c.family));

    const servers = [];
    const resultsByServer = new Map();
    for (const key of wanted) {
        let server;
        if (key === 'banter') {
            if (!banterPath) throw new Error('banter-server: give --bin DIR or BANTER_SERVER');
            server = await startBanter(banterPath);
            server.path = banterPath;
        } else if (key === 'ws') {
            server = await startWs();
        } else if (key === 'bare') {
            if (!barePath) throw new Error('bench-bareecho: give --bin DIR or BANTER_BAREECHO');
            server = await startBare(barePath);
        } else {
            throw new Error(`unknown server ${key}`);
        }
        process.stderr.write(`${server.label} on port ${server.port}\n`);
        const started = Date.now();
        const results = await runCases(server, list, (testCase, result) => {
            if (result.verdict !== 'OK')
                process.stderr.write(`  ${testCase.id} ${result.verdict}: ${result.observed}\n`);
        });
        await server.stop();
        servers.push(server);
        resultsByServer.set(key, results);
        const s = summarize(list, results);
        process.stderr.write(`  ${Object.entries(s).map(([f, r]) => `${f}: ${r.OK}/${r['NON-STRICT']}/${r.FAILED}`).join('  ')}` +
            `  (OK/non-strict/failed, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    }
    if (reportPath) {
        const command = `node tests/interop/conformance.mjs --bin build/bin --report ${reportPath}`;
        writeFileSync(reportPath, report(list, servers, resultsByServer, { command }) + '\n');
        process.stderr.write(`wrote ${reportPath}\n`);
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main().then(() => process.exit(0), (error) => {
        console.error(`conformance: ${error.message}`);
        process.exit(1);
    });
}
