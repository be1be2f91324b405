#!/usr/bin/env node
// Prints alignment and contradiction quality on labelled corpora: a row per case, then totals
// for the tuning half, the held-out half and everything; then the accuracy of the verdicts on the
// minimal pairs (DIR/minimal-pairs), slot by slot for the tuning half, in total for each half.
// Usage: npm run eval [-- DIR... [--threshold N] [--contradiction-threshold N] [--json] [--sweep]
//                         [--misses]]
// --sweep tries thresholds, picks the best link F1 on the tuning half only, and shows what that
// choice scores on the held-out half. --misses lists the tuning half's minimal pairs judged wrong;
// the held-out half's are never listed, so that nobody tunes on them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  accuracy,
  accuracyBy,
  addScores,
  findCases,
  judgeMinimalPair,
  metric,
  MINIMAL_PAIRS,
  readMinimalPairs,
  runCase,
  ZERO_SCORES,
} from '../dist/corpus/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    threshold: { type: 'string' },
    'contradiction-threshold': { type: 'string' },
    json: { type: 'boolean' },
    sweep: { type: 'boolean' },
    misses: { type: 'boolean' },
  },
});
const overrides = {};
if (values.threshold) overrides.threshold = Number(values.threshold);
if (values['contradiction-threshold'])
  overrides.contradictionThreshold = Number(values['contradiction-threshold']);

const dirs = positionals.length ? positionals : ['fixtures'];
const cases = dirs.flatMap((dir) => findCases(dir)).filter((c) => c.kind === 'pair' && c.gold);
const minimalPairs = dirs
  .map((dir) => join(dir, MINIMAL_PAIRS))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readMinimalPairs(dir));
const judgeAll = (options) => minimalPairs.map((pair) => judgeMinimalPair(pair, options));
const inSplit = (judged, split) => judged.filter((r) => split === 'all' || r.pair.split === split);
const ratio = ({ right, total }) => (total ? right / total : 1);
const bySlot = (pair) => pair.slot;
const byExpected = (pair) => `expected ${pair.expected}`;
if (values.sweep) {
  sweep();
  process.exit(0);
}
const results = cases.map((c) => runCase(c, overrides));
const total = (filter) =>
  results.filter(filter).reduce((sum, r) => addScores(sum, r.scores), ZERO_SCORES);
const groups = [
  ['tune', total((r) => r.case.split === 'tune')],
  ['holdout', total((r) => r.case.split === 'holdout')],
  ['all', total(() => true)],
];
const judged = judgeAll(overrides);
const minimalAccuracy = (split) => accuracy(inSplit(judged, split));
const tuneMisses = () => inSplit(judged, 'tune').filter((r) => r.verdict !== r.pair.expected);

