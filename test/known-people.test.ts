import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare.js';
import { verdictOf } from '../src/corpus/index.js';

/** The verdict on two one-sentence statements, and the reason of the contradiction if any. */
function judge(a: string, b: string) {
  const report = compare(a, b, { lang: 'en' });
  const conflict = report.matches.find((m) => m.kind === 'contradiction');
  return {
    verdict: verdictOf(report),
    reason: conflict?.reasons.map((r) => r.explanation).join('; ') ?? null,
  };
}

describe('leaders named without their country', () => {
  it('say who placed a call, of any continent', () => {
    expect(
      judge(
        'The call took place at the request of the Fijian side.',
        'President Lourenço telephoned Prime Minister Rabuka.',
      ),
    ).toEqual({
      verdict: 'contradiction',
      reason:
        "initiator: angola ('Lourenço telephoned') against fiji ('at the request of the Fijian side')",
    });
  });

  it('say who placed a call: the same party as a request of their side', () => {
    expect(
      judge(
        'The call was made at the request of the Chilean side.',
        'President Boric telephoned President Milei.',
      ).verdict,
    ).toBe('shared');
  });

  it('say who placed a call: another party than a request of the other side', () => {
    expect(
      judge(
        'The call took place at the request of the Argentine side.',
        'President Boric telephoned President Milei.',
      ),
    ).toEqual({
      verdict: 'contradiction',
      reason:
        "initiator: argentina ('at the request of the Argentine side') against chile ('Boric telephoned')",
    });
  });

  it('say who placed a call when a first name stands before the name, with no title', () => {
    expect(
      judge(
        'Prime Minister Sunak received a phone call from Volodymyr Zelenskyy.',
        'The call was made at the request of the British side.',
      ),
    ).toEqual({
      verdict: 'contradiction',
      reason:
        "initiator: ukraine ('from Volodymyr Zelenskyy') against united kingdom ('at the request of the British side')",
    });
  });

  it('stay different people from a person whose country is not known', () => {
    expect(
      judge(
        'President Putin called President Hassan about the grain corridor.',
        'President Hassan called President Putin about the grain corridor.',
      ),
    ).toEqual({
      verdict: 'contradiction',
      // Who placed the call (initiator), and who did the act (agent): Hassan, not Putin, both times.
      reason:
        "initiator: hassan ('President Hassan called') against putin ('Putin called'); agent: President Hassan ('President Hassan called') against russia ('President Putin called')",
    });
  });
});

describe('journeys with their parties swapped', () => {
  it('are two journeys, not one told two ways', () => {
    expect(
      judge(
        'President Ramaphosa will visit Mexico in the autumn.',
        'President Sheinbaum will visit South Africa in the autumn.',
      ).verdict,
    ).toBe('none');
  });
});

/** The verdicts on a pair in both orders. */
function bothOrders(a: string, b: string) {
  return [judge(a, b).verdict, judge(b, a).verdict];
}

describe('a known name word in another person’s name', () => {
  it('names no one when another name word follows it', () => {
    const signed = 'Ukraine signed the memorandum on grain exports.';
    const byPoroshenko =
      'The memorandum on grain exports was signed by President Petro Poroshenko.';
    expect(bothOrders(byPoroshenko, signed)).not.toContain('contradiction');
    const sent = 'Bahrain sent the invitation to the regional forum.';
    const bySalman =
      'The invitation to the regional forum was sent by Crown Prince Salman bin Hamad.';
    expect(bothOrders(bySalman, sent)).not.toContain('contradiction');
  });

  it('names no one when the word is a surname several countries’ officials carry', () => {
    expect(
      bothOrders(
        'The plan for the border crossings came from Foreign Minister Osmani.',
        'North Macedonia put forward the plan for the border crossings.',
      ),
    ).not.toContain('contradiction');
  });

  it('still names its leader last in the name or before another of the country’s words', () => {
    const signed = 'Ecuador signed the memorandum on grain exports.';
    expect(
      bothOrders('The memorandum on grain exports was signed by President Gustavo Petro.', signed),
    ).toEqual(['contradiction', 'contradiction']);
    expect(
      bothOrders('The memorandum on grain exports was signed by President Xi Jinping.', signed),
    ).toEqual(['contradiction', 'contradiction']);
  });

  it('names no one when the documents write another word with its key', () => {
    const bySecretary =
      'The accord on rare earths was signed by Secretary Marco Rubio. President Marcos attended the ceremony.';
    const signed = 'The Philippines signed the accord on rare earths.';
    expect(bothOrders(bySecretary, signed)).toEqual(['contradiction', 'contradiction']);
  });
});

describe('journeys with an adverb before the verb', () => {
  it('are two journeys', () => {
    expect(
      bothOrders(
        'President Ruto will soon visit Egypt for talks on trade.',
        'President Sisi will soon visit Kenya for talks on trade.',
      ),
    ).toEqual(['none', 'none']);
    expect(
      bothOrders(
        'President Ruto will shortly visit Egypt for talks on trade.',
        'President Sisi will shortly visit Kenya for talks on trade.',
      ),
    ).toEqual(['none', 'none']);
  });
});
