import { progressLine, type ProgressStream } from '../progress.js';

/** Below this many cases a run is over before a bar would help. */
export const PROGRESS_MIN_CASES = 20;
const BAR_WIDTH = 24;

export interface Progress {
  /** Call before each case, with its id. */
  tick(id: string): void;
  /** Clears the bar, so that nothing of it stays on the terminal. */
  done(): void;
}

/** A one-line bar redrawn in place on a terminal; nothing at all when the stream is piped or the run is small. */
export function createProgress(
  stream: ProgressStream,
  total: number,
  now: () => number = Date.now,
): Progress {
  if (total < PROGRESS_MIN_CASES) return { tick: () => {}, done: () => {} };
  const line = progressLine(stream, { now });
  let count = 0;
  return {
    tick(id) {
      count++;
      const filled = Math.round((BAR_WIDTH * (count - 1)) / total);
      line.show(
        `checking [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${count}/${total} ${id}`,
      );
    },
    done: () => line.clear(),
  };
}
