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

  it('stay different people from a person whose country is not known', () => {
    expect(
      judge(
        'President Putin called President Hassan about the grain corridor.',
        'President Hassan called President Putin about the grain corridor.',
      ),
    ).toEqual({
      verdict: 'contradiction',
      reason:
        "agent: President Hassan ('President Hassan called') against russia ('President Putin called')",
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
