import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url));
export const FLAGSHIP = {
  a: fileURLToPath(new URL('../../fixtures/lavrov-muhriddin/moscow.txt', import.meta.url)),
  b: fileURLToPath(new URL('../../fixtures/lavrov-muhriddin/dushanbe.txt', import.meta.url)),
};

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would; colour variables are cleared unless the test sets them. */
export function run(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR']) if (env[key] === '') delete env[key];
  const spawnOptions: SpawnSyncOptions = {
    env,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
  };
  const result = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * Runs the CLI's main() in this process, with what it writes to stdout and stderr caught: for what
 * does not depend on the process (option parsing, messages, exit codes), at no start-up cost.
 */
export async function runInProcess(args: string[]): Promise<Run> {
  const { main } = await import('../../src/cli/main.js');
  const caught = { stdout: '', stderr: '' };
  const streams = (['stdout', 'stderr'] as const).map((name) =>
    vi.spyOn(process[name], 'write').mockImplementation((chunk) => {
      caught[name] += String(chunk);
      return true;
    }),
  );
  // The CLI writes its report to file descriptor 1 itself (src/cli/stdout.ts).
  const { writeSync } = fs;
  const descriptors = vi
    .spyOn(fs, 'writeSync')
    .mockImplementation((fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => {
      if (fd !== 1 && fd !== 2)
        return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
      const bytes =
        typeof data === 'string'
          ? Buffer.from(data)
          : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      const written = bytes.subarray(typeof rest[0] === 'number' ? rest[0] : 0);
      caught[fd === 1 ? 'stdout' : 'stderr'] += written.toString();
      return written.length;
    });
  syncBuiltinESMExports();
  try {
    return { status: await main(args), ...caught };
  } finally {
    for (const stream of streams) stream.mockRestore();
    descriptors.mockRestore();
    syncBuiltinESMExports();
  }
}

/** A usage or input error as the CLI must give it: exit 2, nothing on stdout, one line on stderr, no stack. */
export function expectOneLineError(result: Run, message: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^[^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}
