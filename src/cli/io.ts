import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeBytes, InputError } from '../load/index.js';

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** A document as read from a path or stdin ('-'). */
export interface ReadDocument {
  text: string;
  source: string;
}

/** A problem with the command line itself; exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reads and decodes one input; every failure is an InputError whose message starts with the input's name. */
export function readDocument(path: string, maxBytes: number): ReadDocument {
  const name = path === '-' ? '<stdin>' : path;
  try {
    const bytes = path === '-' ? readStdin(maxBytes) : readFile(path, maxBytes);
    const { text } = decodeBytes(bytes);
    if (text.trim() === '') throw new InputError('contains only white space; nothing to compare');
    return { text, source: path };
  } catch (error) {
    throw new InputError(`${name}: ${describeReadError(error)}`);
  }
}

function readFile(path: string, maxBytes: number): Uint8Array {
  const stat = statSync(path);
  if (stat.isDirectory()) throw new InputError('is a directory, not a file');
  if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
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

/** Reads to the end (pipes and special files have no reliable size), stopping past the limit. */
function readAll(fd: number, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking stdin (some terminals and pipes) reports EAGAIN until data arrives.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw tooLarge(total, maxBytes, true);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, maxBytes: number, atLeast = false): InputError {
  return new InputError(`is ${atLeast ? 'more than ' : ''}${size} bytes, over the --max-bytes limit of ${maxBytes}`);
}

function describeReadError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read (${code ?? (error as Error).message})`;
  }
}

/** Writes a file atomically: a temporary file beside it, then a rename, so no half-written report remains. */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
