#!/usr/bin/env node
// Benchmark: compare() on generated readout-like pairs of growing size (wall time, peak RSS, link
// F1 against the generator's truth), the alignment stage against a naive dense all-pairs baseline,
// the CLI end to end on the flagship fixture against Node starting alone, and the CLI against the
// scikit-learn peer on long pairs from both generators (this project's and the shared one in
// shared/bench, found in the nearest folder above that has one). Uses the build in dist/ (npm run
// build first); the peer runs where python3 can import scikit-learn (Debian's python3-sklearn).
//
//   npm run bench [-- --sizes 100,1000,10000,50000] [--runs 30] [--seed 1] [--shared DIR] [--no-peer]
//
// Tables go to stdout, progress to stderr. See BENCHMARKS.md.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePair } from './bench/generate.mjs';
import {
  findPeerPython,
  findSharedBench,
  runCommunique,
  runPeer,
  writeSharedPair,
} from './bench/peer.mjs';
import { measureNode, runJson, timeAlternating } from './bench/processes.mjs';
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
    runs: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    shared: { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    'usage: npm run bench [-- --sizes 100,1000,10000,50000] [--runs 30] [--seed 1] [--shared DIR] [--no-peer]',
  );
  process.exit(2);
}
if (!existsSync(join(repoRoot, 'dist', 'compare.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const progress = (message) => process.stderr.write(`bench: ${message}\n`);
/** Runs of the CLI on each long pair (the peer runs once: it takes ten times as long). */
const LONG_RUNS = 3;
const sharedBench = values.shared ? resolve(values.shared) : findSharedBench(repoRoot);
const python = values['no-peer'] || !sharedBench ? undefined : findPeerPython();
const peerNote = !sharedBench
  ? 'not run: no shared/bench folder with readout-pairs.mjs and peer_sklearn.py found above the repository (--shared DIR)'
  : python
    ? `${join(sharedBench, 'peer_sklearn.py')}, one run`
    : values['no-peer']
      ? 'not run: --no-peer'
      : 'not run: no python3 that can import sklearn (Debian: apt-get install python3-sklearn)';
if (!sharedBench) progress(`the shared generator was not found: ${peerNote}`);
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

const FLAGSHIP_ARGS = [
  join(FLAGSHIP, 'moscow.txt'),
  join(FLAGSHIP, 'dushanbe.txt'),
  '--label-a',
  'Moscow',
  '--label-b',
  'Dushanbe',
];
// The flagship run with the bundle compiled from its source, as without the code cache the build writes.
const uncachedScript = `require('./bin/load-bundle.js').loadBundle({ useCache: false }).exports.main(${JSON.stringify(FLAGSHIP_ARGS)}).then((code) => (process.exitCode = code))`;
// Where start-up goes: Node alone, then Node loading the CLI's bundle (with its code cache) and nothing else.
const startupCommands = [
  [
    'communique moscow.txt dushanbe.txt (lavrov-muhriddin)',
    ['bin/communique.js', ...FLAGSHIP_ARGS],
  ],
  ['the same, bundle compiled without the code cache', ['-e', uncachedScript]],
  ['communique --version', ['bin/communique.js', '--version']],
  ['node -e 0 (Node start-up alone)', ['-e', '0']],
  [
    'node, loading the CLI bundle only (code cache on)',
    ['-e', "require('./bin/load-bundle.js').loadBundle()"],
  ],
];
progress(`start-up: ${startupCommands.length} commands in turns, ${runs} rounds`);
const startup = timeAlternating(
  startupCommands.map(([, args]) => args),
  repoRoot,
  runs,
).map((times, k) => ({ name: startupCommands[k][0], ...times }));
const [flagship, , , bareNode] = startup;
const flagshipUsage = measureNode(['bin/communique.js', ...FLAGSHIP_ARGS], repoRoot);
const longRows = againstPeer();
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

console.log(
  `\nCLI end to end, process start included (${runs} rounds after one warm-up, the commands taken in turns):\n`,
);
console.log(
  formatTable(
    [
      { title: 'command' },
      { title: 'median', right: true },
      { title: 'min', right: true },
      { title: 'max', right: true },
    ],
    startup.map((t) => [t.name, milliseconds(t.median), milliseconds(t.min), milliseconds(t.max)]),
  ),
);

console.log(
  `\nAgainst the targets: whole processes, the CLI as a user runs it (--format json --output; median of ${LONG_RUNS} runs) and the scikit-learn peer (${peerNote}) on the same files, link F1 against each generator's gold.\n`,
);
const ratio = (x, of, what = '') => `${(x / of).toFixed(2)}x${what && ` ${what}`}`;
const sharedSmall = longRows.find((row) => row.generator === 'shared' && row.size === 10_000);
console.log(
  formatTable(
    [
      { title: 'run' },
      { title: 'wall', right: true },
      { title: 'CPU', right: true },
      { title: 'peak RSS', right: true },
      { title: 'link F1', right: true },
      { title: 'ratio' },
    ],
    [
      [
        `flagship pair (median of ${runs})`,
        milliseconds(flagship.median),
        milliseconds(flagshipUsage.cpuMs),
        megabytes(flagshipUsage.maxRssMB),
        '-',
        ratio(flagship.median, bareNode.median, 'node -e 0'),
      ],
      [`node -e 0 (median of ${runs})`, milliseconds(bareNode.median), '-', '-', '-', ''],
      ...longRows.flatMap(({ generator, size, ours, peer }) => {
        const name = `${generator} generator, ${count(size)} a side`;
        const growth =
          size > 10_000 && sharedSmall && generator === 'shared'
            ? ratio(ours.wallMs, sharedSmall.ours.wallMs, `the ${count(10_000)}`)
            : '';
        return [
          [
            `${name}: communique`,
            milliseconds(ours.wallMs),
            milliseconds(ours.cpuMs),
            megabytes(ours.maxRssMB),
            fixed(ours.f1),
            peer
              ? `${ratio(ours.wallMs, peer.wallMs, 'the peer')} (CPU ${ratio(ours.cpuMs, peer.cpuMs)})`
              : growth,
          ],
          ...(peer
            ? [
                [
                  `${name}: scikit-learn peer`,
                  milliseconds(peer.wallMs),
                  milliseconds(peer.cpuMs),
                  megabytes(peer.maxRssMB),
                  fixed(peer.f1),
                  '',
                ],
              ]
            : []),
        ];
      }),
    ],
  ),
);

/**
 * The CLI on 10,000-sentence pairs from both generators and on the shared generator's 50,000, and the
 * peer on the 10,000s (at 50,000 its similarity matrix would need tens of gigabytes).
 */
function againstPeer() {
  const dir = mkdtempSync(join(tmpdir(), 'communique-peer-'));
  try {
    const own = writeGeneratedPair(10_000, Number(values.seed));
    const pairs = [{ generator: 'own', size: 10_000, pair: own, peer: true }];
    if (sharedBench)
      for (const size of [10_000, 50_000]) {
        const out = join(dir, `shared-${size}`);
        mkdirSync(out);
        pairs.push({
          generator: 'shared',
          size,
          pair: writeSharedPair(sharedBench, size, out),
          peer: size === 10_000,
        });
      }
    const rows = pairs.map(({ generator, size, pair, peer }) => {
      progress(`${generator} generator, ${count(size)} a side: communique, ${LONG_RUNS} runs`);
      const ours = runCommunique(pair, join(dir, 'report.json'), repoRoot, LONG_RUNS);
      if (!(peer && python)) return { generator, size, ours };
      progress(`${generator} generator, ${count(size)} a side: scikit-learn peer`);
      return { generator, size, ours, peer: runPeer(python, sharedBench, pair) };
    });
    rmSync(own.dir, { recursive: true, force: true });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The generated pair of this size written to two files in a temporary folder. */
function writeGeneratedPair(size, seed) {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  const pair = generatePair({ sentences: size, seed });
  const [a, b] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
  writeFileSync(a, pair.a);
  writeFileSync(b, pair.b);
  return { ...pair, dir, a, b };
}
