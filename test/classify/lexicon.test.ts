import { describe, expect, it } from 'vitest';
import { wordContext } from '../../src/classify/lexicon.js';
import { DECLARED_WORDS, lexicon } from '../../src/classify/words.js';
import { languageOf, LANGUAGES } from '../../src/language/index.js';
import { termOf } from '../../src/vectorize/tokenize.js';

describe('the lexicon declarations', () => {
  const { cues, hooks } = languageOf('en');
  const fieldsOf = DECLARED_WORDS.map((words) =>
    Object.keys(words.compile(cues, wordContext('en', hooks))),
  );

  it('declare each field once, so that no cue compiles another cue’s words its own way', () => {
    const all = fieldsOf.flat();
    expect(all.filter((name, i) => all.indexOf(name) !== i)).toEqual([]);
  });

  it.each(LANGUAGES)('read every field the %s data gives', (code) => {
    const compiled = new Set(Object.keys(lexicon(code)));
    expect(Object.keys(languageOf(code).cues).filter((name) => !compiled.has(name))).toEqual([]);
  });

  it('compile each field by its kind', () => {
    const en = lexicon('en');
    // By stem: "refused" is found as "refuse" is listed.
    expect(en.negatingVerbs.has(termOf('refused', 'en')!)).toBe(true);
    // As written: "rejects" is listed, "rejection" is not.
    expect(en.disputingVerbs.has('rejects')).toBe(true);
    expect(en.disputingVerbs.has('rejection')).toBe(false);
    // Phrases as token sequences, pairs joined, tables as maps (ordinals with the cardinals).
    expect(en.initiativeVerbs).toContainEqual(['asked', 'for']);
    expect(en.nonNegating.has('not only')).toBe(true);
    expect(en.numberWords.get('third')).toBe(3);
    expect(en.numberWords.get('three')).toBe(3);
    expect(en.fractionPhrases).toContainEqual([['and', 'a', 'half'], 0.5]);
  });
});
