// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The reference echo server of the teaching example, as Banter's interoperability tests need it:
// a Node `ws` server that greets every client with "Welcome to Awesome Chat", logs
// "client connected" and "Message: <text>", and sends every message back as text
// (msg.toString(), so a binary message comes back as a text message, as in the reference).
//
// Usage: node echo-server.mjs [port] [--log-request] [--tls CERT KEY [--client-ca CA]]
//        (default port 3000; 0 picks a free port)
// It listens on 127.0.0.1 only and prints "listening on port N" with the real port once ready.
// With --log-request (not in the reference) it also prints, for each client, what its opening
// request asked for: "request <path> origin=<Origin> protocols=<Sec-WebSocket-Protocol>
// x-token=<X-Token>", for the tests of a client's request options. With --tls it serves wss://
// with that PEM certificate and key; with --client-ca as well, it asks every client for a
// certificate signed by CA and refuses a client without one, as Node's TLS does (requestCert,
// rejectUnauthorized: the handshake ends with a TLS alert).

import process from 'node:process';

const missingModules =
    'the Node packages of the interoperability tests are not installed: ' +
    'run `npm ci --prefix tests/interop` in the Banter source folder';

let WebSocketServer;
try {
    ({ WebSocketServer } = await import('ws'));
} catch (error) {
    console.error(`echo-server: ${missingModules} (${error.message})`);
    process.exit(2);
}

const portArgument = process.argv[2] ?? '3000';
const port = Number(portArgument);
if (!/^\d+$/.test(portArgument) || port > 65535) {
    console.error(`echo-server: invalid port "${portArgument}": give a number from 0 to 65535`);
    process.exit(2);
}

const logsRequest = process.argv.includes('--log-request');

// The file after option, read, or undefined without the option.
async function fileAfter(option, offset = 1) {
    const at = process.argv.indexOf(option);
    if (at < 0)
        return undefined;
    const { readFileSync } = await import('node:fs');
    return readFileSync(process.argv[at + offset]);
}

let server;
const certificate = await fileAfter('--tls');
if (certificate) {
    const { createServer } = await import('node:https');
    const clientAuthority = await fileAfter('--client-ca');
    const https = createServer({
        cert: certificate,
        key: await fileAfter('--tls', 2),
        ...(clientAuthority && { ca: clientAuthority, requestCert: true, rejectUnauthorized: true }),
    });
    server = new WebSocketServer({ server: https });
    https.listen(port, '127.0.0.1');
} else {
    server = new WebSocketServer({ host: '127.0.0.1', port });
}

server.on('error', (error) => {
    console.error(`echo-server: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
});

server.on('listening', () => {
    console.log(`listening on port ${server.address().port}`);
});

server.on('connection', (socket, request) => {
    console.log('client connected');
    if (logsRequest) {
        const header = (name) => request.headers[name] ?? '';
        console.log(`request ${request.url} origin=${header('origin')} ` +
            `protocols=${header('sec-websocket-protocol')} x-token=${header('x-token')}`);
    }
    socket.on('message', (data) => {
        const text = data.toString();
        console.log(`Message: ${text}`);
        socket.send(text);
    });
    socket.send('Welcome to Awesome Chat');
});
