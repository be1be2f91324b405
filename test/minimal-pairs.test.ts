import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare.js';
import { readMinimalPairs, verdictOf } from '../src/corpus/index.js';
import { segmentDocument } from '../src/segment/sentences.js';
import { loadDocument } from '../src/load/index.js';

const pairs = readMinimalPairs('fixtures/minimal-pairs');

describe('the minimal-pairs suite', () => {
  it('has both halves, each covering every slot and every verdict', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(160);
    const of = (split: string) => pairs.filter((p) => p.split === split);
    const slots = new Set(pairs.map((p) => p.slot));
    for (const split of ['tune', 'holdout']) {
      expect(new Set(of(split).map((p) => p.slot))).toEqual(slots);
      expect(new Set(of(split).map((p) => p.expected))).toEqual(
        new Set(['shared', 'contradiction', 'none']),
      );
    }
  });

  it('has one sentence on each side of every pair', () => {
    const sentences = (text: string) =>
      segmentDocument(loadDocument(text, 'text'), { lang: 'en' }).length;
    const broken = pairs.filter((p) => sentences(p.a) !== 1 || sentences(p.b) !== 1);
    expect(broken.map((p) => p.id)).toEqual([]);
  });
});

describe('reading minimal pairs', () => {
  const folder = (tune: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'minimal-pairs-'));
    writeFileSync(join(dir, 'tune.jsonl'), tune);
    return dir;
  };
  const line = (fields: Record<string, string>) =>
    JSON.stringify({
      id: 'x-1',
      a: 'A.',
      b: 'B.',
      expected: 'none',
      slot: 'x',
      note: 'n',
      ...fields,
    });

  it('takes the split from the file name and skips blank lines', () => {
    const dir = folder(`${line({})}\n\n`);
    expect(readMinimalPairs(dir)).toEqual([
      { id: 'x-1', a: 'A.', b: 'B.', expected: 'none', slot: 'x', note: 'n', split: 'tune' },
    ]);
  });

  it('names the file and line of a pair it cannot read', () => {
    const dir = folder(`${line({})}\n${line({ id: 'x-2', expected: 'maybe' })}\n`);
    expect(() => readMinimalPairs(dir)).toThrow(/tune\.jsonl:2: field "expected"/);
    expect(() => readMinimalPairs(folder('{"id": \n'))).toThrow(/tune\.jsonl:1: not JSON/);
    expect(() => readMinimalPairs(folder(`${line({})}\n${line({})}\n`))).toThrow(/used twice/);
  });
});

describe('verdictOf', () => {
  it('is none for unrelated sentences and shared for the same sentence', () => {
    const same = 'The two ministers discussed cooperation in the energy sector.';
    expect(verdictOf(compare(same, same, { lang: 'en' }))).toBe('shared');
    expect(
      verdictOf(compare(same, 'A flood closed the mountain road for three weeks.', { lang: 'en' })),
    ).toBe('none');
  });
});
