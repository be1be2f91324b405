/**
 * The module a worker thread of `check --jobs N` starts from: check-worker.js as built by tsc
 * (dist/corpus/). The CLI bundle puts bin/check-worker.js here instead (scripts/bundle-cli.mjs),
 * which loads the bundle with its code cache rather than compiling the modules of dist/ again.
 */
export const CHECK_WORKER = new URL('./check-worker.js', import.meta.url);
