#!/usr/bin/env node
// Build-time step: the English stems of every word in communique's own word lists (synonyms,
// framing words, country names, the contradiction cues' lexicon), written to data/stems-en.json so
// that the CLI does not stem several hundred words at every start. Run after tsc; it reads dist/.
//
//   node scripts/build-stems.mjs [outFile]
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.resolve(process.argv[2] ?? path.join(repoRoot, 'data', 'stems-en.json'));
const dist = (module) =>
  import(path.join(repoRoot, 'dist', module)).catch(() => {
    process.stderr.write(
      `build-stems: dist/${module} is missing: run the TypeScript build first\n`,
    );
    process.exit(1);
  });

const { englishStem } = await dist('language/en/stem.js');
const vectorData = await dist('language/en/data/vocabulary.js');
const { ACTORS } = await dist('language/en/data/actors.js');
const { cues: cueLexicon } = await dist('language/en/data/cues.js');

/** Every string in a value: list items, nested lists, record keys and values. */
function strings(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => [key, ...strings(v)]);
  return [];
}

const lists = [
  vectorData.SYNONYMS,
  vectorData.BOILERPLATE,
  vectorData.KEEP_WORDS,
  ACTORS,
  cueLexicon,
];
const words = new Set(
  strings(lists).flatMap(
    (text) =>
      text
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [],
  ),
);
const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
const stems = Object.fromEntries([...words].sort(cmp).map((word) => [word, englishStem(word)]));

mkdirSync(path.dirname(outFile), { recursive: true });
const temporary = `${outFile}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(stems, null, 0)}\n`);
renameSync(temporary, outFile);
process.stderr.write(`build-stems: ${words.size} words -> ${outFile}\n`);
