#!/usr/bin/env node
// Learns the pair score from the labelled tuning half of the corpus and writes it to
// data/pair-score.json: a logistic regression over the features of src/align/score.ts, fitted by
// Newton's method with a small ridge on standardised features. Every candidate pair of a tuning case
// is an example: a gold shared or contradiction link is positive, an ambiguous one is left out, any
// other pair is negative; so are the tuning half's minimal pairs (linked unless expected none). Then the cut (the default --threshold) is chosen as the one with the best
// link F1 on the tuning half, running the whole pipeline with the new weights in a child process.
// Held-out cases are never read.
//
//   npm run train            (builds, trains, rebuilds)
//   node scripts/train-score.mjs [corpus ...]   (after a build)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../data/pair-score.json', import.meta.url));
const RIDGE = 1;
const ITERATIONS = 25;
const CUTS = Array.from({ length: 13 }, (_, k) => Math.round((0.2 + 0.05 * k) * 100) / 100);

const { PAIR_FEATURES } = await import('../dist/align/score.js');
// The pipeline reads the committed model when it loads; a model of other features (a feature was
// added) is replaced by a neutral one first, as training does not use it.
if (JSON.parse(readFileSync(OUT, 'utf8')).features.join() !== PAIR_FEATURES.join()) {
  const zeros = PAIR_FEATURES.map(() => 0);
  write({
    features: [...PAIR_FEATURES],
    mean: zeros,
    scale: zeros.map(() => 1),
    weights: zeros,
    bias: 0,
    threshold: 0.5,
  });
}
const corpus = await import('../dist/corpus/index.js');
const { pairExamples } = await import('../dist/compare.js');
const { decodeBytes } = await import('../dist/load/index.js');

const roots = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const tuning = (roots.length ? roots : ['fixtures'])
  .flatMap((root) => corpus.findCases(root))
  .filter((c) => c.kind === 'pair' && c.gold && c.split === 'tune');

if (process.argv.includes('--choose-threshold')) chooseThreshold();
else train();

function train() {
  const rows = [];
  const labels = [];
  for (const c of tuning) {
    const read = (side) => decodeBytes(readFileSync(join(c.dir, side.file))).text;
    const [textA, textB] = [read(c.a), read(c.b)];
    const format = c.options.inputFormat ?? 'auto';
    const input = (text, side) => ({ text, source: join(c.dir, side.file), format });
    const { report } = corpus.runCase(c);
    const gold = corpus.resolveGold(report, c.gold, { a: textA, b: textB }, c.id);
    const pairs = (relation) =>
      new Set(gold.filter((l) => l.relation === relation).flatMap((l) => l.pairs));
    const ambiguous = pairs('ambiguous');
    const linked = new Set([...pairs('shared'), ...pairs('contradiction')]);
    const lang = c.options.lang && c.options.lang !== 'auto' ? c.options.lang : report.a.language;
    for (const example of pairExamples(input(textA, c.a), input(textB, c.b), lang)) {
      const key = `${example.a}:${example.b}`;
      if (ambiguous.has(key)) continue;
      rows.push(example.features);
      labels.push(linked.has(key) ? 1 : 0);
    }
  }
  // The tuning half of the minimal pairs: two one-line documents, linked unless expected none.
  for (const root of roots.length ? roots : ['fixtures']) {
    const dir = join(root, corpus.MINIMAL_PAIRS);
    if (!existsSync(dir)) continue;
    for (const pair of corpus.readMinimalPairs(dir).filter((p) => p.split === 'tune')) {
      for (const example of pairExamples(pair.a, pair.b, 'en')) {
        rows.push(example.features);
        labels.push(pair.expected === 'none' ? 0 : 1);
      }
    }
  }
  const model = fit(rows, labels);
  write({ features: [...PAIR_FEATURES], ...model, threshold: 0.5 });
  process.stderr.write(
    `train-score: ${rows.length} pairs (${labels.filter(Boolean).length} linked) from ${tuning.length} tuning cases\n`,
  );
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...roots, '--choose-threshold'], {
    stdio: 'inherit',
  });
}

/** Logistic regression on standardised features; Newton steps with a ridge on the weights. */
function fit(rows, labels) {
  const d = PAIR_FEATURES.length;
  // A feature a pair cannot have (NaN: no place or rank in a one-line document) stands at the mean.
  const known = (k) => rows.map((r) => r[k]).filter((v) => !Number.isNaN(v));
  const mean = Array.from({ length: d }, (_, k) => avg(known(k)));
  const scale = mean.map((m, k) => Math.sqrt(avg(known(k).map((v) => (v - m) ** 2))) || 1);
  const xs = rows.map((r) => [
    1,
    ...r.map((v, k) => (Number.isNaN(v) ? 0 : (v - mean[k]) / scale[k])),
  ]);
  const w = new Array(d + 1).fill(0);
  for (let step = 0; step < ITERATIONS; step++) {
    const gradient = new Array(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    xs.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-dot(w, x)));
      for (let i = 0; i <= d; i++) {
        gradient[i] += (p - labels[n]) * x[i];
        for (let j = 0; j <= d; j++) hessian[i][j] += p * (1 - p) * x[i] * x[j];
      }
    });
    for (let i = 1; i <= d; i++) {
      gradient[i] += RIDGE * w[i];
      hessian[i][i] += RIDGE;
    }
    const delta = solve(hessian, gradient);
    for (let i = 0; i <= d; i++) w[i] -= delta[i];
  }
  const round = (v) => Math.round(v * 1e4) / 1e4;
  return {
    mean: mean.map(round),
    scale: scale.map(round),
    weights: w.slice(1).map(round),
    bias: round(w[0]),
  };
}

function chooseThreshold() {
  const { addScores, metric, runCase, ZERO_SCORES } = corpus;
  let best = { cut: 0.5, f1: -1 };
  for (const threshold of CUTS) {
    const total = tuning
      .map((c) => runCase(c, { threshold }).scores)
      .reduce((sum, s) => addScores(sum, s), ZERO_SCORES);
    const f1 = metric(total.links).f1;
    process.stderr.write(
      `train-score: cut ${threshold.toFixed(2)}  tuning link F1 ${f1.toFixed(3)}\n`,
    );
    if (f1 > best.f1 + 1e-9) best = { cut: threshold, f1 };
  }
  const model = JSON.parse(readFileSync(OUT, 'utf8'));
  write({ ...model, threshold: best.cut });
  process.stderr.write(`train-score: threshold ${best.cut} -> ${OUT}\n`);
}

function write(model) {
  writeFileSync(OUT, `${JSON.stringify(model, null, 2)}\n`);
}

function avg(values) {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function dot(w, x) {
  return w.reduce((s, wi, i) => s + wi * x[i], 0);
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(A, b) {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let k = col; k <= n; k++) m[r][k] -= f * m[col][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}
