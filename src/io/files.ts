import {
  closeSync,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { decodeBytes, InputError } from '../load/index.js';
import { escapeUnsafe } from '../render/escape.js';

/** The size from which a document is refused unless told otherwise (--max-bytes). */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** A document as read from a path or stdin ('-'). */
export interface ReadDocument {
  text: string;
  source: string;
}

/** Reads and decodes one input; every failure is an InputError whose message starts with the input's name. */
export function readDocument(path: string, maxBytes: number): ReadDocument {
  try {
    const bytes = path === '-' ? readStdin(maxBytes) : readFile(path, maxBytes);
    const { text } = decodeBytes(bytes);
    refuseInvisible(text);
    return { text, source: path };
  } catch (error) {
    if (!isUserFacing(error)) throw error; // a bug: reported as an internal error
    throw new InputError(`${displayName(path)}: ${describeFsError(error, 'read')}`);
  }
}

/** An InputError or a system error (with an errno code), both problems the user can act on. */
function isUserFacing(error: unknown): boolean {
  return (
    error instanceof InputError ||
    typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string'
  );
}

/** White space, controls and zero-width characters only: there is no sentence to compare. */
const INVISIBLE_ONLY = /^[\s\p{Cc}\p{Cf}]*$/u;

function refuseInvisible(text: string): void {
  if (text.trim() === '') throw new InputError('contains only white space; nothing to compare');
  if (INVISIBLE_ONLY.test(text))
    throw new InputError('contains only invisible characters; nothing to compare');
}

/** The name of an input as shown in a message: one printable line, whatever the file is called. */
function displayName(path: string): string {
  if (path === '-') return '<stdin>';
  return path === '' ? "'' (an empty path)" : escapeUnsafe(path);
}

function readFile(path: string, maxBytes: number): Uint8Array {
  const stat = statSync(path);
  if (stat.isDirectory()) throw new InputError('is a directory, not a file');
  if (stat.size > maxBytes)
    throw new InputError(`is ${stat.size} bytes, over the --max-bytes limit of ${maxBytes}`);
  const fd = openSync(path, 'r');
  try {
    return readAll(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

function readStdin(maxBytes: number): Uint8Array {
  if (fstatSync(0).isDirectory()) throw new InputError('standard input is a directory');
  return readAll(0, maxBytes);
}

/** How long to wait before reading a non-blocking stdin again, rather than spinning. */
const RETRY_MS = 5;

/**
 * Reads to the end, stopping as soon as the input is over the limit: pipes and special files
 * (/dev/zero) have no size to check first, and a file may grow while it is read.
 */
function readAll(fd: number, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking stdin (some terminals and pipes) reports EAGAIN until data arrives.
      if (code === 'EAGAIN') {
        sleep(RETRY_MS);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes)
      throw new InputError(`is over the --max-bytes limit of ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Turns a file-system error into a few words; an InputError already is a description. */
function describeFsError(error: unknown, action: 'read' | 'write'): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? 'no such file' : 'cannot write: no such directory';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `cannot ${action}: permission denied`;
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ENOSPC':
    case 'EDQUOT':
      return `cannot ${action}: no space left on the device`;
    default:
      return `cannot ${action} (${escapeUnsafe(code ?? '')})`;
  }
}

/** Signals that stop a run from the terminal or a supervisor. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Writes the report to --output, a path the user chose: through a link (/dev/stdout), and in place
 * when it is not a regular file (/dev/null, a FIFO), since renaming over it would replace the
 * device with a file. A regular file is written atomically, with stop signals held back until it
 * is in place: unheld, Ctrl-C during the write would leave the temporary file behind. Only a run's
 * last write holds them, since a held signal takes effect when this process is next idle, which
 * for a write in the middle of a run (a snapshot) would be the end of the run.
 */
export function writeOutputFile(given: string, content: string | Iterable<string>): void {
  const path = linkTarget(given);
  if (isSpecialFile(path)) {
    try {
      writeAll(path, content);
    } catch (error) {
      if (!isUserFacing(error)) throw error;
      throw new InputError(`${escapeUnsafe(given)}: ${describeFsError(error, 'write')}`);
    }
    return;
  }
  holdStopSignals();
  writeFileAtomic(path, content);
}

/**
 * Until this process is idle again, a stop signal only marks itself (Node runs a listener when the
 * code running now returns); then it stops the process as it would have.
 */
function holdStopSignals(): void {
  const release = () => {
    for (const signal of STOP_SIGNALS) process.off(signal, stop);
  };
  const stop = (signal: NodeJS.Signals) => {
    release();
    process.kill(process.pid, signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  // A signal that came meanwhile is delivered in the event loop's poll phase, which comes after
  // timers and before setImmediate callbacks.
  setTimeout(() => setImmediate(release), 0);
}

/**
 * Writes a file atomically: a new temporary file beside it, flushed, then renamed over it, so the
 * file is either the old one or the whole new report, and a failure leaves nothing behind. The
 * temporary name is random and created exclusively, so nothing already there is followed or overwritten.
 * A link or a special file in its place is replaced, never written through: a snapshot in an
 * untrusted corpus may be a link to anywhere.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  // node:crypto is loaded here, not at start: a report to stdout does not need it.
  const { randomBytes } = createRequire(import.meta.url)(
    'node:crypto',
  ) as typeof import('node:crypto');
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const fd = openSync(temporary, 'wx');
    created = true;
    try {
      writeAll(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    if (created) rmSync(temporary, { force: true });
    if (!isUserFacing(error)) throw error;
    throw new InputError(`${escapeUnsafe(path)}: ${describeFsError(error, 'write')}`);
  }
}

/** Writes text to a file or descriptor, piece by piece when given pieces (a long report as it is rendered). */
function writeAll(file: string | number, content: string | Iterable<string>): void {
  if (typeof content === 'string') {
    writeFileSync(file, content);
    return;
  }
  const fd = typeof file === 'number' ? file : openSync(file, 'w');
  try {
    for (const piece of content) writeFileSync(fd, piece);
  } finally {
    if (fd !== file) closeSync(fd);
  }
}

/** The file a path names after resolving its links, or the path itself when that is no file (yet). */
function linkTarget(path: string): string {
  try {
    const real = realpathSync(path);
    statSync(real); // /dev/stdout on a pipe resolves to a name such as "/proc/1/fd/pipe:[9]"
    return real;
  } catch {
    return path;
  }
}

/** Whether `path` exists and is something other than a regular file or a folder. */
function isSpecialFile(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}
