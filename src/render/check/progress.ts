import { escapeUnsafe } from '../escape.js';

/** Below this many cases a run is over before a bar would help. */
export const PROGRESS_MIN_CASES = 20;
/** Redraws at most this often; a terminal write per case would slow a large run. */
const REDRAW_MS = 80;
const BAR_WIDTH = 24;

export interface Progress {
  /** Call before each case, with its id. */
  tick(id: string): void;
  /** Clears the bar, so that nothing of it stays on the terminal. */
  done(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

/** A one-line bar redrawn in place on a terminal; nothing at all when the stream is piped or the run is small. */
export function createProgress(stream: ProgressStream, total: number, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true || total < PROGRESS_MIN_CASES) return { tick: () => {}, done: () => {} };
  let count = 0;
  let drawnAt = -Infinity;
  return {
    tick(id) {
      count++;
      if (now() - drawnAt < REDRAW_MS) return;
      drawnAt = now();
      const filled = Math.round((BAR_WIDTH * (count - 1)) / total);
      const line = `checking [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${count}/${total} ${escapeUnsafe(id)}`;
      stream.write(`\r\u001b[2K${line.slice(0, (stream.columns || 80) - 1)}`);
    },
    done() {
      if (drawnAt !== -Infinity) stream.write('\r\u001b[2K');
    },
  };
}
