// Linear-time checks by counting work, not by a clock: the steps that src/work.ts counts for an
// input four times larger, against the steps for the input itself. Linear work gives at most 4
// (less where a fixed part, such as the other document, does not grow), quadratic work 16.
import { expect } from 'vitest';
import { stepsTaken } from '../../src/work.js';

export const SCALE = 4;
/** A little above linear growth (4) for a 4× input, far below quadratic (16). */
export const LINEAR_BOUND = 5;

/** The steps `run` takes on `value`. */
export function stepsOf<T>(run: (value: T) => unknown, value: T): number {
  const before = stepsTaken();
  run(value);
  return stepsTaken() - before;
}

/**
 * Asserts that `run` does counted work on `input(1)`, more on `input(SCALE)`, and at most
 * LINEAR_BOUND times as much.
 */
export function expectLinearWork<T>(input: (scale: number) => T, run: (value: T) => unknown): void {
  const small = stepsOf(run, input(1));
  const large = stepsOf(run, input(SCALE));
  expect(small).toBeGreaterThan(0);
  expect(large).toBeGreaterThan(small);
  expect(large / small).toBeLessThanOrEqual(LINEAR_BOUND);
}
