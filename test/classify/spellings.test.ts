import { describe, expect, it } from 'vitest';
import { learnSpellings } from '../../src/classify/spellings.js';
import { sentenceModel } from '../../src/sentence/model.js';
import { compare } from '../../src/compare.js';

const spellingsOf = (...texts: string[]) =>
  Object.fromEntries(
    // Each text is a document of its own.
    [...learnSpellings(texts.map((text) => [sentenceModel(text)]))].map(([term, one]) => [
      term,
      one.word,
    ]),
  );

describe('learnSpellings', () => {
  it('reads two transliterations of one name as the first in alphabetical order', () => {
    expect(
      spellingsOf(
        'President Lukashenka met President Zelenskyy, President Toqayev and Sheikh Muhammad.',
        'Lukashenko, Zelensky and Tokayev met Crown Prince Mohammed.',
      ),
    ).toEqual({
      lukashenko: 'lukashenka',
      zelenskyi: 'zelensky',
      toqayev: 'tokayev',
      muhammad: 'mohammed',
    });
  });

  it('does not depend on the order of the documents', () => {
    const texts = ['President Lukashenka spoke.', 'President Lukashenko spoke.'];
    expect(spellingsOf(...texts)).toEqual(spellingsOf(...[...texts].reverse()));
  });

  it('keeps apart countries, short names, words also written in lower case, and other names', () => {
    expect(spellingsOf('Niger and Nigeria met.', 'Iran and Iraq met.')).toEqual({});
    expect(spellingsOf('Hassan spoke.', 'Hussein spoke.')).toEqual({});
    // Titles and words WordNet knows are no names, however they are capitalised.
    expect(spellingsOf('The Ministry and the Police.', 'The Minister and the Palace.')).toEqual({});
    // One document writing both spellings names two people.
    expect(spellingsOf('Gabriel met Gabriela.', 'Gabriel spoke.')).toEqual({});
    // "Sanction" is a word, not a name, once it is written in lower case.
    expect(spellingsOf('Sanctions were discussed.', 'The sanktions were lifted.')).toEqual({});
  });

  it('lets an act with its parties swapped conflict across two spellings', () => {
    const report = compare(
      'President Putin called President Lukashenko.',
      'President Lukashenka called President Putin.',
      { lang: 'en' },
    );
    expect(report.matches.flatMap((m) => m.reasons.map((r) => r.cue))).toContain('agent');
  });
});
