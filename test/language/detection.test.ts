import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, InputError } from '../../src/index.js';
import { detectLanguage, detectLanguages } from '../../src/load/language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The ministers exchanged views on current issues of bilateral interaction.'],
    ['ru', 'Министры обменялись мнениями по актуальным вопросам двустороннего взаимодействия.'],
    [
      'uk',
      'Міністри обмінялися думками щодо актуальних питань двосторонньої співпраці та безпеки.',
    ],
    [
      'fr',
      "Les deux ministres ont échangé sur les questions d'actualité de la relation bilatérale.",
    ],
    [
      'de',
      'Die beiden Minister tauschten sich über aktuelle Fragen der bilateralen Zusammenarbeit aus.',
    ],
    [
      'es',
      'Los ministros intercambiaron opiniones sobre cuestiones actuales de la cooperación bilateral.',
    ],
  ])('recognises %s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });
});

describe('detectLanguages', () => {
  const READOUT = readFileSync('fixtures/lavrov-muhriddin/moscow.txt', 'utf8');
  const KISHIDA = 'Prime Minister Kishida invited President Yoon to Tokyo.';

  it('reads a short English sentence as English beside an English readout, though alone it looks Portuguese', () => {
    expect(detectLanguage(KISHIDA)).toBe('pt');
    expect(detectLanguages([KISHIDA, READOUT])).toEqual(['en', 'en']);
    expect(detectLanguages([READOUT, KISHIDA])).toEqual(['en', 'en']);
  });

  it('gives two short documents the language that fits both', () => {
    expect(detectLanguages([KISHIDA, 'The talks ended on Monday.'])).toEqual(['en', 'en']);
  });

  it('keeps a short document whose words are of another language in that language', () => {
    const french = 'Les deux ministres ont échangé sur la coopération.';
    expect(detectLanguages([french, READOUT])).toEqual(['fr', 'en']);
    const russian = 'Министры встретились в Москве.';
    expect(detectLanguages([READOUT, russian])).toEqual(['en', 'ru']);
  });

  it('keeps long documents in their own languages', () => {
    const russian = readFileSync('fixtures/lavrov-muhriddin-ru/moscow.txt', 'utf8');
    expect(detectLanguages([READOUT, russian])).toEqual(['en', 'ru']);
  });
});

describe('compare across languages', () => {
  it('refuses two documents in different languages, naming both', () => {
    const run = () =>
      compare(
        { text: 'The ministers met in Moscow and discussed the situation.', label: 'en-doc' },
        { text: 'Министры встретились в Москве и обсудили ситуацию на границе.', label: 'ru-doc' },
      );
    expect(run).toThrow(InputError);
    expect(run).toThrow(/different languages \(en-doc: en, ru-doc: ru\)/);
  });

  it('compares in the language it is told, and reports it', () => {
    const report = compare('Министры встретились в Москве.', 'Министры встретились в Москве.', {
      lang: 'ru',
    });
    expect(report.a.language).toBe('ru');
    expect(report.options.language).toBe('ru');
    expect(report.summary.shared).toBe(1);
  });
});
