import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeStdout } from '../src/cli/stdout.js';
import { BIN, FLAGSHIP } from './helpers/cli.js';

// writeStdout writes to file descriptor 1 itself; these replace that write to see what it does
// when the descriptor fails part way.
afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

/** Descriptor 1 takes `room` bytes, then fails with `code`; returns what it took. */
function stdoutFailingAfter(room: number, code: string): Buffer[] {
  const taken: Buffer[] = [];
  let left = room;
  vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: Buffer, offset: number) => {
    expect(fd).toBe(1);
    const bytes = data.subarray(offset, offset + Math.min(left, 1000));
    if (bytes.length === 0) throw Object.assign(new Error(code), { code });
    left -= bytes.length;
    taken.push(Buffer.from(bytes));
    return bytes.length;
  }) as unknown as typeof fs.writeSync);
  syncBuiltinESMExports();
  return taken;
}

/** What process.stdout is given to write, kept instead of written. */
function streamedWrites(): Buffer[] {
  const streamed: Buffer[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    streamed.push(Buffer.from(chunk as Uint8Array));
    return true;
  });
  return streamed;
}

describe('writeStdout', () => {
  const report = 'Die Seiten – ’the sides’ – agreed.\n'.repeat(200);

  it('a pipe made non-blocking and full: the rest goes to the stream, which waits for the reader', () => {
    const taken = stdoutFailingAfter(2500, 'EAGAIN');
    const streamed = streamedWrites();
    writeStdout(report);
    expect(Buffer.concat(taken).length).toBe(2500);
    expect(Buffer.concat([...taken, ...streamed]).toString()).toBe(report);
  });

  it('pieces: once the descriptor is full, the rest of that piece and every later one go to the stream, in order', () => {
    const taken = stdoutFailingAfter(2500, 'EAGAIN');
    const streamed = streamedWrites();
    const pieces = report.match(/[^]{1,700}/g)!;
    writeStdout(pieces);
    expect(Buffer.concat(taken).length).toBe(2500);
    expect(Buffer.concat([...taken, ...streamed]).toString()).toBe(report);
  });

  it('a reader that stopped: the rest is dropped, no error', () => {
    const taken = stdoutFailingAfter(1500, 'EPIPE');
    expect(() => writeStdout(report)).not.toThrow();
    expect(Buffer.concat(taken).length).toBe(1500);
  });

  it('any other failure is an input error naming <stdout> and the reason', () => {
    stdoutFailingAfter(0, 'ENOSPC');
    expect(() => writeStdout(report)).toThrow(
      '<stdout>: cannot write the report (no space left on the device)',
    );
  });
});

describe('isTerminal', () => {
  it.runIf(process.platform === 'linux')(
    'stdout on /dev/null is no terminal, and node:tty is not loaded to say so',
    () => {
      // Printed at exit by the child: which of Node's own modules it loaded.
      const report = `data:text/javascript,import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, '\\nloaded ' + process.moduleLoadList.join(',')));`;
      const devNull = fs.openSync('/dev/null', 'w');
      try {
        const child = spawnSync(
          process.execPath,
          ['--import', report, BIN, FLAGSHIP.a, FLAGSHIP.b],
          {
            stdio: ['ignore', devNull, 'pipe'],
            encoding: 'utf8',
          },
        );
        expect(child.status).toBe(0);
        const loaded = /\nloaded (.*)$/.exec(child.stderr)![1]!.split(',');
        expect(loaded).toContain('NativeModule fs');
        expect(loaded).not.toContain('NativeModule tty');
      } finally {
        fs.closeSync(devNull);
      }
    },
  );
});
