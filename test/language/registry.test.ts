import { describe, expect, it } from 'vitest';
import { languageOf, LANGUAGES } from '../../src/language/index.js';

describe.each(LANGUAGES)('the %s entry of the language registry', (code) => {
  const language = languageOf(code);

  it('has every part a stage reads', () => {
    // `messages` is optional: a language without its own templates reads the cues' own.
    expect(
      Object.keys(language)
        .filter((key) => key !== 'messages')
        .sort(),
    ).toEqual(['cues', 'detection', 'hooks', 'segmentation', 'stemming', 'vocabulary'].sort());
    expect(language.detection.francCode).toMatch(/^[a-z]{3}$/);
  });

  it('stems a word and lists stopwords', () => {
    const { stem, stopwords } = language.stemming();
    expect(typeof stem('word')).toBe('string');
    expect(stopwords.length + language.vocabulary.extraStopwords.length).toBeGreaterThan(0);
  });

  it('keeps its negators out of the stopwords and names its twelve months', () => {
    const { negators = [], months = {} } = language.cues;
    expect(negators.length).toBeGreaterThan(0);
    expect(language.vocabulary.keep).toEqual(expect.arrayContaining([negators[0]]));
    expect(new Set(Object.values(months))).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    );
  });

  it('finds words with its own pattern', () => {
    expect(language.hooks.wordPattern().flags).toContain('g');
  });

  it('makes its word pattern when first asked for, and gives the same one after', () => {
    // A function, so that loading the registry compiles no language's Unicode classes.
    expect(language.hooks.wordPattern).toBeTypeOf('function');
    expect(language.hooks.wordPattern()).toBe(language.hooks.wordPattern());
  });
});

it('each language has its own franc code', () => {
  const codes = LANGUAGES.map((code) => languageOf(code).detection.francCode);
  expect(new Set(codes).size).toBe(codes.length);
});