if (values.json) {
  const summarize = (s) => ({
    links: metric(s.links),
    shared: metric(s.shared),
    contradiction: metric(s.contradiction),
    onlyKept: s.only.total ? s.only.kept / s.only.total : 1,
  });
  const summarizeMinimal = (split) => {
    const a = minimalAccuracy(split);
    return { ...a, accuracy: ratio(a) };
  };
  const tuneBy = (group) =>
    Object.fromEntries(
      [...accuracyBy(inSplit(judged, 'tune'), group)].map(([key, a]) => [
        key,
        { ...a, accuracy: ratio(a) },
      ]),
    );
  const report = Object.fromEntries(
    groups.map(([name, s]) => [
      name,
      {
        ...summarize(s),
        minimalPairs: {
          ...summarizeMinimal(name),
          ...(name === 'tune'
            ? {
                bySlot: tuneBy(bySlot),
                byExpected: tuneBy((pair) => pair.expected),
                ...(values.misses
                  ? {
                      misses: tuneMisses().map((r) => ({
                        id: r.pair.id,
                        expected: r.pair.expected,
                        verdict: r.verdict,
                        reason: r.reason,
                      })),
                    }
                  : {}),
              }
            : {}),
        },
      },
    ]),
  );
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const f = (x) => x.toFixed(2);
  const prf = (counts) => {
    const m = metric(counts);
    return `${f(m.precision)} ${f(m.recall)} ${f(m.f1)}`;
  };
  const header = `${'case'.padEnd(28)} ${'split'.padEnd(8)} ${'link P   R    F1'.padEnd(16)}  ${'shared P R  F1'.padEnd(14)}  ${'contra P R  F1'.padEnd(14)}  only kept`;
  const row = (name, split, s) =>
    `${name.padEnd(28)} ${split.padEnd(8)} ${prf(s.links)}    ${prf(s.shared)}    ${prf(s.contradiction)}    ${s.only.kept}/${s.only.total}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of results) console.log(row(r.case.id, r.case.split ?? '-', r.scores));
  console.log('-'.repeat(header.length));
  for (const [name, s] of groups) console.log(row(`TOTAL ${name}`, '', s));
  printMinimalPairs();
}

function printMinimalPairs() {
  if (!minimalPairs.length) return;
  const cell = (a) => `${`${a.right}/${a.total}`.padEnd(8)} ${ratio(a).toFixed(2)}`;
  console.log('');
  console.log('minimal pairs: one sentence a side, verdict shared / contradiction / none');
  const header = `${'slot (tuning half)'.padEnd(28)} right    accuracy`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const group of [bySlot, byExpected]) {
    for (const [key, a] of accuracyBy(inSplit(judged, 'tune'), group))
      console.log(`${key.padEnd(28)} ${cell(a)}`);
    console.log('-'.repeat(header.length));
  }
  for (const split of ['tune', 'holdout', 'all'])
    console.log(`${`TOTAL ${split}`.padEnd(28)} ${cell(minimalAccuracy(split))}`);
  if (values.misses) {
    console.log('');
    console.log('tuning half, judged wrong (id: expected -> verdict; reason):');
    for (const r of tuneMisses())
      console.log(`  ${r.pair.id}: ${r.pair.expected} -> ${r.verdict}; ${r.reason}`);
  }
}

function sweep() {
  const f1 = (results, split, kind) =>
    metric(
      results
        .filter((r) => r.case.split === split)
        .reduce((sum, r) => addScores(sum, r.scores), ZERO_SCORES)[kind],
    ).f1;
  const rows = [];
  for (let t = 0.1; t <= 0.401; t += 0.02) {
    const threshold = Math.round(t * 100) / 100;
    const results = cases.map((c) => runCase(c, { ...overrides, threshold }));
    const judged = judgeAll({ ...overrides, threshold });
    rows.push({
      threshold,
      tune: f1(results, 'tune', 'links'),
      holdout: f1(results, 'holdout', 'links'),
      tuneContra: f1(results, 'tune', 'contradiction'),
      holdoutContra: f1(results, 'holdout', 'contradiction'),
      tuneMinimal: ratio(accuracy(inSplit(judged, 'tune'))),
      holdoutMinimal: ratio(accuracy(inSplit(judged, 'holdout'))),
    });
  }
  const best = rows.reduce((b, r) => (r.tune > b.tune + 1e-9 ? r : b));
  console.log(
    'threshold  link F1 tune  holdout   contradiction F1 tune  holdout   minimal pairs tune  holdout',
  );
  for (const r of rows) {
    console.log(
      `${r.threshold.toFixed(2).padEnd(9)}  ${r.tune.toFixed(3).padEnd(12)}  ${r.holdout.toFixed(3).padEnd(8)}  ${r.tuneContra.toFixed(3).padEnd(21)}  ${r.holdoutContra.toFixed(3).padEnd(8)}  ${r.tuneMinimal.toFixed(3).padEnd(18)}  ${r.holdoutMinimal.toFixed(3)}${r === best ? '   <- best on the tuning half' : ''}`,
    );
  }
}
