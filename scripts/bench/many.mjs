// How the cost of comparing several documents grows with their number: 2 to 10 generated
// documents of 500 sentences (five generated pairs, so each document has one close relative and
// the others are unrelated readouts of the same register). Prints, per count, the CPU time of
// compareMany, the number of pairs and the time per pair, which stays flat when the cost grows
// with the number of pairs.
//
//   npm run build && npm run bench:many [-- SENTENCES]
import { compare } from '../../dist/compare.js';
import { compareMany } from '../../dist/multi/index.js';
import { generatePair } from './generate.mjs';

const sentences = Number(process.argv[2] ?? 500);
const documents = [1, 2, 3, 4, 5].flatMap((seed) => {
  const pair = generatePair({ sentences, seed });
  return [pair.a, pair.b];
});

// Lazily loaded tables and the JIT are start-up costs, not growth.
const warm = generatePair({ sentences: 50, seed: 9 });
compare(warm.a, warm.b);

console.log('| documents | pairs | CPU s | CPU s per pair | claims |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const count of [2, 4, 6, 8, 10]) {
  const before = process.cpuUsage();
  const report = compareMany(
    documents.slice(0, count).map((text, k) => ({ text, label: `D${k + 1}` })),
  );
  const used = process.cpuUsage(before);
  const seconds = (used.user + used.system) / 1e6;
  const pairs = (count * (count - 1)) / 2;
  console.log(
    `| ${count} | ${pairs} | ${seconds.toFixed(1)} | ${(seconds / pairs).toFixed(2)} | ${report.claims.length} |`,
  );
}
