#!/usr/bin/env node
// Times `communique check` on a large corpus: 500 cases (by default) in a temporary folder, each a
// copy of a fixture with a numbered sentence added to its first statement so that no two are alike.
// Records their snapshots with --update, then times the plain check run, as CI would run it, on one
// worker (--jobs 1) and on every core (--jobs N), and checks that both print the same JSON.
// Wall and CPU time (children's user + system) are both shown: on a busy machine the wall ratio
// says little. Usage: npm run build && node scripts/bench-check.mjs [CASES]
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
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Makes the child print its CPU time (all threads, user + system) last on stderr. */
const REPORT_CPU = `data:text/javascript,process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('cpu-seconds ' + (u.user + u.system) / 1e6 + '\\n'); });`;
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
    // A case of two documents names them a and b; one of three or more lists them.
    const first = manifest.a ?? manifest.documents[0];
    appendFileSync(
      join(dir, first.file),
      `\n\nThe parties noted item ${k} of the agenda for the next round.\n`,
    );
  }

  const time = (args) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      ['--import', REPORT_CPU, bin, 'check', corpus, ...args],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = Number(/cpu-seconds (\S+)\n$/.exec(result.stderr)?.[1]);
    const stderr = result.stderr.replace(/cpu-seconds \S+\n$/, '');
    return { seconds, cpu, status: result.status, stdout: result.stdout, stderr };
  };
  const summary = (run) => run.stdout.trim().split('\n').pop() || run.stderr.trim();
  const line = (label, run) =>
    console.log(
      `${label.padEnd(16)} ${run.seconds.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, exit ${run.status}: ${summary(run)}`,
    );
  const update = time(['--update', '--jobs', '1']);
  // A build that cannot run (dist/ older than data/, say) fails every case alike: no ratio then.
  if (update.status !== 0)
    throw new Error(`check --update exited ${update.status}:\n${update.stderr.slice(-2000)}`);
  line('check --update:', update);
  const cores = availableParallelism();
  const one = time(['--jobs', '1', '--format', 'json']);
  const all = time(['--jobs', String(cores), '--format', 'json']);
  const text = time(['--jobs', String(cores)]);
  line('check --jobs 1:', { ...one, stdout: text.stdout });
  line(`check --jobs ${cores}:`, { ...all, stdout: text.stdout });
  // Everything but the timings must be the same.
  const untimed = (json) => json.replace(/"seconds": [0-9.e-]+/g, '"seconds": 0');
  const same = untimed(one.stdout) === untimed(all.stdout);
  console.log(
    `${count} cases: --jobs ${cores} takes ${(all.seconds / one.seconds).toFixed(2)} x the wall time of --jobs 1 (${((one.seconds / count) * 1000).toFixed(1)} ms a case on one), output ${same ? 'identical' : 'DIFFERENT'}; load average ${loadavg()[0].toFixed(1)} on ${cores} cores`,
  );
  if (one.status !== 0 || all.status !== 0 || !same) process.exitCode = 1;
} finally {
  rmSync(corpus, { recursive: true, force: true });
}
