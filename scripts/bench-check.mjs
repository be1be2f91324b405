#!/usr/bin/env node
// Times `communique check` on a large corpus: 500 cases (by default) in a temporary folder, each a
// copy of a fixture with a numbered sentence added to its first statement so that no two are alike.
// Records their snapshots with --update, then times the plain check run, as CI would run it.
// Usage: npm run build && node scripts/bench-check.mjs [CASES]
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/communique.js');
const count = Number(process.argv[2] ?? 500);
const fixtures = readdirSync(join(root, 'fixtures'), { withFileTypes: true })
  .map((entry) => join(root, 'fixtures', entry.name))
  .filter((dir) => existsSync(join(dir, 'case.json')));

const corpus = mkdtempSync(join(tmpdir(), 'communique-bench-check-'));
try {
  for (let k = 0; k < count; k++) {
    const source = fixtures[k % fixtures.length];
    const dir = join(corpus, `case-${String(k).padStart(4, '0')}`);
    cpSync(source, dir, { recursive: true, filter: (path) => !path.endsWith('expected.json') });
    const manifest = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
    appendFileSync(
      join(dir, manifest.a.file),
      `\n\nThe parties noted item ${k} of the agenda for the next round.\n`,
    );
  }

  const time = (args) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'check', corpus, ...args], {
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      seconds,
      status: result.status,
      summary: result.stdout.trim().split('\n').pop() ?? result.stderr.trim(),
    };
  };
  const update = time(['--update']);
  console.log(
    `check --update: ${update.seconds.toFixed(2)} s, exit ${update.status}: ${update.summary}`,
  );
  const check = time([]);
  console.log(
    `check:          ${check.seconds.toFixed(2)} s, exit ${check.status}: ${check.summary}`,
  );
  console.log(
    `${count} cases in ${check.seconds.toFixed(2)} s (${((check.seconds / count) * 1000).toFixed(1)} ms a case, including start-up)`,
  );
  if (check.status !== 0) process.exitCode = 1;
} finally {
  rmSync(corpus, { recursive: true, force: true });
}
