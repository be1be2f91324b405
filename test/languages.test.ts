import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classify/index.js';
import { sentenceModel } from '../src/sentence/model.js';
import { compare, InputError } from '../src/index.js';
import { detectLanguage, detectLanguages } from '../src/load/language.js';
import { termOf, tokenize } from '../src/vectorize/tokenize.js';

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

describe('words in other languages', () => {
  it('stems Russian words so that inflections meet, and keeps negations', () => {
    expect(termOf('российской', 'ru')).toBe(termOf('россия', 'ru'));
    expect(termOf('меры', 'ru')).toBe(termOf('мерах', 'ru'));
    expect(termOf('не', 'ru')).toBe('не');
    expect(termOf('и', 'ru')).toBeNull();
  });

  it('splits French elisions and keeps offsets', () => {
    const text = "L'entretien n'a pas eu lieu.";
    const tokens = tokenize(text, 'fr');
    expect(tokens.map((t) => t.word)).toEqual(['l', 'entretien', 'n', 'a', 'pas', 'eu', 'lieu']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'L',
      'entretien',
      'n',
      'a',
      'pas',
      'eu',
      'lieu',
    ]);
  });
});

describe('contradiction cues in Russian and French', () => {
  const cue = (a: string, b: string, lang: 'ru' | 'fr') =>
    classify(sentenceModel(a, lang), sentenceModel(b, lang)).reasons.map((r) => [r.cue, r.a, r.b]);

  it.each([
    [
      'negation',
      'Стороны договорились о проведении встречи.',
      'Стороны не договорились о проведении встречи.',
      ['negation', 'договорились', 'не договорились'],
    ],
    [
      'antonym',
      'Меры носят временный характер.',
      'Меры носят постоянный характер.',
      ['antonym', 'временный', 'постоянный'],
    ],
    [
      'initiator',
      'Разговор состоялся по просьбе российской стороны.',
      'Беседа прошла по инициативе таджикской стороны.',
      ['initiator', 'по просьбе российской стороны', 'по инициативе таджикской стороны'],
    ],
  ])('Russian %s', (_name, a, b, expected) => {
    expect(cue(a, b, 'ru')).toContainEqual(expected);
  });

  it('Russian rejection of a claim', () => {
    const reasons = cue(
      'Меры не направлены против какой-либо нации или религии.',
      'Министр заявил, что тезис о мерах против нации или религии несовместим с реальностью.',
      'ru',
    );
    expect(reasons.map((r) => r[0])).toContain('rejection');
  });

  it.each([
    [
      'negation',
      "Les présidents n'ont pas évoqué la question mémorielle.",
      'Les présidents ont évoqué la question mémorielle.',
      ['negation', 'pas évoqué', 'évoqué'],
    ],
    [
      'initiator',
      'Entretien tenu à la demande de la partie algérienne.',
      "Entretien tenu à l'initiative du président français.",
      ['initiator', 'à la demande de la partie algérienne', "à l'initiative du président français"],
    ],
  ])('French %s', (_name, a, b, expected) => {
    expect(cue(a, b, 'fr')).toContainEqual(expected);
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

describe('the Russian flagship pair (fixtures/lavrov-muhriddin-ru)', () => {
  const read = (file: string) => readFileSync(`fixtures/lavrov-muhriddin-ru/${file}`, 'utf8');
  const report = compare(
    { text: read('moscow.txt'), label: 'Москва' },
    { text: read('dushanbe.txt'), label: 'Душанбе' },
  );
  const texts = (side: 'a' | 'b', indices: number[]) =>
    indices.map((i) => report[side].sentences[i]!.text).join(' ');

  it('is detected as Russian', () => {
    expect([report.a.language, report.b.language]).toEqual(['ru', 'ru']);
  });

  it('shares the call and the alliance, and finds the rejected "not directed against any nation" claim', () => {
    const shared = report.matches.filter((m) => m.kind === 'shared').map((m) => texts('a', m.a));
    expect(shared.some((s) => s.includes('телефонный разговор'))).toBe(true);
    expect(shared.some((s) => s.includes('союзничества'))).toBe(true);
    const contradiction = report.matches.find(
      (m) => m.kind === 'contradiction' && texts('a', m.a).includes('не направлены против'),
    );
    expect(contradiction && texts('b', contradiction.b)).toContain(
      'несовместим с реальной ситуацией',
    );
    expect(contradiction!.reasons.map((r) => r.cue)).toContain('rejection');
  });
});
