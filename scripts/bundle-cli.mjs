#!/usr/bin/env node
// Build-time step: bundles the CLI (src/cli/main.ts and everything it loads, commander and
// natural's stemmer included) into one CommonJS file, dist/bundle/communique.cjs, and writes V8's code
// cache for it beside it (bin/load-bundle.js reads both). Node then reads two files instead of
// resolving and compiling some ninety modules at every start. The cache is made after running the CLI
// on a short pair in this process, so it holds the functions a comparison compiles, not only the top
// level. The library (dist/index.js) is not bundled. franc-min, htmlparser2 and entities stay outside:
// they are loaded only when needed.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const { loadBundle, BUNDLE, CODE_CACHE } = require('../bin/load-bundle.js');

rmSync('dist/bundle', { recursive: true, force: true });

/**
 * commander requires node:child_process at load time, for subcommands that are separate executables,
 * which communique has none of; loading it (and net, dgram and streams with it) costs about 5 ms of
 * every start. This hands commander a stand-in that loads the real module on first use.
 */
const deferChildProcess = {
  name: 'defer-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`)
        ? { path: 'child_process', namespace: 'deferred' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'deferred' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

/**
 * fast-wrap-ansi measures every word with fast-string-width, whose first look at a character beyond
 * Latin-1 (the report's ↔, a curly quote) compiles its emoji and East Asian expressions. The bundle
 * gives it src/render/string-width.ts instead: the same widths, counted without those expressions
 * for text that needs none.
 */
const plainStringWidth = {
  name: 'plain-string-width',
  setup(build) {
    build.onResolve({ filter: /^fast-string-width$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/fast-wrap-ansi/`)
        ? { path: fileURLToPath(new URL('../src/render/string-width.ts', import.meta.url)) }
        : undefined,
    );
  },
};

/**
 * check --jobs starts each worker thread from dist/corpus/check-worker.js, which loads some ninety
 * modules of dist/ and compiles each; from the bundle, a worker starts from bin/check-worker.js,
 * which loads the bundle with its code cache instead.
 */
const bundledCheckWorker = {
  name: 'bundled-check-worker',
  setup(build) {
    build.onResolve({ filter: /\/check-worker-url\.js$/ }, () => ({
      path: 'check-worker-url',
      namespace: 'bundled',
    }));
    build.onLoad({ filter: /.*/, namespace: 'bundled' }, () => ({
      contents: "export const CHECK_WORKER = new URL('../../bin/check-worker.js', __moduleUrl);",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['franc-min', 'htmlparser2', 'entities'],
  // The sources find their data files (../../data/…) from their own URL; the bundle sits at the same depth.
  define: { 'import.meta.url': '__moduleUrl' },
  banner: { js: "const __moduleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [deferChildProcess, plainStringWidth, bundledCheckWorker],
  logLevel: 'warning',
  // Less to read at every start: no comments or indentation (names are kept, for --debug's traces).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
});
asciiOnly(BUNDLE);

/**
 * Escapes the characters beyond ASCII that esbuild leaves in regular expressions ('’', '…'). Node
 * decodes an ASCII file several times faster than one with a single other character, about 5 ms of
 * every start for this bundle. Comments are gone, so every such character is in a string, a
 * template or a regular expression, where \uXXXX means the same character.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  const escaped = source.replace(
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (/String\.raw/.test(escaped))
    throw new Error('bundle-cli: String.raw would keep \\u escapes raw');
  writeFileSync(file, escaped);
}

/**
 * Tables the CLI would build at every start, built here from dist/ (the same sources as the bundle)
 * and packed beside the bundle, where src/language/built-data.ts reads them: every language's
 * lexicon of the cues (tokenizing every phrase of them) and its term tables (stemming every
 * synonym and country name). Written before the runs below, so that
 * the cache keeps the code that reads the tables, not the code that builds them.
 */
async function writeBundledTables() {
  const dist = (module) => import(new URL(`../dist/${module}`, import.meta.url).href);
  const { LANGUAGES } = await dist('language/index.js');
  const { compileLexicon, lexiconFile } = await dist('classify/words.js');
  const { termTablesFile, termTablesToPack } = await dist('vectorize/tokenize.js');
  const { pack } = await dist('io/packed.js');
  const write = (file, value) =>
    writeFileSync(join(dirname(BUNDLE), file), JSON.stringify(pack(value)));
  for (const lang of LANGUAGES) {
    write(lexiconFile(lang), compileLexicon(lang));
    write(termTablesFile(lang), termTablesToPack(lang));
  }
}
await writeBundledTables();

// The runs whose compiled code the cache keeps: a comparison as text and as JSON. Without the
// fixtures (a packed copy of the package) the cache holds the top level only.
const SAMPLE = 'fixtures/lavrov-muhriddin';
const formats = existsSync(SAMPLE) ? ['text', 'json'] : [];
const out = mkdtempSync(join(tmpdir(), 'communique-build-'));
try {
  const { exports: cli, script } = loadBundle({ useCache: false });
  for (const format of formats) {
    const code = await cli.main([
      `${SAMPLE}/moscow.txt`,
      `${SAMPLE}/dushanbe.txt`,
      '--format',
      format,
      '--output',
      join(out, format),
    ]);
    if (code !== 0) throw new Error(`bundle-cli: the bundled CLI exited ${code} on ${SAMPLE}`);
  }
  writeFileSync(CODE_CACHE, script.createCachedData());
} finally {
  rmSync(out, { recursive: true, force: true });
}
