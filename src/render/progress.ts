import { escapeUnsafe } from './escape.js';

/** Where a status line goes: standard error, which may or may not be a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

/** One line of status redrawn in place, for how long work is going; never part of a command's result. */
export interface ProgressLine {
  show(text: string): void;
  /** Erases the line, so that nothing of it stays on the terminal. */
  clear(): void;
}

/** Redraws at most this often: a terminal write per step would slow the work down. */
const REDRAW_MS = 80;

/**
 * A status line on a terminal; nothing at all when the stream is piped, redirected or null. With
 * `delayMs`, nothing is drawn until the work has gone on that long, so short runs never flicker.
 */
export function progressLine(
  stream: ProgressStream | null,
  { delayMs = 0, now = Date.now }: { delayMs?: number; now?: () => number } = {},
): ProgressLine {
  if (stream?.isTTY !== true) return { show: () => {}, clear: () => {} };
  const startedAt = now();
  let drawnAt = -Infinity;
  return {
    show(text) {
      const time = now();
      if (time - startedAt < delayMs || time - drawnAt < REDRAW_MS) return;
      drawnAt = time;
      stream.write(`\r\u001b[2K${escapeUnsafe(text).slice(0, (stream.columns || 80) - 1)}`);
    },
    clear() {
      if (drawnAt !== -Infinity) stream.write('\r\u001b[2K');
      drawnAt = -Infinity;
    },
  };
}
