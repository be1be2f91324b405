#!/usr/bin/env node
// Scores sentence splitters on the Golden Rules test set (English): a case passes when the
// sentences, each trimmed and with white space collapsed, equal the expected ones exactly.
//
//   node scripts/bench-sentences.mjs [path/to/golden-rules-en.json] [--verbose]
//
// Splitters: ours (the compiled build in dist/, or the module named by SEGMENTER_MODULE),
// natural's SentenceTokenizer with natural's English abbreviations, and Intl.Segmenter.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const goldenPath = resolve(
  args.find((arg) => !arg.startsWith('--')) ??
    resolve(repoRoot, '../shared/bench/golden-rules-en.json'),
);
const PASSES = 100;

if (!existsSync(goldenPath)) {
  console.log(`Golden Rules test set not found at ${goldenPath}; nothing to benchmark.`);
  process.exit(0);
}
const { cases } = JSON.parse(readFileSync(goldenPath, 'utf8'));

const modulePath = process.env.SEGMENTER_MODULE
  ? resolve(process.env.SEGMENTER_MODULE)
  : resolve(repoRoot, 'dist/segment/index.js');
if (!existsSync(modulePath)) {
  console.error(`Splitter not built: ${modulePath} is missing. Run \`npm run build\` first.`);
  process.exit(1);
}
const { splitSentences } = await import(pathToFileURL(modulePath).href);

// Only natural's submodules: its root module is slow to load and prints to stdout.
const require = createRequire(import.meta.url);
const NaturalSentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer.js');
const { knownAbbreviations } = require('natural/lib/natural/util/abbreviations_en.js');
const natural = new NaturalSentenceTokenizer(knownAbbreviations);
const intl = new Intl.Segmenter('en', { granularity: 'sentence' });

const splitters = [
  {
    name: 'communique',
    split: (text) => splitSentences(text).map(({ start, end }) => text.slice(start, end)),
  },
  { name: 'natural SentenceTokenizer', split: (text) => natural.tokenize(text) },
  { name: 'Intl.Segmenter', split: (text) => Array.from(intl.segment(text), (s) => s.segment) },
];

const normalise = (sentences) =>
  sentences.map((s) => s.trim().replace(/\s+/g, ' ')).filter((s) => s !== '');

function score(splitter) {
  const failures = [];
  for (const c of cases) {
    const got = normalise(splitter.split(c.text));
    const expected = normalise(c.expected);
    if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ ...c, expected, got });
  }
  const runAll = () => cases.forEach((c) => splitter.split(c.text));
  for (let pass = 0; pass < PASSES; pass++) runAll(); // let the JIT warm up first
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) runAll();
  const msPerPass = (performance.now() - started) / PASSES;
  return { name: splitter.name, passed: cases.length - failures.length, msPerPass, failures };
}

const results = splitters.map(score);
const nameWidth = Math.max(...results.map((r) => r.name.length), 'splitter'.length);
console.log(`Golden Rules (${cases.length} cases): ${goldenPath}`);
console.log(`${'splitter'.padEnd(nameWidth)}  passed  ms per pass over all cases`);
for (const r of results) {
  const passed = `${r.passed}/${cases.length}`.padStart(6);
  console.log(`${r.name.padEnd(nameWidth)}  ${passed}  ${r.msPerPass.toFixed(2).padStart(6)}`);
}

if (verbose) {
  const ours = results[0];
  console.log(`\nFailing cases of ${ours.name}: ${ours.failures.length}`);
  for (const f of ours.failures) {
    console.log(`\n#${f.id} ${f.name}\n  text:     ${JSON.stringify(f.text)}`);
    console.log(`  expected: ${JSON.stringify(f.expected)}\n  got:      ${JSON.stringify(f.got)}`);
  }
}
