'use strict';
// A worker thread of `communique check --jobs N` run from the CLI bundle (see CHECK_WORKER in
// src/corpus/check-worker-url.ts): the bundle is loaded with its code cache, as bin/communique.js
// loads it, so the worker does not compile the modules of dist/ one by one.
const { loadBundle } = require('./load-bundle.js');

loadBundle().exports.runCheckWorker();
