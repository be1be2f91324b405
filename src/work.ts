// A count of the elementary steps of the stages that must stay linear in their input: characters
// scanned, markup events handled, index postings read, sentence pairs compared. Tests check that
// four times the input takes about four times the work by counting it, which no clock can show
// reliably on a busy machine. A scan adds its length once, not a step per character, so counting
// costs one addition per scan; a new loop over the input counts its steps the same way.

let steps = 0;

/** Adds the steps of one scan, event or comparison. */
export function countSteps(n: number): void {
  steps += n;
}

/** The steps counted so far in this thread. */
export function stepsTaken(): number {
  return steps;
}
