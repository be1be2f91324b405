import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reasonWords } from '../helpers/classify.js';
import { compare } from '../../src/index.js';
import { termOf } from '../../src/vectorize/tokenize.js';

describe('Russian words', () => {
  it('stems Russian words so that inflections meet, and keeps negations', () => {
    expect(termOf('российской', 'ru')).toBe(termOf('россия', 'ru'));
    expect(termOf('меры', 'ru')).toBe(termOf('мерах', 'ru'));
    expect(termOf('не', 'ru')).toBe('не');
    expect(termOf('и', 'ru')).toBeNull();
  });
});

describe('contradiction cues in Russian', () => {
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
    expect(reasonWords(a, b, 'ru')).toContainEqual(expected);
  });

  it('Russian rejection of a claim', () => {
    const reasons = reasonWords(
      'Меры не направлены против какой-либо нации или религии.',
      'Министр заявил, что тезис о мерах против нации или религии несовместим с реальностью.',
      'ru',
    );
    expect(reasons.map((r) => r[0])).toContain('rejection');
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
