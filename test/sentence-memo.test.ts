import { describe, expect, it } from 'vitest';
import { keptMap, keptSet, memoPerSentence } from '../src/sentence/memo.js';
import { sentenceModel } from '../src/sentence/model.js';

describe('what an analysis keeps for a sentence', () => {
  it('keeps a map packed, reading as the map did: lookups, size and the order entries were set in', () => {
    const found = new Map<unknown, number>([
      ['agree', 3],
      [7, 0],
      [NaN, 1],
      ['sign', 9],
    ]);
    const kept = keptMap(found);
    // A packed copy, not the map itself: a Map's hash table takes two to three times the room.
    expect(kept).not.toBe(found);
    found.set('extra', 1);
    expect(kept.size).toBe(4);
    expect(kept.get('agree')).toBe(3);
    expect(kept.get(7)).toBe(0);
    expect(kept.has(7)).toBe(true);
    expect(kept.get(NaN)).toBe(1);
    expect(kept.has('7')).toBe(false);
    expect(kept.get('extra')).toBeUndefined();
    expect([...kept]).toEqual([
      ['agree', 3],
      [7, 0],
      [NaN, 1],
      ['sign', 9],
    ]);
    expect([...kept.keys()]).toEqual(['agree', 7, NaN, 'sign']);
    expect([...kept.values()]).toEqual([3, 0, 1, 9]);
    expect([...kept.entries()]).toEqual([...kept]);
    const seen: unknown[] = [];
    kept.forEach((value, key, map) => seen.push([key, value, map === kept]));
    expect(seen).toEqual([
      ['agree', 3, true],
      [7, 0, true],
      [NaN, 1, true],
      ['sign', 9, true],
    ]);
  });

  it('keeps a set packed, reading as the set did', () => {
    const found = new Set(['talks', 'visit', 'trade']);
    const kept = keptSet(found);
    expect(kept).not.toBe(found);
    found.add('extra');
    expect(kept.size).toBe(3);
    expect(kept.has('visit')).toBe(true);
    expect(kept.has('extra')).toBe(false);
    expect([...kept]).toEqual(['talks', 'visit', 'trade']);
    expect([...kept.keys()]).toEqual([...kept.values()]);
    expect([...kept.entries()]).toEqual([
      ['talks', 'talks'],
      ['visit', 'visit'],
      ['trade', 'trade'],
    ]);
    const seen: string[] = [];
    kept.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['talks=talks', 'visit=visit', 'trade=trade']);
  });

  it('keeps one shared empty map and one shared empty set for sentences that found nothing', () => {
    expect(keptMap(new Map())).toBe(keptMap(new Map<string, number>()));
    expect(keptSet(new Set())).toBe(keptSet(new Set<string>()));
    expect(keptMap(new Map()).size).toBe(0);
  });

  it('keeps one frozen empty list for every sentence an analysis finds nothing in', () => {
    const capitals = memoPerSentence((side) =>
      side.tokens.filter((t) => /^\p{Lu}/u.test(side.text.slice(t.start))),
    );
    const [first, second] = ['the talks went well', 'no names here'].map((text) =>
      sentenceModel(text),
    );
    expect(capitals(first!)).toEqual([]);
    expect(capitals(first!)).toBe(capitals(second!));
    expect(Object.isFrozen(capitals(first!))).toBe(true);
    const named = sentenceModel('Lavrov met Muhriddin');
    expect(capitals(named).map((t) => t.word)).toEqual(['lavrov', 'muhriddin']);
    expect(capitals(named)).toBe(capitals(named));
  });
});
