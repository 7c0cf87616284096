// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding among a million rows (issue 21): bench/filter/main.cpp in the real window (offscreen),
// the find bar's model reading in slices beside a QSortFilterProxyModel matching all at once.
import path from 'node:path';

import { fmt, median, run, table, verdict } from './lib.mjs';

const conditions = {
    'many-matches': '`$.type == "trade" and $.price > 100` (JSON field)',
    'last-row-only': '`$.id == ` the last row\'s id (JSON field, one match at the end)',
    text: '`"quote"` (text)',
    regex: '`"price":1\\d\\d` (regular expression)',
};

// Every "result case=... how=..." line of a run, by case and way.
function parseLines(out) {
    const results = [];
    for (const line of out.split('\n')) {
        if (!line.startsWith('result ')) continue;
        const fields = Object.fromEntries(line.slice(7).split(' ').map((pair) => pair.split('=')));
        results.push(fields);
    }
    return results;
}

export async function filterBenchmark({ bin, reps, quick, say }) {
    const rows = quick ? 200000 : 1000000;
    const runs = [];
    for (let i = 0; i < reps; ++i) {
        say(`filter: ${rows} rows, run ${i + 1} of ${reps}`);
        const { out, err } = await run(path.join(bin, 'banter-filterbench'), ['--rows', String(rows)], {
            env: { QT_QPA_PLATFORM: 'offscreen' },
        });
        const results = parseLines(out);
        if (results.length === 0) say(err.trim());
        runs.push(results);
    }
    return { rows, runs };
}

export function filterTable({ rows, runs }) {
    const value = (name, how, key) =>
        median(runs.map((r) => Number(r.find((x) => x.case === name && x.how === how)?.[key])).filter((v) => !Number.isNaN(v)));
    const lines = Object.entries(conditions).map(([name, condition]) => {
        const stall = value(name, 'slices', 'stall_ms');
        return [
            condition,
            fmt(value(name, 'slices', 'matches')),
            `${fmt(value(name, 'slices', 'first_ms'), 1)} ms`,
            `${fmt(value(name, 'slices', 'total_ms'), 1)} ms`,
            `${fmt(stall, 1)} ms ${verdict(stall <= 50)} (≤ 50 ms)`,
            `${fmt(value(name, 'all-at-once', 'total_ms'), 1)} ms, stall ${fmt(value(name, 'all-at-once', 'stall_ms'), 1)} ms`,
        ];
    });
    return `${fmt(rows)} rows of JSON messages of about 64 bytes in the window's log; the filter set in code as the find bar sets it. ` +
        'First match: until the first matching row is in the view\'s model; all read: until the last row was matched; ' +
        'stall: the longest time the event loop did not run (a 1 ms timer\'s longest gap, less its period). ' +
        'Beside it, the same match by a QSortFilterProxyModel (what the find bar used before) in the same view and delegate.\n\n' +
        table(['condition', 'matches', 'first match', 'all read', 'longest stall', 'all at once (QSortFilterProxyModel)'], lines);
}
