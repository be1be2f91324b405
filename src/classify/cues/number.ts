import type { Reason } from '../../report/types.js';
import { quantities, type Quantity } from '../quantities.js';
import { groupBy } from '../lexicon.js';
import type { Side } from '../side.js';

/** Fires when both sides give a number (or date) for the same thing and no value agrees. */
export function numberCue(a: Side, b: Side): Reason | null {
  const byKeyB = groupBy(quantities(b), byKey);
  for (const [key, inA] of groupBy(quantities(a), byKey)) {
    const inB = byKeyB.get(key);
    if (!inB || inA.some((qa) => inB.some((qb) => qa.value === qb.value)) || inDifferentZones(inA, inB)) continue;
    const what = key === 'date' ? 'dates' : key === 'month' ? 'months' : key.startsWith('calendar year') ? 'years' : key === 'duration' ? 'durations' : key === 'number' ? 'numbers' : 'figures';
    return { cue: 'number', a: inA[0]!.words, b: inB[0]!.words, explanation: `the ${what} differ` };
  }
  return null;
}

const byKey = (q: Quantity): string => q.key;

/** "1700 hours IST" and "1630 hours PKT" may be one moment: clock times each in its own zone do not compare. */
function inDifferentZones(inA: readonly Quantity[], inB: readonly Quantity[]): boolean {
  const zoned = (qs: readonly Quantity[]) => qs.every((q) => q.zone !== undefined);
  return zoned(inA) && zoned(inB) && !inA.some((qa) => inB.some((qb) => qa.zone === qb.zone));
}
