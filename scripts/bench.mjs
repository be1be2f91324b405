#!/usr/bin/env node
// Benchmark: compare() on generated readout-like pairs of growing size (wall time, peak RSS, link
// F1 against the generator's truth), the alignment stage against a naive dense all-pairs baseline,
// and the CLI end to end on the flagship fixture. Uses the build in dist/ (npm run build first).
//
//   npm run bench [-- --sizes 100,1000,10000,50000] [--runs 15] [--seed 1]
//
// Tables go to stdout, progress to stderr. See BENCHMARKS.md.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePair } from './bench/generate.mjs';
import { runJson, timeProcess } from './bench/processes.mjs';
import { count, fixed, formatTable, megabytes, milliseconds } from './bench/report.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUN_ONE = join('scripts', 'bench', 'run-one.mjs');
const FLAGSHIP = join('fixtures', 'lavrov-muhriddin');
/** The naive baseline is skipped where it would take longer than this or need more memory. */
const NAIVE_LIMIT = { ms: 60_000, mb: 4096 };
/** Until a naive run of at least a million pairs has been timed, its cost per pair is taken to be this. */
const NAIVE_GUESS_NS_PER_PAIR = 250;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000,50000' },
    runs: { type: 'string', default: '15' },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench [-- --sizes 100,1000,10000,50000] [--runs 15] [--seed 1]');
  process.exit(2);
}
if (!existsSync(join(repoRoot, 'dist', 'compare.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const progress = (message) => process.stderr.write(`bench: ${message}\n`);
const started = performance.now();
// Other processes on the machine slow every number down; the load average says how busy it was.
const loadAtStart = loadavg()[0];

const sizeRows = [];
let naiveNsPerPair = NAIVE_GUESS_NS_PER_PAIR;
for (const size of sizes) {
  progress(`${count(size)} sentences a side: compare()`);
  const ours = runJson(['--expose-gc', RUN_ONE, String(size), '--seed', values.seed], repoRoot);
  const pairs = size * size;
  const estimate = {
    ms: (pairs * naiveNsPerPair) / 1e6,
    mb: (pairs * 8) / 2 ** 20 + ours.maxRssMB,
  };
  let naive = null;
  if (estimate.ms <= NAIVE_LIMIT.ms && estimate.mb <= NAIVE_LIMIT.mb) {
    progress(
      `${count(size)} sentences a side: naive dense baseline (about ${milliseconds(estimate.ms)})`,
    );
    naive = runJson(
      ['--expose-gc', RUN_ONE, String(size), '--naive', '--seed', values.seed],
      repoRoot,
    );
    if (pairs >= 1e6) naiveNsPerPair = (naive.naiveMs * 1e6) / pairs;
  } else {
    progress(
      `${count(size)} sentences a side: naive baseline skipped, estimated ${milliseconds(estimate.ms)} and ${megabytes(estimate.mb)}`,
    );
  }
  sizeRows.push({ size, ours, naive, estimate });
}

progress(`CLI on ${FLAGSHIP}, ${runs} runs`);
const FLAGSHIP_ARGS = [
  join(FLAGSHIP, 'moscow.txt'),
  join(FLAGSHIP, 'dushanbe.txt'),
  '--label-a',
  'Moscow',
  '--label-b',
  'Dushanbe',
];
const flagship = timeProcess(['bin/communique.js', ...FLAGSHIP_ARGS], repoRoot, runs);
// The same run with the bundle compiled from its source, as without the code cache the build writes.
const uncachedScript = `require('./bin/load-bundle.js').loadBundle({ useCache: false }).exports.main(${JSON.stringify(FLAGSHIP_ARGS)}).then((code) => (process.exitCode = code))`;
const flagshipUncached = timeProcess(['-e', uncachedScript], repoRoot, runs);
progress(`CLI --version, ${runs} runs`);
const version = timeProcess(['bin/communique.js', '--version'], repoRoot, runs);
// Where start-up goes: Node alone, then Node loading the CLI's bundle (with its code cache) and nothing else.
progress(`start-up: node alone and loading the bundle, ${runs} runs each`);
const bareNode = timeProcess(['-e', '0'], repoRoot, runs);
const bundleLoad = timeProcess(
  ['-e', "require('./bin/load-bundle.js').loadBundle()"],
  repoRoot,
  runs,
);
// A long pair through the CLI as a user runs it: files read, JSON written (to a file), process start included.
const cliSize = 10_000;
const cliRuns = 3;
progress(`CLI on a generated pair of ${count(cliSize)} sentences a side, ${cliRuns} runs`);
const longPair = writeGeneratedPair(cliSize, Number(values.seed));
const longCli = timeProcess(
  ['bin/communique.js', longPair.a, longPair.b, '--format', 'json', '--output', longPair.output],
  repoRoot,
  cliRuns,
);
rmSync(longPair.dir, { recursive: true, force: true });
progress(`done in ${milliseconds(performance.now() - started)}`);

console.log(
  `communique benchmark: seed ${values.seed}, node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model.trim()}), ${megabytes(totalmem() / 2 ** 20)} RAM`,
);
console.log(
  `load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}\n`,
);
console.log(
  'Generated readout pairs: compare() in-process (one warm-up on a small pair first), peak RSS of a process per size.',
);
console.log(
  'Align stage = candidates + one-to-one matching over the same vectors; naive = every A×B cosine into a dense matrix.\n',
);
console.log(
  formatTable(
    [
      { title: 'sentences a side', right: true },
      { title: 'compare()', right: true },
      { title: 'peak RSS', right: true },
      { title: 'link P', right: true },
      { title: 'link R', right: true },
      { title: 'link F1', right: true },
      { title: 'candidates', right: true },
      { title: 'align stage', right: true },
      { title: 'naive stage', right: true },
      { title: 'naive/ours', right: true },
      { title: 'naive RSS', right: true },
    ],
    sizeRows.map(({ size, ours, naive, estimate }) => [
      count(size),
      milliseconds(ours.compareMs),
      megabytes(ours.maxRssMB),
      fixed(ours.precision),
      fixed(ours.recall),
      fixed(ours.f1),
      count(ours.candidates),
      milliseconds(ours.stageMs),
      naive ? milliseconds(naive.naiveMs) : `~${milliseconds(estimate.ms)} (skipped)`,
      naive
        ? `${(naive.naiveMs / ours.stageMs).toFixed(1)}x`
        : `~${(estimate.ms / ours.stageMs).toFixed(0)}x`,
      naive ? megabytes(naive.maxRssMB) : `~${megabytes(estimate.mb)}`,
    ]),
  ),
);
const growth = (from, to) => {
  const [p, q] = [from, to].map((n) => sizeRows.find((r) => r.size === n));
  return p && q
    ? `\ncompare() from ${count(from)} to ${count(to)} sentences a side: ${(q.ours.compareMs / p.ours.compareMs).toFixed(1)}x the time for ${to / from}x the sentences.`
    : '';
};
console.log(growth(10_000, 50_000));

console.log(`\nCLI end to end, process start included (${runs} runs after one warm-up):\n`);
console.log(
  formatTable(
    [
      { title: 'command' },
      { title: 'median', right: true },
      { title: 'min', right: true },
      { title: 'max', right: true },
    ],
    [
      ['communique moscow.txt dushanbe.txt (lavrov-muhriddin)', flagship],
      ['the same, bundle compiled without the code cache', flagshipUncached],
      ['communique --version', version],
      ['node -e 0 (Node start-up alone)', bareNode],
      ['node, loading the CLI bundle only (code cache on)', bundleLoad],
      [
        `communique A B --format json, ${count(cliSize)} sentences a side (${cliRuns} runs)`,
        longCli,
      ],
    ].map(([name, t]) => [name, milliseconds(t.median), milliseconds(t.min), milliseconds(t.max)]),
  ),
);

/** The generated pair of this size written to two files in a temporary folder. */
function writeGeneratedPair(size, seed) {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  const pair = generatePair({ sentences: size, seed });
  const [a, b] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
  writeFileSync(a, pair.a);
  writeFileSync(b, pair.b);
  return { dir, a, b, output: join(dir, 'report.json') };
}
