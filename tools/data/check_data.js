#!/usr/bin/env node
// Checks every file in data/ against the formats described in data/README.md:
// valid UTF-8 (NFC), LF line endings, no stray spaces, the right number of TAB
// separated fields, ISO 3166-1 codes that exist (iso-codes, plus XK), numbers
// where numbers belong, and no key listed twice where keys must be unique.
// usage: node tools/data/check_data.js [DATA_DIR]   (exit status 1 on any error)
'use strict';
const fs = require('fs');
const path = require('path');

const dataDir = process.argv[2] || path.join(__dirname, '..', '..', 'data');
const ISO = '/usr/share/iso-codes/json/iso_3166-1.json';
const codes = new Set(['XK']);
if (fs.existsSync(ISO)) {
    for (const c of JSON.parse(fs.readFileSync(ISO, 'utf8'))['3166-1']) codes.add(c.alpha_2);
}

const CC = (v) => codes.has(v) || 'unknown country code';
const CC_OR_EMPTY = (v) => v === '' || codes.has(v) || 'unknown country code';
const INT = (v) => /^[0-9]+$/.test(v) || 'not a number';
const range = (lo, hi) => (v) => (INT(v) === true && +v >= lo && +v <= hi) || `not ${lo}-${hi}`;
const KIND = (v) => ['continent', 'region', 'sea', 'river', 'island', 'territory', 'venue'].includes(v) || 'bad kind';
const TEXT = () => true;

// file: [field checks, key must be unique, must be sorted by key (byte order)]
const SPECS = {
    'cities.tsv': [[TEXT, CC, INT], true, true],
    'demonyms.tsv': [[TEXT, CC], true, true],
    'country_aliases.tsv': [[TEXT, CC], true, false],
    'places.tsv': [[TEXT, CC_OR_EMPTY, KIND], true, false],
    'first_names.txt': [[TEXT], true, true],
    'titles.txt': [[TEXT], true, false],
    'honorifics.txt': [[TEXT], true, false],
    'org_words.txt': [[TEXT], true, false],
    'org_acronyms.txt': [[TEXT, TEXT], true, false],
    'stopwords.txt': [[TEXT], true, false],
    'months.txt': [[TEXT, range(1, 12)], true, false],
    'weekdays.txt': [[TEXT, range(1, 7)], true, false],
    'nicknames.tsv': [[TEXT, TEXT], false, true],
};

let errors = 0;
const err = (f, n, msg) => {
    errors++;
    if (errors <= 50) console.error(`${f}:${n}: ${msg}`);
};

for (const [name, [checks, unique, sorted]] of Object.entries(SPECS)) {
    const file = path.join(dataDir, name);
    if (!fs.existsSync(file)) { err(name, 0, 'missing'); continue; }
    const buf = fs.readFileSync(file);
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf)) err(name, 0, 'not valid UTF-8');
    if (text.includes('\r')) err(name, 0, 'CR in file (want LF line endings)');
    if (!text.endsWith('\n')) err(name, 0, 'no final newline');
    if (text.charCodeAt(0) === 0xfeff) err(name, 0, 'byte order mark');
    const seen = new Map();
    let prev = null;
    let count = 0;
    text.split('\n').forEach((line, i) => {
        const n = i + 1;
        if (line === '' || line.startsWith('#')) return;
        count++;
        if (line !== line.normalize('NFC')) err(name, n, 'not NFC');
        const f = line.split('\t');
        if (f.length !== checks.length) { err(name, n, `want ${checks.length} field(s), got ${f.length}`); return; }
        f.forEach((v, k) => {
            if (v !== v.trim() || /\s\s/.test(v)) err(name, n, `field ${k + 1} has stray spaces`);
            if (k === 0 && v === '') err(name, n, 'empty key');
            const r = checks[k](v);
            if (r !== true) err(name, n, `field ${k + 1} "${v}": ${r}`);
        });
        const key = sorted && !unique ? line : f[0];
        if (seen.has(key)) err(name, n, `"${key}" also on line ${seen.get(key)}`);
        else seen.set(key, n);
        if (sorted && prev !== null && Buffer.compare(Buffer.from(prev), Buffer.from(key)) > 0) {
            err(name, n, `"${key}" out of order`);
        }
        prev = key;
    });
    console.log(`ok ${name}: ${count} entries`);
}
if (errors) {
    console.error(`check_data: ${errors} error(s)`);
    process.exit(1);
}
console.log('check_data: all files ok');
