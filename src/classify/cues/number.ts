import type { Reason } from '../../report/types.js';
import { quantities, type Quantity } from '../quantities.js';
import type { Side } from '../side.js';

/** Fires when both sides give a number (or date) for the same thing and no value agrees. */
export function numberCue(a: Side, b: Side): Reason | null {
  const byKeyB = groupByKey(quantities(b));
  for (const [key, inA] of groupByKey(quantities(a))) {
    const inB = byKeyB.get(key);
    if (!inB || inA.some((qa) => inB.some((qb) => qa.value === qb.value))) continue;
    const what = key === 'date' ? 'dates' : key === 'year' ? 'years' : key === 'number' ? 'numbers' : 'figures';
    return { cue: 'number', a: inA[0]!.words, b: inB[0]!.words, explanation: `the ${what} differ` };
  }
  return null;
}

function groupByKey(found: Quantity[]): Map<string, Quantity[]> {
  const groups = new Map<string, Quantity[]>();
  for (const q of found) {
    const group = groups.get(q.key);
    if (group) group.push(q);
    else groups.set(q.key, [q]);
  }
  return groups;
}
