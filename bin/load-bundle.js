'use strict';
// Loads the bundled CLI (dist/bundle/communique.cjs, made by scripts/bundle-cli.mjs) with the V8 code
// cache the build wrote beside it, so a run does not parse and compile the CLI's code again: that is
// about a fifth of a short comparison's time. Node 20 has no compile cache of its own
// (module.enableCompileCache came in Node 22). A cache V8 refuses (another Node version, other V8
// flags) is ignored and the code is compiled as usual.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const BUNDLE = path.join(__dirname, '..', 'dist', 'bundle', 'communique.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;

/** Evaluates the bundle as a CommonJS module; returns its exports and the script (to make a cache from). */
function loadBundle({ useCache = true } = {}) {
  const source = readFileSync(BUNDLE, 'utf8');
  const script = new vm.Script(Module.wrap(source), {
    filename: BUNDLE,
    cachedData: useCache ? readCache() : undefined,
  });
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    Module.createRequire(BUNDLE),
    module,
    BUNDLE,
    path.dirname(BUNDLE),
  );
  return { exports: module.exports, script };
}

function readCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined; // not built yet: compile as usual
  }
}

module.exports = { loadBundle, BUNDLE, CODE_CACHE };
