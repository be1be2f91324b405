#!/usr/bin/env node
// Prints alignment and contradiction quality on labelled corpora: a row per case, then totals
// for the tuning half, the held-out half and everything. Usage: npm run eval [-- DIR... [--threshold N]]
import { parseArgs } from 'node:util';
import { addScores, findCases, metric, runCase, ZERO_SCORES } from '../dist/corpus/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { threshold: { type: 'string' }, 'contradiction-threshold': { type: 'string' }, json: { type: 'boolean' } },
});
const overrides = {};
if (values.threshold) overrides.threshold = Number(values.threshold);
if (values['contradiction-threshold']) overrides.contradictionThreshold = Number(values['contradiction-threshold']);

const cases = (positionals.length ? positionals : ['fixtures']).flatMap((dir) => findCases(dir));
const results = cases.filter((c) => c.gold).map((c) => runCase(c, overrides));
const total = (filter) => results.filter(filter).reduce((sum, r) => addScores(sum, r.scores), ZERO_SCORES);
const groups = [
  ['tune', total((r) => r.case.split === 'tune')],
  ['holdout', total((r) => r.case.split === 'holdout')],
  ['all', total(() => true)],
];

if (values.json) {
  const summarize = (s) => ({ links: metric(s.links), shared: metric(s.shared), contradiction: metric(s.contradiction), onlyKept: s.only.total ? s.only.kept / s.only.total : 1 });
  process.stdout.write(`${JSON.stringify(Object.fromEntries(groups.map(([name, s]) => [name, summarize(s)])), null, 2)}\n`);
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
