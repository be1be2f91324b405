import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';
import { compileLanguage } from '../../src/segment/language.js';
import { segmentation as en } from '../../src/language/en/data/segmentation.js';
import { splitWith } from '../../src/segment/splitter.js';

const sentencesOf = (text: string, lang?: string): string[] =>
  splitSentences(text, lang === undefined ? {} : { lang }).map(({ start, end }) =>
    text.slice(start, end),
  );

describe('language data', () => {
  it('accepts a regional tag and falls back to English for a language without data', () => {
    const text = 'Mr. Lavrov arrived. The talks began.';
    const expected = ['Mr. Lavrov arrived.', 'The talks began.'];
    expect(sentencesOf(text, 'en-GB')).toEqual(expected);
    expect(sentencesOf(text, 'xx')).toEqual(expected);
    expect(sentencesOf(text, 'constructor')).toEqual(expected);
  });

  it('classifies abbreviations from the data, titles by case and the others ignoring it', () => {
    const lang = compileLanguage(en);
    expect(lang.abbreviationClass('Mr')).toBe('title');
    expect(lang.abbreviationClass('MR')).toBe('title');
    expect(lang.abbreviationClass('st')).toBeUndefined(); // "5th st." is a street, not a saint
    expect(lang.abbreviationClass('E.G')).toBe('neverEnd');
    expect(lang.abbreviationClass('Jan')).toBe('beforeNumber');
    expect(lang.abbreviationClass('p.m')).toBe('mayEnd');
    expect(lang.abbreviationClass('Budapest')).toBeUndefined();
  });

  it('takes its word lists from a data file, so another language needs no code', () => {
    // A sketch of Russian data, read through the same interface as data/en.ts.
    const ru = compileLanguage({
      titles: ['им.', 'ген.'],
      neverEnd: ['т.е.', 'т.к.'],
      beforeNumber: ['ст.', 'п.'],
      months: ['янв.', 'февр.'],
      mayEnd: ['г.', 'гг.', 'т.д.'],
      sentenceStarters: ['Он', 'Мы', 'Стороны'],
      alwaysCapitalised: [],
      prepositions: ['в', 'на'],
      functionWords: ['и'],
    });
    expect(ru.abbreviationClass('им')).toBe('title');
    expect(ru.abbreviationClass('Т.Е')).toBe('neverEnd');
    expect(ru.abbreviationClass('гг')).toBe('mayEnd');
    expect(ru.isSentenceStarter('Стороны')).toBe(true);

    const text =
      'Договор был подписан в 1993 г. Стороны обсудили позиции двух столиц, т.е. Москвы и Вашингтона. ' +
      'С.В. Лавров выступил в МГИМО им. Н. Горчакова. Мы согласились.';
    expect(splitWith(text, ru).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Договор был подписан в 1993 г.',
      'Стороны обсудили позиции двух столиц, т.е. Москвы и Вашингтона.',
      'С.В. Лавров выступил в МГИМО им. Н. Горчакова.',
      'Мы согласились.',
    ]);
  });
});
