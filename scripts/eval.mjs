#!/usr/bin/env node
// Prints alignment and contradiction quality on labelled corpora: a row per case, then totals
// for the tuning half, the held-out half and everything.
// Usage: npm run eval [-- DIR... [--threshold N] [--contradiction-threshold N] [--json] [--sweep]]
// --sweep tries thresholds, picks the best link F1 on the tuning half only, and shows what that
// choice scores on the held-out half.
import { parseArgs } from 'node:util';
import { addScores, findCases, metric, runCase, ZERO_SCORES } from '../dist/corpus/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    threshold: { type: 'string' },
    'contradiction-threshold': { type: 'string' },
    json: { type: 'boolean' },
    sweep: { type: 'boolean' },
  },
});
const overrides = {};
if (values.threshold) overrides.threshold = Number(values.threshold);
if (values['contradiction-threshold'])
  overrides.contradictionThreshold = Number(values['contradiction-threshold']);

const cases = (positionals.length ? positionals : ['fixtures'])
  .flatMap((dir) => findCases(dir))
  .filter((c) => c.gold);
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

if (values.json) {
  const summarize = (s) => ({
    links: metric(s.links),
    shared: metric(s.shared),
    contradiction: metric(s.contradiction),
    onlyKept: s.only.total ? s.only.kept / s.only.total : 1,
  });
  process.stdout.write(
    `${JSON.stringify(Object.fromEntries(groups.map(([name, s]) => [name, summarize(s)])), null, 2)}\n`,
  );
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
    rows.push({
      threshold,
      tune: f1(results, 'tune', 'links'),
      holdout: f1(results, 'holdout', 'links'),
      tuneContra: f1(results, 'tune', 'contradiction'),
      holdoutContra: f1(results, 'holdout', 'contradiction'),
    });
  }
  const best = rows.reduce((b, r) => (r.tune > b.tune + 1e-9 ? r : b));
  console.log('threshold  link F1 tune  holdout   contradiction F1 tune  holdout');
  for (const r of rows) {
    console.log(
      `${r.threshold.toFixed(2).padEnd(9)}  ${r.tune.toFixed(3).padEnd(12)}  ${r.holdout.toFixed(3).padEnd(8)}  ${r.tuneContra.toFixed(3).padEnd(21)}  ${r.holdoutContra.toFixed(3)}${r === best ? '   <- best on the tuning half' : ''}`,
    );
  }
}
