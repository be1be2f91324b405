import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon, lexiconFile } from '../src/classify/words.js';
import { pack, unpack, type Packed } from '../src/io/packed.js';
import { LANGUAGES } from '../src/language/index.js';
import { termTablesFile, termTablesToPack } from '../src/vectorize/tokenize.js';

const roundTrip = (value: unknown) => unpack(JSON.parse(JSON.stringify(pack(value))) as Packed);

describe('values packed as JSON', () => {
  it('read back as they were: Sets, Maps, undefined, nested and shared objects', () => {
    const shared = { keys: ['a', 'b'], country: 'x' };
    const value = {
      words: new Set(['a', 'b']),
      phrases: new Set([['a', 'b'], ['c']]),
      table: new Map<string, unknown>([
        ['one', 1],
        ['two', [shared]],
      ]),
      byLast: new Map([['b', [shared]]]),
      nested: [new Set([new Map([[1, undefined]])]), null, true, -1.5, ''],
      missing: undefined,
    };
    const read = roundTrip(value) as typeof value;
    expect(read).toStrictEqual(value);
    // One object reached twice stays one object.
    expect((read.table.get('two') as unknown[])[0]).toBe(read.byLast.get('b')![0]);
  });

  it('write an object reached twice that holds JSON only as JSON, once, and read it back as one', () => {
    const actor = { keys: ['saint', 'lucia'], country: 'saint lucia' };
    const value = { byFirst: new Map([['saint', [actor]]]), byLast: new Map([['lucia', [actor]]]) };
    const written = JSON.stringify(pack(value));
    expect(written.split(JSON.stringify(actor))).toHaveLength(2);
    const read = roundTrip(value) as typeof value;
    expect(read).toStrictEqual(value);
    expect(read.byFirst.get('saint')![0]).toBe(read.byLast.get('lucia')![0]);
  });

  it.each([
    ['a function', () => 1],
    ['a class instance', new Date(0)],
    ['NaN', Number.NaN],
    ['negative zero', -0],
  ])('refuse what JSON cannot give back: %s', (_, value) => {
    expect(() => pack([value])).toThrow(TypeError);
  });

  it('refuse an object that contains itself', () => {
    const loop: unknown[] = [];
    loop.push(loop);
    expect(() => pack(loop)).toThrow(/contains itself/);
  });
});

// The build packs these beside the CLI bundle (scripts/bundle-cli.mjs); the CLI reads them instead
// of building them, so they must be what the sources build (test/global-setup.ts rebuilds dist/).
describe.each(LANGUAGES)('the tables packed beside the CLI bundle, %s', (lang) => {
  const bundled = (file: string) =>
    unpack(JSON.parse(readFileSync(`dist/bundle/${file}`, 'utf8')) as Packed);

  it('hold the lexicon the sources compile', () => {
    expect(bundled(lexiconFile(lang))).toStrictEqual(compileLexicon(lang));
  });

  it('hold the term tables the sources build', () => {
    expect(bundled(termTablesFile(lang))).toStrictEqual(termTablesToPack(lang));
  });
});
