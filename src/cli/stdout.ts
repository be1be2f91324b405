import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '../load/errors.js';

// The CLI writes to standard output through its file descriptor and asks whether a stream is a
// terminal without node:tty: making process.stdout loads node:stream and node:net (node:tty for a
// terminal), some 5 ms of every start, for a report that is written once, synchronously.

const require = createRequire(import.meta.url);

/**
 * Whether standard output (1) or error (2) is a terminal. Only a character device can be one, and
 * on Linux not one of the memory devices (/dev/null, /dev/zero, /dev/full: major number 1), where
 * output is often thrown away; those and piped or redirected streams are told so without loading
 * node:tty, which loads node:net and node:stream with it (some 8 ms of CPU).
 */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    if (process.platform !== 'win32') {
      const stat = fstatSync(fd);
      if (!stat.isCharacterDevice()) return false;
      if (process.platform === 'linux' && deviceMajor(stat.rdev) === LINUX_MEMORY_DEVICES)
        return false;
    }
  } catch {
    return false; // closed
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** The major device number of Linux's memory devices (devices.txt of the Linux kernel). */
const LINUX_MEMORY_DEVICES = 1;

/** The major number of a device number, as glibc's major(3) reads it. */
function deviceMajor(rdev: number): number {
  return ((rdev >>> 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & ~0xfff);
}

/**
 * Writes to standard output, a piece at a time when given pieces (a long report is written as it is
 * rendered). A reader that stops early (`| head`) is not an error: the rest is dropped. Any other
 * failure (a full disk, stdout on /dev/full) is one line and exit 2, like a failed --output.
 */
export function writeStdout(text: string | Iterable<string>): void {
  // Once the descriptor has refused a write for now, the stream takes the rest, in order.
  let stream: NodeJS.WriteStream | undefined;
  for (const piece of typeof text === 'string' ? [text] : text) {
    const bytes = Buffer.from(piece);
    if (stream !== undefined) {
      stream.write(bytes);
      continue;
    }
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      // A pipe that another process made non-blocking is full: the stream waits for the reader.
      if (code !== 'EAGAIN') throw cannotWrite(code);
      stream = stdoutStream();
      stream.write(bytes.subarray(written));
    }
  }
}

/** process.stdout, whose errors end the process as writeStdout's do. */
function stdoutStream(): NodeJS.WriteStream {
  const stream = process.stdout;
  if (stream.listenerCount('error') === 0)
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      process.stderr.write(`communique: ${cannotWrite(error.code).message}\n`);
      process.exit(2);
    });
  return stream;
}

function cannotWrite(code: string | undefined): InputError {
  const reason = code === 'ENOSPC' ? 'no space left on the device' : code;
  return new InputError(`<stdout>: cannot write the report (${reason})`);
}
