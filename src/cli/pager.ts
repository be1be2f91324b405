import { createRequire } from 'node:module';
import { writeStdout } from './stdout.js';

/**
 * Writes a report to the terminal through a pager when it is taller than the terminal, as git
 * does: $PAGER (run by the shell), else `less -R`; LESS defaults to FRX, so less quits at once on
 * a report that fits after all and leaves it on screen. An empty PAGER or `cat` pages nothing; a
 * pager that cannot start leaves the report written as is.
 */
export function writePaged(text: string, rows: number | undefined): void {
  const pager = process.env.PAGER ?? 'less -R';
  const height = text.split('\n').length - 1;
  if (rows === undefined || height <= rows || pager.trim() === '' || pager.trim() === 'cat') {
    writeStdout(text);
    return;
  }
  // node:child_process (and net and dgram with it) is loaded here, not at start: most reports are
  // not paged.
  const { spawnSync } = createRequire(import.meta.url)(
    'node:child_process',
  ) as typeof import('node:child_process');
  const result = spawnSync(pager, {
    shell: true,
    input: text,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: { ...process.env, LESS: process.env.LESS ?? 'FRX' },
  });
  // 127: the shell found no such command. A pager that ran and was quit early is not a failure.
  if (result.error !== undefined || result.status === 127) writeStdout(text);
}
