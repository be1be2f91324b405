#!/usr/bin/env node
// Times the sentence splitter, the tokenizer and the whole compare() on inputs made to slow text
// tools down (regex backtracking, quadratic rescans), each compared against a normal readout.
// Then times compare() on the same inputs at three sizes: a linear stage grows ×4 from the
// smallest to the largest, a quadratic one ×16.
//
//   npm run build && node scripts/adversarial.mjs [--limit-ms 2000]
//
// Sizes are in UTF-16 code units (1 MB = 1,000,000). Each time is the best of two runs. Exits 1
// when a 1 MB compare() takes longer than the limit, or (from 100 ms) grows faster than ×8.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => resolve(root, 'dist', path);
if (!existsSync(dist('index.js'))) {
  console.error('adversarial: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const { compare } = await import(pathToFileURL(dist('index.js')).href);
const { splitSentences } = await import(pathToFileURL(dist('segment/index.js')).href);
const { tokenize } = await import(pathToFileURL(dist('vectorize/tokenize.js')).href);

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit-ms');
const LIMIT_MS = limitAt === -1 ? 2000 : Number(args[limitAt + 1]);
const SIZES = [250_000, 500_000, 1_000_000];
const LARGEST = SIZES[SIZES.length - 1];
const MAX_GROWTH = 8;
/** Below this, timer noise and garbage collection dominate the growth ratio. */
const NOISE_MS = 100;
const RUNS = 2;

const normal = readFileSync(resolve(root, 'fixtures/lavrov-muhriddin/moscow.txt'), 'utf8');

/** `unit` repeated to exactly `size` code units. */
const repeat = (unit) => (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const half = (open, close) => (size) => repeat(open)(size / 2) + repeat(close)(size / 2);

/** Inputs by name, each a function of its size. */
const INPUTS = {
  'no punctuation': repeat('word '),
  "'a.' run together": repeat('a.'),
  dots: repeat('.'),
  "'Mr. ' × 250,000 (at 1 MB)": repeat('Mr. '),
  'nested brackets ((…))': half('(', ')'),
  'nested quotes “«"(…)"»”': half('“«"(', ')"»”'),
  'one long word': repeat('x'),
  "'world.Today' without spaces": repeat('world.Today'),
  newlines: repeat('\n'),
  "'\\r\\n'": repeat('\r\n'),
  'random Unicode': randomUnicode,
  'short sentences': repeat('The ministers discussed trade. '),
  'the readout repeated': repeat(`${normal}\n\n`),
};

/**
 * Seeded random text: code points from anywhere in Unicode (surrogates aside), mixed with letters
 * of several scripts, combining marks, emoji, controls, bidi and zero-width characters, spaces and
 * punctuation, so that every character class the pipeline treats specially turns up.
 */
function randomUnicode(size) {
  const random = mulberry32(20240501);
  const pick = (s) => s[Math.floor(random() * s.length)];
  const pools = [
    'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
    'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГД',
    'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
    'אבגדהוזחטיכלמנסעפצקרשת',
    '中国俄罗斯外长会谈和平合作',
    '\u0301\u0308\u0327\u064b\u05b7',
    '     \n\n\r\n\t\u00a0\u2028\u2029',
    '.,;:!?…"\'“”‘’«»()[]{}—–-•',
    '\u001b\u0007\u0000\u009b\u202e\u2066\u200b\u200d\u00ad\ufeff',
    ['😀', '👍🏽', '👨‍👩‍👧', '🇷🇺', '\u{1d400}', '\u{20000}'],
  ];
  const parts = [];
  let length = 0;
  while (length < size) {
    const piece = random() < 0.25 ? anyCodePoint(random) : pick(pick(pools));
    parts.push(piece);
    length += piece.length;
  }
  const text = parts.join('').slice(0, size);
  // Do not end on half of a surrogate pair.
  return /[\ud800-\udbff]$/.test(text) ? text.slice(0, -1) : text;
}

function anyCodePoint(random) {
  for (;;) {
    const code = Math.floor(random() * 0x110000);
    if (code < 0xd800 || code > 0xdfff) return String.fromCodePoint(code);
  }
}

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Best wall-clock time of RUNS calls, in milliseconds. */
function time(fn) {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

// English is forced: language detection would refuse some inputs ("a.a.a." reads as Spanish) before
// the pipeline runs, and the pipeline is what is timed.
const compareWithNormal = (text) => compare(text, normal, { lang: 'en' });

compareWithNormal(normal); // warm up: language data, stemmer tables, JIT

const ms = (t) => `${Math.round(t)} ms`;
const rows = [];
let failed = false;
for (const [name, make] of Object.entries(INPUTS)) {
  const compareTimes = SIZES.map((size) => time(() => compareWithNormal(make(size))));
  const largest = make(LARGEST);
  const growth = compareTimes[compareTimes.length - 1] / Math.max(compareTimes[0], 1);
  const largestTime = compareTimes[compareTimes.length - 1];
  const slow = largestTime > LIMIT_MS || (largestTime >= NOISE_MS && growth > MAX_GROWTH);
  failed ||= slow;
  rows.push([
    name,
    ms(time(() => splitSentences(largest))),
    ms(time(() => tokenize(largest))),
    ...compareTimes.map(ms),
    `×${growth.toFixed(1)}${slow ? ' SLOW' : ''}`,
  ]);
  process.stderr.write('.');
}
process.stderr.write('\n');

const header = [
  'input',
  'split 1 MB',
  'tokenize 1 MB',
  'compare 250 KB',
  'compare 500 KB',
  'compare 1 MB',
  'growth 250 KB→1 MB',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
  `\nNode ${process.version}; compare() against ${normal.length} characters of fixtures/lavrov-muhriddin/moscow.txt; limit ${LIMIT_MS} ms.`,
);
process.exitCode = failed ? 1 : 0;
