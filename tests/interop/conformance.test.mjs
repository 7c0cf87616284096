// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-server against the Autobahn-style RFC 6455 cases of conformance.mjs: every case of every
// family must come out OK (a few named ones may be NON-STRICT, below). The other servers of
// docs/CONFORMANCE.md are the report's business (`node tests/interop/conformance.mjs --bin DIR
// --report docs/CONFORMANCE.md`), not this test's.
//
// Run (from tests/interop, after `npm ci --prefix tests/interop`):
//   BANTER_SERVER=build/bin/banter-server node --test conformance.test.mjs
// CTest runs it as "interop_conformance".

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import process from 'node:process';

import { allCases, families, runCase, startBanter } from './conformance.mjs';

const serverPath = process.env.BANTER_SERVER ?? '';

// Outcomes the RFC allows that banter-server may show instead of the best one (Autobahn's
// NON-STRICT), each with why. Everything else must be OK.
const nonStrictAllowed = {
    // UTF-8 is checked per frame once the frame is whole, not byte by byte as it arrives.
    '6.4.3': 'invalid UTF-8 inside one frame fails once the frame is whole',
    '6.4.4': 'invalid UTF-8 inside one frame fails once the frame is whole',
};

describe('banter-server: RFC 6455 conformance (Autobahn-style cases)', () => {
    let server;

    before(async () => {
        assert.ok(serverPath && existsSync(serverPath),
            `set BANTER_SERVER to the banter-server binary (got "${serverPath}")`);
        server = await startBanter(serverPath);
    });

    after(async () => {
        if (!server)
            return;
        const code = await server.stop();
        assert.equal(code, 0, `banter-server should exit cleanly; it said: ${server.errors()}`);
    });

    const cases = allCases();
    for (const family of [...new Set(cases.map((c) => c.family))]) {
        describe(`${family} ${families[family]}`, () => {
            for (const testCase of cases.filter((c) => c.family === family)) {
                it(`${testCase.id} ${testCase.description}`, async () => {
                    const { verdict, observed } = await runCase(server, testCase);
                    const allowed = verdict === 'OK' ||
                        (verdict === 'NON-STRICT' && testCase.id in nonStrictAllowed);
                    assert.ok(allowed, `${testCase.id}: ${verdict}: ${observed}`);
                });
            }
        });
    }
});
