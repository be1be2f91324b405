import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../src/language/index.js';
import { americanSpelling } from '../../src/language/en/stem.js';
import { ACTORS } from '../../src/language/en/data/actors.js';
import { countriesIn } from '../../src/classify/people.js';
import { sentenceModel } from '../../src/sentence/model.js';
import { termOf, tokenize } from '../../src/vectorize/tokenize.js';

const { hooks } = languageOf('en');

describe('English hooks', () => {
  it('find the same words in ASCII text with the ASCII pattern as with the Unicode one', () => {
    const piece = fc.oneof(
      fc.constantFrom('non-', 'Non-', 'NON-', 'nON-', "'", "'s", "n't", '-', ' ', '.', '_', '0'),
      fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }),
    );
    const words = (text: string, pattern: RegExp) =>
      [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(words(text, hooks.asciiWordPattern!)).toEqual(words(text, hooks.wordPattern()));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps contractions and possessives whole, and "non-" with its word', () => {
    expect(tokenize("Moscow's side didn't sign a non-aggression pact").map((t) => t.word)).toEqual([
      "moscow's",
      'side',
      "didn't",
      'sign',
      'a',
      'non-aggression',
      'pact',
    ]);
    expect(termOf("didn't")).toBe('not');
    expect(termOf("moscow's")).toBe(termOf('moscow'));
    expect(hooks.isPossessive("moscow's")).toBe(true);
  });

  it('reads word endings: verb forms, adverbs, plurals, ordinal numbers', () => {
    expect([hooks.isVerbForm('entered'), hooks.isVerbForm('troops')]).toEqual([true, false]);
    expect([hooks.isAdverb('formally'), hooks.isAdverb('only')]).toEqual([true, false]);
    expect(hooks.nounForms('call')).toEqual(['call', 'calls']);
    expect(hooks.numeral.exec('15th')?.[1]).toBe('15');
    expect(hooks.dayOfMonth.test('7th')).toBe(true);
  });

  it('undoes the endings of comparatives and superlatives as spelling makes them', () => {
    expect(hooks.gradedByEnding('bigger')).toEqual({
      degree: 'comparative',
      bases: expect.arrayContaining(['big']) as string[],
    });
    expect(hooks.gradedByEnding('easiest')?.bases).toContain('easy');
    expect(hooks.gradedByEnding('closer')?.bases).toContain('close');
    expect(hooks.gradedByEnding('talks')).toBeNull();
  });

  it('takes a month without a day for one only when capitalised', () => {
    expect(hooks.namesMonth('M', 'may')).toBe(true);
    expect(hooks.namesMonth('m', 'may')).toBe(false);
  });

  it('measures a time zone after a clock time', () => {
    const after = (words: string[]) => (offset: number) => words[offset - 1] ?? '';
    expect(hooks.timeZoneLength(after(['IST']))).toBe(1);
    expect(hooks.timeZoneLength(after(['Pakistan', 'Standard', 'Time']))).toBe(3);
    expect(hooks.timeZoneLength(after(['Moscow', 'Time']))).toBe(2);
    expect(hooks.timeZoneLength(after(['the', 'talks']))).toBe(0);
  });
});

describe('the hooks of a language without rules of its own', () => {
  it('read nothing into word shapes', () => {
    const plain = languageOf('de').hooks;
    expect([plain.isVerbForm('entered'), plain.isContractedNegation("didn't")]).toEqual([
      false,
      false,
    ]);
    expect(plain.numeral.exec('15th')).toBeNull();
  });
});

describe('British spellings', () => {
  /** The rules as the regular expressions they were first written as, each ending after letters. */
  const byPatterns = (word: string) =>
    word.length < 6
      ? word
      : word
          .replace(/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations)$/u, 'iz$1')
          .replace(/(?<=\p{L}{2})ys(e|es|ed|ing)$/u, 'yz$1')
          .replace(/(?<=\p{L}{3})our(s|ed|ing|able)?$/u, 'or$1')
          .replace(/(?<=\p{L}{2})ogue(s)?$/u, 'og$1')
          .replace(/(?<=\p{L}{3})amme(s)?$/u, 'am$1')
          .replace(/(?<=\p{L}{3})tre(s)?$/u, 'ter$1')
          .replace(/^(de|of)fence(s)?$/u, '$1fense$2');

  it('fold into American ones', () => {
    expect(
      ['organisations', 'analysed', 'colourable', 'catalogues', 'programme', 'centres'].map(
        americanSpelling,
      ),
    ).toEqual(['organizations', 'analyzed', 'colorable', 'catalogs', 'program', 'centers']);
    expect(['offences', 'defence', 'promise'].map(americanSpelling)).toEqual([
      'offenses',
      'defense',
      'promize',
    ]);
    // Too few letters before the ending: the word keeps it.
    expect(['a-rises', '1-tour', 'x-ogue', 'é-tres'].map(americanSpelling)).toEqual([
      'a-rises',
      '1-tour',
      'x-ogue',
      'é-tres',
    ]);
  });

  it('are folded as the regular expressions fold them, letters beyond ASCII and astral ones included', () => {
    const piece = fc.constantFrom(
      ...['is', 'ys', 'our', 'ogue', 'amme', 'tre', 'e', 'es', 'ed', 'ing', 'ation', 's', 'able'],
      ...[
        'de',
        'of',
        'fence',
        'a',
        'Z',
        'é',
        'ж',
        '\u{1D400}',
        '\u{10400}',
        '1',
        '-',
        "'",
        '\u0301',
      ],
      ...['\uD835', '\uDC00', '\u{1F600}'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const word = pieces.join('');
        expect(americanSpelling(word)).toBe(byPatterns(word));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('English countries', () => {
  const countries = (text: string) =>
    countriesIn(sentenceModel(text)).map((actor) => actor.country);

  it('resolve a country by its name, adjective or capital, across the continents', () => {
    expect(countries('The Ivorian delegation flew from Abidjan to Luanda.')).toEqual([
      "côte d'ivoire",
      "côte d'ivoire",
      'angola',
    ]);
    expect(countries('Fiji and Honduras signed the accord in Reykjavik.')).toEqual([
      'fiji',
      'honduras',
      'iceland',
    ]);
  });

  it('leave out capitals that are common words or names elsewhere', () => {
    expect(countries('Victoria Street in Kingston was closed to male drivers.')).toEqual([]);
  });

  it('name every country with one alias at most once', () => {
    const seen = new Map<string, string>();
    for (const [country, aliases] of Object.entries(ACTORS))
      for (const alias of [country, ...aliases]) {
        expect(seen.get(alias) ?? country).toBe(country);
        seen.set(alias, country);
      }
  });
});
