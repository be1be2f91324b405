// Measures one size in a process of its own, so that peak RSS belongs to that size alone.
//
//   node --expose-gc scripts/bench/run-one.mjs SIZE [--naive] [--seed N]
//
// Prints one JSON line. Default: compare() wall time, link precision/recall/F1 against the
// generator's truth, and the candidates + matching stage alone. With --naive: the same stage
// computed the naive way, every A×B cosine into a dense matrix.
import { parseArgs } from 'node:util';
import { compare } from '../../dist/compare.js';
import { generatePair } from './generate.mjs';
import { linkScores, segmentationMismatch } from './score.mjs';
import { indexedStage, naiveStage, vectorSpace } from './stages.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { naive: { type: 'boolean' }, seed: { type: 'string', default: '1' } },
});
const size = Number(positionals[0]);
if (!Number.isInteger(size) || size < 1)
  throw new Error(`usage: run-one.mjs SIZE [--naive] [--seed N], got ${positionals[0]}`);
const seed = Number(values.seed);

const pair = generatePair({ sentences: size, seed });
const result = values.naive ? measureNaive(pair) : measureCompare(pair);
process.stdout.write(
  `${JSON.stringify({ size, ...result, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);

function measureCompare(pair) {
  // Warm up on a small pair first: lazily loaded tables and the JIT are start-up costs, not size costs.
  const warm = generatePair({ sentences: 50, seed: seed + 1 });
  compare(warm.a, warm.b);
  const run = timed(() => compare({ text: pair.a, label: 'A' }, { text: pair.b, label: 'B' }));
  const mismatch = segmentationMismatch(run.value, pair);
  if (mismatch)
    throw new Error(
      `the generated sentences were not split as generated, so the truth does not apply: ${mismatch}`,
    );
  const links = linkScores(run.value, pair.truth);
  const space = vectorSpace(pair.sentencesA, pair.sentencesB);
  const stage = timed(() => indexedStage(space));
  return { compareMs: run.ms, ...links, stageMs: stage.ms, candidates: stage.value.candidates };
}

function measureNaive(pair) {
  const space = vectorSpace(pair.sentencesA, pair.sentencesB);
  const stage = timed(() => naiveStage(space));
  return { naiveMs: stage.ms, candidates: stage.value.candidates };
}

/** Median wall time over a few runs for small sizes (one run is mostly noise there), one run for large ones. */
function timed(run) {
  const times = [];
  let value;
  for (let k = 0; k < (size <= 1000 ? 5 : 1); k++) {
    globalThis.gc?.();
    const started = performance.now();
    value = run();
    times.push(performance.now() - started);
  }
  times.sort((p, q) => p - q);
  return { ms: times[times.length >> 1], value };
}
