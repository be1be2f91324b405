import { compare } from './dist/compare.js';
import { generatePair } from './scripts/bench/generate.mjs';
const size = Number(process.argv[2] ?? 10000);
const pair = generatePair({ sentences: size, seed: 1 });
const warm = generatePair({ sentences: 50, seed: 2 });
compare(warm.a, warm.b);
globalThis.gc?.();
for (let k = 0; k < Number(process.argv[3] ?? 1); k++) {
const t = performance.now();
const r = compare({ text: pair.a, label: 'A' }, { text: pair.b, label: 'B' });
console.log(size, (performance.now() - t).toFixed(0), 'ms', r.matches.length);
}
